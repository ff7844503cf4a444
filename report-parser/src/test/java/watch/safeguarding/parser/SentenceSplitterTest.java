package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aFullStopBeforeACapitalEndsASentence() {
        assertEquals(List.of("Slough was rated good.", "Birmingham was not."),
                sentences("Slough was rated good. Birmingham was not."));
        assertEquals(List.of("Is it good?", "\"Yes!\"", "It is."), sentences("Is it good? \"Yes!\" It is."));
    }

    @Test
    void abbreviationsInitialsAndALowerCaseNextWordDoNotEndOne() {
        assertEquals(List.of("Cllr. Smith and Dr. J. Jones met Mr. Brown."),
                sentences("Cllr. Smith and Dr. J. Jones met Mr. Brown."));
        assertEquals(List.of("It was rated good. but not for long."), sentences("It was rated good. but not for long."));
        assertEquals(List.of("Visit www.slough.gov.uk today."), sentences("Visit www.slough.gov.uk today."));
    }

    @Test
    void eachLineIsReadOnItsOwn() {
        assertEquals(List.of("Slough rated good", "Ofsted praised the council."),
                sentences("  Slough rated good  \n\n\nOfsted praised the council.\n"));
    }

    @Test
    void aBareGradeOnTheNextLineJoinsItsTableRow() {
        assertEquals(List.of("Overall effectiveness\nRequires improvement to be good"),
                sentences("Overall effectiveness\nRequires improvement to be good"));
        assertEquals(List.of("Overall effectiveness", "Good"), sentences("Overall effectiveness\n\n\n\nGood"));
    }

    @Test
    void aCellWrappedOntoALowerCaseLineIsOneSentence() {
        assertEquals(List.of("Children who need help and\nprotection"), sentences("Children who need help and\nprotection"));
        assertEquals(List.of("It was good.", "protection"), sentences("It was good.\nprotection"));
    }

    @Test
    void bulletsAfterAColonJoinTheirIntroduction() {
        assertEquals(List.of("Areas rated inadequate:\n* leadership\n* care leavers", "The council will respond."),
                sentences("Areas rated inadequate:\n* leadership\n* care leavers\nThe council will respond."));
    }

    @Test
    void relatedStoriesAndFurnitureAreDropped() {
        assertEquals(List.of("Slough was rated good.", "This long paragraph after the list ends with a full stop."),
                sentences("Slough was rated good.\nRelated stories\nBirmingham rated inadequate\nClick here to subscribe\n"
                        + "This long paragraph after the list ends with a full stop."));
        assertEquals(List.of(), sentences("Read more: Birmingham rated inadequate. It is."));
    }

    @Test
    void readersCommentsAreDroppedUntilTheStoryResumes() {
        String tail = "A paragraph of the story that is longer than forty characters.";
        assertEquals(List.of("Slough was rated good.", tail),
                sentences("Slough was rated good.\nComments (2)\nJo_B: They are inadequate, obviously and truly so.\n"
                        + "Reply\n" + tail));
    }

    @Test
    void aRunOnTextIsCutIntoBoundedPieces() {
        List<Span> spans = SentenceSplitter.sentences("word ".repeat(1000));
        assertEquals(4, spans.size());
        for (Span s : spans) {
            assertTrue(s.end() - s.start() < SentenceSplitter.MAX_SENTENCE + "word ".length(), s.toString());
        }
    }

    @Test
    void theLatestYearIgnoresCopyrightLinesAndImplausibleYears() {
        String text = "Rated good in 2019 and 2021.\nCopyright 2024 Slough News\n\u00a9 2025\nIn 1999 and 2036.";
        assertEquals(2021, SentenceSplitter.maxYear(text, SentenceSplitter.sentences(text)));
        assertEquals(-1, SentenceSplitter.maxYear("No year, only 12345 and x2020.", List.of()));
    }
}
