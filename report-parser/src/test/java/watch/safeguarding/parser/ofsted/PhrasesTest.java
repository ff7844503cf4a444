package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private final List<Phrases> dates = List.of(new Phrases("inspection date"));

    @Test
    void findsThePhraseWrappedOverLinesInAnyCase() {
        assertTrue(Phrases.anyIn(dates, "Inspection dates: 20 to 24 February 2023", 100));
        assertTrue(Phrases.anyIn(dates, "Children's services\nINSPECTION\n  DATES: 1-5 May", 100));
        assertTrue(Phrases.anyIn(dates, "x inspection\u00a0date", 100));
    }

    @Test
    void wantsWholeWordsApartAndWithinTheLimit() {
        assertFalse(Phrases.anyIn(dates, "reinspection dates", 100), "a word that ends in the first word");
        assertFalse(Phrases.anyIn(dates, "inspectiondates", 100), "no space between the words");
        assertFalse(Phrases.anyIn(dates, "the inspection was dated", 100), "other words between");
        assertFalse(Phrases.anyIn(dates, "a".repeat(200) + " inspection dates", 100), "beyond the limit");
        assertFalse(Phrases.anyIn(dates, "", 100), "an empty text");
    }

    @Test
    void findsAnyOfSeveralPhrases() {
        List<Phrases> openings = List.of(new Phrases("visit date"), new Phrases("dear"));
        assertTrue(Phrases.anyIn(openings, "Ofsted\nDear Ms Smith", 100));
        assertTrue(Phrases.anyIn(openings, "Monitoring visit dates: 1 May", 100));
        assertFalse(Phrases.anyIn(openings, "endeared to the visitors", 100));
    }
}
