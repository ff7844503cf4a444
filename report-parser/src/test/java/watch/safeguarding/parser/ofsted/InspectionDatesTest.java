package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionDatesTest {

    private static InspectionDates.Range range(String text) {
        return InspectionDates.inspection(FlatText.of(text));
    }

    private static void assertRange(String start, String end, String text) {
        InspectionDates.Range r = range(text);
        assertEquals(new InspectionDates.Range(LocalDate.parse(start), LocalDate.parse(end)), r, text);
    }

    @Test
    void everyFormOfARange() {
        assertRange("2023-02-20", "2023-02-24", "Inspection dates: 20 to 24 February 2023\nLead inspector: A Name");
        assertRange("2022-02-28", "2022-03-04", "Inspection dates: 28 February to 4 March 2022");
        assertRange("2018-11-19", "2018-11-30", "Inspection dates: 19 November\u201330 November 2018");
        assertRange("2018-06-04", "2018-06-28", "Inspection date: 4 June 2018\u201328 June 2018");
        assertRange("2013-07-08", "2013-07-12", "Inspection dates: 8 \u2013 12 July 2013\nReporting inspector");
        assertRange("2014-03-18", "2014-04-09", "Inspection date: 18 March 2014 \u2013 09 April 2014");
        assertRange("2021-12-06", "2021-12-17", "Inspection dates: 6 December 2021 to 17 December 2021");
        assertRange("2016-07-28", "2016-07-28", "Inspection date: 28 July 2016\nReport published: 20 September 2016");
    }

    @Test
    void twoRangesGiveTheFirstAndLastDay() {
        assertRange("2019-11-04", "2019-11-15", "Inspection dates: 4 to 8 November and 11 to 15 November 2019");
        assertRange("2019-10-28", "2019-11-08", "Inspection dates: 28 October to 1 November 2019 and 4 to 8 November "
                + "2019");
    }

    @Test
    void aRangeOverTheNewYear() {
        assertRange("2025-12-29", "2026-01-09", "Inspection dates: 29 December to 9 January 2026");
        assertRange("2025-12-01", "2026-01-16", "Inspection dates: 1 December 2025 to 16 January 2026");
    }

    @Test
    void theLabelSpansALineBreakAndTrailingNumbersAreNotDates() {
        assertRange("2024-01-22", "2024-02-02", "Inspection dates:\n22 January to 2 February 2024 1\nInspection of");
    }

    @Test
    void noLabelOrNoCompleteDateIsNoRange() {
        assertNull(range("The inspection took place from 20 to 24 February 2023."));
        assertNull(range("Inspection dates: to be confirmed"));
        assertNull(range("Inspection dates: 31 February 2023"));
    }

    @Test
    void thePublicationDate() {
        assertEquals(LocalDate.of(2014, 9, 1), InspectionDates.published(FlatText.of("Report published: 01 September "
                + "2014")));
        assertEquals(LocalDate.of(2018, 8, 17), InspectionDates.published("Report Published: 17 August 2018"));
        assertEquals(LocalDate.of(2013, 8, 16), InspectionDates.published("Age group: All Published: 16 August 2013"));
        assertNull(InspectionDates.published("The report was published in September 2014."));
    }
}
