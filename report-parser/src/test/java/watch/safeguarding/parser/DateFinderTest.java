package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @Test
    void aPublishedLabelGivesThePublicationDate() {
        assertEquals(LocalDate.of(2023, 5, 3),
                DateFinder.published("Slough rated good\nBy Jo Bloggs\nPublished: Wednesday, 3rd May 2023\nText."));
        assertEquals(LocalDate.of(2011, 2, 28), DateFinder.published("Posted on February 28, 2011 by admin\nText."));
    }

    @Test
    void aDatelineUnderTheHeadlineIsThePublicationDate() {
        assertEquals(LocalDate.of(2019, 3, 12), DateFinder.published("Birmingham inadequate again\n12 March 2019\n"
                + "Ofsted said on 1 January 2018 that the council was failing."));
    }

    @Test
    void aNumericDateIsDayFirst() {
        assertEquals(LocalDate.of(2011, 5, 4), DateFinder.published("Cabinet to discuss Ofsted inspection\n04/05/2011 - Permalink\n"));
        assertEquals(LocalDate.of(2018, 6, 4), DateFinder.published("Ofsted inspectors come to Wakefield\n04/06/2018, PR8815\n"));
        assertEquals(LocalDate.of(2018, 1, 29), DateFinder.published("Headline\n\n29.01.18\n\nText."));
        assertEquals(null, DateFinder.published("Headline\n13/13/2018\n"));
        assertEquals(null, DateFinder.published("Headline\n4 / 6 / 2018\n"));
    }

    @Test
    void aBylineWithADateIsADateline() {
        assertEquals(LocalDate.of(2021, 10, 21),
                DateFinder.published("Headline\nBy Jo Bloggs, Local Democracy Reporter | 21 OCT 2021 | 10:32\nText."));
    }

    @Test
    void inspectionAndCopyrightDatesAreNotPublicationDates() {
        assertNull(DateFinder.published("Inspection dates: 1 May 2023\nCopyright 4 June 2024\nText."));
        assertNull(DateFinder.published("Monitoring visit 12 March 2019\nText with no other dates."));
    }

    @Test
    void aDateInTheStoryIsNoDateline() {
        assertNull(DateFinder.published("Ofsted inspectors visited the council on 12 March 2019 and rated its services good."));
    }

    @Test
    void anUpdatedDateServesOnlyWhenNothingElseDoes() {
        assertEquals(LocalDate.of(2020, 6, 5), DateFinder.published("Last updated 5 June 2020\nText."));
        assertEquals(LocalDate.of(2020, 6, 1),
                DateFinder.published("Last updated 5 June 2020\nPublished 1 June 2020\nText."));
    }

    @Test
    void aLongParagraphIsReadOnlyAfterItsLabel() {
        String filler = "The council said it was disappointed. ".repeat(8);
        assertEquals(LocalDate.of(2016, 7, 4), DateFinder.published(filler + "Published 4 July 2016\nText."));
        assertEquals(LocalDate.of(2016, 7, 4), DateFinder.published(filler + "Date: 4 July 2016\nText."));
        assertEquals(LocalDate.of(2020, 7, 29), DateFinder.published("COMMITTEE: AUDIT DATE: 29 JULY 2020 " + filler.toUpperCase()));
        assertEquals(LocalDate.of(2019, 3, 18), DateFinder.published(" date 2019-03-18 Image copyright Getty " + filler));
        assertNull(DateFinder.published(filler + "It was 4 July 2016\nText."));
    }

    @Test
    void aShortDateFieldIsReadBeforeTheCaptionsCopyright() {
        assertEquals(LocalDate.of(2019, 3, 18), DateFinder.published(
                " date 2019-03-18 Image copyright Getty Images Image caption Ofsted said so\nText."));
        assertEquals(-1, DateFinder.dateFieldEnd("Date of the next inspection: 2019"));
        assertEquals(15, DateFinder.dateFieldEnd("date 2019-03-18 Photo: Fotolia"));
    }

    @Test
    void aLabelInTheMiddleOfALongParagraphIsRead() {
        String filler = "The council said it was disappointed. ".repeat(4);
        assertEquals(LocalDate.of(2016, 7, 4),
                DateFinder.published(filler + "Published 4 July 2016. " + filler + "\nText."));
        assertEquals(LocalDate.of(2016, 7, 4), DateFinder.published(filler + "Date: 4 July 2016. " + filler + "\nText."));
    }

    @Test
    void impossibleDatesAndLowerCaseMayAreNoDates() {
        assertNull(DateFinder.published("Published: 31 February 2019\nText."));
        assertNull(DateFinder.published("Date: may 3 2019\nText."));
        assertEquals(LocalDate.of(2019, 5, 3), DateFinder.published("Date: May 3 2019\nText."));
        assertEquals(LocalDate.of(2019, 5, 3), DateFinder.published("Date: 2019-05-03\nText."));
    }

    @Test
    void aShortLineOfOnlyADateIsDateOnly() {
        assertTrue(DateFinder.dateOnly("Tuesday 12 March 2019 10:32"));
        assertTrue(DateFinder.dateOnly("12 March 2019"));
        assertFalse(DateFinder.dateOnly("Ofsted visited on 12 March 2019"));
        assertFalse(DateFinder.dateOnly("March 2019"));
        assertFalse(DateFinder.dateOnly("Slough children's services were rated good on 12 March 2019"));
    }

    @Test
    void aUrlPathGivesADateOrAYearAndMonth() {
        assertArrayEquals(new int[] {2022, 11, 22}, DateFinder.fromUrl("https://news.example/2022-11-22/slough-good"));
        assertArrayEquals(new int[] {2009, 6, 0}, DateFinder.fromUrl("https://news.example/2009/06/slough-good"));
        assertArrayEquals(new int[] {2014, 2, 7}, DateFinder.fromUrl("https://news.example/news/2014/02/07"));
        assertArrayEquals(new int[] {2008, 12, 18}, DateFinder.fromUrl("https://news.example/society/2008/dec/18/councils-failing"));
        assertArrayEquals(new int[] {2011, 3, 0}, DateFinder.fromUrl("https://news.example/2011/march/slough-good"));
    }

    @Test
    void otherNumbersInAUrlGiveNoDate() {
        assertNull(DateFinder.fromUrl("https://news.example/story/123456/slough"));
        assertNull(DateFinder.fromUrl("https://news.example/2022-13-01/x"));
        assertNull(DateFinder.fromUrl("https://news.example/id2022-11-22"));
        assertNull(DateFinder.fromUrl("https://news.example/1990/05/x"));
        assertNull(DateFinder.fromUrl(null));
    }

    @Test
    void aYearAloneInAUrlIsNoDate() {
        assertNull(DateFinder.fromUrl("https://news.example/2022/slough"));
        assertNull(DateFinder.fromUrl("https://news.example/2022/mayor/slough"));
    }
}
