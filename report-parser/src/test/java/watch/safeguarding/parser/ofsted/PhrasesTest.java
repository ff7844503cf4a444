package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    private final Phrases dates = new Phrases("inspection date");

    @Test
    void findsThePhraseWrappedOverLinesInAnyCase() {
        assertTrue(dates.in("Inspection dates: 20 to 24 February 2023", 100));
        assertTrue(dates.in("Children's services\nINSPECTION\n  DATES: 1-5 May", 100));
        assertTrue(dates.in("x inspection\u00a0date", 100));
    }

    @Test
    void wantsWholeWordsApartAndWithinTheLimit() {
        assertFalse(dates.in("reinspection dates", 100), "a word that ends in the first word");
        assertFalse(dates.in("inspectiondates", 100), "no space between the words");
        assertFalse(dates.in("the inspection was dated", 100), "other words between");
        assertFalse(dates.in("a".repeat(200) + " inspection dates", 100), "beyond the limit");
    }
}
