package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextCleanupTest {

    @Test
    void curlyQuotesDashesAndOddSpacesBecomePlainOnesCharacterForCharacter() {
        String raw = "\u201CInadequate\u201D \u2013 Slough\u2019s\u00a0services\tnow\u2014\u2018good\u2019";
        String clean = TextCleanup.normalise(raw);
        assertEquals("\"Inadequate\" - Slough's services now-'good'", clean);
        assertEquals(raw.length(), clean.length());
    }

    @Test
    void carriageReturnsAndByteOrderMarksKeepTheirOffsets() {
        assertEquals("\uFEFFa\r\nb".length(), TextCleanup.normalise("\uFEFFa\r\nb").length());
        assertEquals(" a\n\nb", TextCleanup.normalise("\uFEFFa\r\nb"));
    }

    @Test
    void lettersOutsideAsciiAreLeftAloneAndABacktickIsAnApostrophe() {
        assertEquals("Café Ébène's", TextCleanup.normalise("Café Ébène`s"));
    }

    @Test
    void blankLinesBeforeTheTextGoButTheFirstLineKeepsItsIndent() {
        assertEquals("  Slough rated good\n\nmore", TextCleanup.stripLeadingBlankLines("\n \t\n  Slough rated good\n\nmore"));
        assertEquals("Slough", TextCleanup.stripLeadingBlankLines("Slough"));
    }

    @Test
    void aTitleLabelGivesTheHeadline() {
        assertEquals("Slough children's services rated good",
                TextCleanup.firstLineTitle("Title: Slough children's services rated good\nBy Jo Bloggs\nText."));
        assertNull(TextCleanup.firstLineTitle("Title:   \nSlough rated good"));
    }

    @Test
    void bylinesDatesAndLabelsBeforeTheHeadlineAreSkipped() {
        assertEquals("Birmingham children's services inadequate again",
                TextCleanup.firstLineTitle("By Jo Bloggs\nPublished: 3 May 2023\nTuesday 12 March 2019 10:32\n\n"
                        + "Birmingham children's services inadequate again\nOfsted has rated the council."));
    }

    @Test
    void aDateFieldRunIntoTheHeadlineIsNoPartOfIt() {
        assertEquals("Leeds children's services rated good",
                TextCleanup.firstLineTitle(" date 2019-03-18 Leeds children's services rated good\nOfsted said so."));
    }

    @Test
    void aCaptionAfterADateFieldIsNoHeadline() {
        assertEquals("Stoke children's services inadequate", TextCleanup.firstLineTitle(
                " date 2019-03-18 Image copyright Getty Images Image caption Ofsted said so\n"
                        + "Stoke children's services inadequate\nOfsted has rated the council."));
        assertEquals("Hartlepool rated good", TextCleanup.firstLineTitle(
                "date 2024-07-12 Watch more of our videos on ShotsTV.com\nHartlepool rated good\nText."));
        assertNull(TextCleanup.firstLineTitle("date 2019-06-11\nThe council was rated good by Ofsted."));
    }

    @Test
    void aFirstLineThatReadsAsASentenceIsNoHeadline() {
        assertNull(TextCleanup.firstLineTitle("Ofsted has rated Slough Borough Council good.\nMore follows."));
        assertNull(TextCleanup.firstLineTitle("x".repeat(201) + "\nMore follows"));
    }

    @Test
    void aTextOfOnlyLabelsHasNoHeadline() {
        assertNull(TextCleanup.firstLineTitle("By Jo Bloggs\nPublished: 3 May 2023\n"));
        assertNull(TextCleanup.firstLineTitle(""));
    }
}
