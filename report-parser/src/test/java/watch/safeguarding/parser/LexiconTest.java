package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void aFamilysEntriesAreItsLinesWithoutCommentsOrBlanks() {
        List<String> negation = Lexicon.entries("negation");
        assertTrue(negation.contains("not"));
        assertTrue(negation.contains("never"));
        assertTrue(negation.stream().noneMatch(e -> e.isBlank() || e.startsWith("#") || !e.equals(e.strip())));
    }

    @Test
    void aMissingFamilyIsAnError() {
        assertThrows(IllegalStateException.class, () -> Lexicon.entries("no-such-family"));
    }

    @Test
    void theWordListsAreLoadedIntoTheirSets() {
        assertTrue(Lexicon.RATE.contains("rated"));
        assertTrue(Lexicon.BE.contains("were"));
        assertTrue(Lexicon.PERSON_TITLES.contains("cllr"));
        assertFalse(Lexicon.RATE.contains("council"));
        assertFalse(Lexicon.NEGATION.contains("rated"));
    }

    @Test
    void areaPhrasesArePairsOfPhraseAndArea() {
        for (String[] p : Lexicon.AREAS) {
            assertEquals(2, p.length, String.join(" => ", p));
            assertFalse(p[0].isBlank() || p[1].isBlank() || p[1].contains(" "), String.join(" => ", p));
        }
        assertTrue(List.of(Lexicon.AREAS).stream().anyMatch(p -> p[0].equals("overall effectiveness") && p[1].equals("overall")));
    }

    @Test
    void smallCountsAreReadInWordsOrDigits() {
        assertEquals(3, Lexicon.number("three"));
        assertEquals(12, Lexicon.number("twelve"));
        assertEquals(7, Lexicon.number("7"));
        assertEquals(12, Lexicon.number("12"));
    }

    @Test
    void largerNumbersOrdinalsAndOtherWordsAreNoCounts() {
        assertEquals(-1, Lexicon.number("thirteen"));
        assertEquals(-1, Lexicon.number("123"));
        assertEquals(-1, Lexicon.number("3rd"));
        assertEquals(-1, Lexicon.number("3a"));
        assertEquals(-1, Lexicon.number("good"));
        assertEquals(-1, Lexicon.number(""));
    }

    @Test
    void theInspectionsSince2018JudgeFourAreas() {
        assertEquals(List.of(Lexicon.LEADERSHIP, Lexicon.HELP, Lexicon.IN_CARE, Lexicon.CARE_LEAVERS), Lexicon.areasOfEra(2018));
        assertEquals(Lexicon.areasOfEra(2018), Lexicon.areasOfEra(2025));
    }

    @Test
    void theSingleInspectionFrameworkAlsoJudgedAdoption() {
        assertEquals(List.of(Lexicon.LEADERSHIP, Lexicon.HELP, Lexicon.IN_CARE, Lexicon.ADOPTION, Lexicon.CARE_LEAVERS),
                Lexicon.areasOfEra(Lexicon.FIRST_SIF_YEAR));
        assertTrue(Lexicon.areasOfEra(2017).contains(Lexicon.ADOPTION));
    }

    @Test
    void theEarlierFrameworksHaveNoListOfAreas() {
        assertEquals(List.of(), Lexicon.areasOfEra(2013));
        assertEquals(List.of(), Lexicon.areasOfEra(2008));
    }
}
