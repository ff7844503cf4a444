package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.parser.StageTokens.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearCuesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    private static Integer pastMonthYear(String sentence) {
        Tokens t = StageTokens.of(sentence);
        return YearCues.pastMonthYear(t, PUBLISHED, 0, t.size);
    }

    @Test
    void theFirstYearInARange() {
        Tokens t = StageTokens.of("Rated good in 2019 and inadequate in 2022.");
        assertEquals(2019, YearCues.firstYear(t, 0, t.size));
        assertEquals(2022, YearCues.firstYear(t, at(t, "2019") + 1, t.size));
        assertEquals(-1, YearCues.firstYear(t, 0, at(t, "2019")));
    }

    @Test
    void aSentenceOpeningWithItsYear() {
        Tokens month = StageTokens.of("In December 2010, the council was rated good.");
        assertEquals(at(month, "2010"), YearCues.openingYear(month));
        Tokens back = StageTokens.of("Back in 2012 it was inadequate.");
        assertEquals(at(back, "2012"), YearCues.openingYear(back));
        assertEquals(0, YearCues.openingYear(StageTokens.of("2015: rated good.")));
        Tokens timeline = StageTokens.of("June 2018: an overall 'requires improvement', with leadership rated 'inadequate'.");
        assertEquals(at(timeline, "2018"), YearCues.openingYear(timeline));
        assertNull(YearCues.openingYear(StageTokens.of("Then in 2012 it was inadequate.")));
        assertNull(YearCues.openingYear(StageTokens.of("may 2018 see it rated good?")));
    }

    @Test
    void aYearAfterADatingVerbDatesThatEvent() {
        Tokens t = StageTokens.of("The framework introduced by Ofsted in 2022 rated it good in 2023.");
        assertTrue(YearCues.datesAnotherEvent(t, at(t, "2022")));
        assertFalse(YearCues.datesAnotherEvent(t, at(t, "2023")));
    }

    @Test
    void theYearOfAWhenClause() {
        Tokens t = StageTokens.of("The inspection in 2022, when services were rated good, was praised.");
        assertEquals(2022, YearCues.whenClauseYear(t, at(t, "good"), 0));
        Tokens semicolon = StageTokens.of("The inspection in 2022, when staff left; services were rated good.");
        assertNull(YearCues.whenClauseYear(semicolon, at(semicolon, "good"), 0));
    }

    @Test
    void aMonthWithoutAYearIsInThePastWhenWellBeforePublication() {
        assertEquals(2023, pastMonthYear("It was rated good in October."));
        assertEquals(2024, pastMonthYear("It was rated good in March."));
        assertEquals(2023, pastMonthYear("It was rated good last June."));
        assertNull(pastMonthYear("It was rated good in June."));
        // fieldwork comes weeks before the report: March is the same spring's inspection
        assertNull(pastMonthYear("Inspectors visited in March and rated it good."));
        assertNull(pastMonthYear("It was rated good in October 2023."));
        // "visits in the final week of October" reported in January: that inspection's report
        Tokens visits = StageTokens.of("Both were rated good following visits in the final week of October.");
        assertNull(YearCues.pastMonthYear(visits, LocalDate.of(2016, 1, 20), 0, visits.size));
        assertEquals(2015, YearCues.pastMonthYear(StageTokens.of("Both were rated good in the final week of October."),
                LocalDate.of(2016, 1, 20), 0, 10));
    }

    @Test
    void lastYearInARange() {
        Tokens t = StageTokens.of("Rated good last year.");
        assertTrue(YearCues.saysLastYear(t, 0, t.size, PUBLISHED));
        assertFalse(YearCues.saysLastYear(t, 0, at(t, "last"), PUBLISHED));
        assertFalse(YearCues.saysLastYear(StageTokens.of("Rated good last month."), 0, 4, PUBLISHED));
        // the time of what a grade is compared with is not the grade's
        Tokens compared = StageTokens.of("Four were rated inadequate, compared with none last year.");
        assertFalse(YearCues.saysLastYear(compared, 0, compared.size, PUBLISHED));
        Tokens than = StageTokens.of("More were rated good than last year.");
        assertFalse(YearCues.saysLastYear(than, 0, than.size, PUBLISHED));
        // an inspection's month last year dates its fieldwork when the report could follow it by now
        Tokens december = StageTokens.of("Rated good following the inspection in December last year.");
        assertFalse(YearCues.saysLastYear(december, 0, december.size, PUBLISHED));
        Tokens june = StageTokens.of("Rated good following the inspection in June last year.");
        assertTrue(YearCues.saysLastYear(june, 0, june.size, PUBLISHED));
        // undated, the text is at the earliest of the next January: December's report may be out, May's long has been
        assertFalse(YearCues.saysLastYear(december, 0, december.size, null));
        Tokens may = StageTokens.of("Rated good following the inspection in May last year.");
        assertTrue(YearCues.fieldworkLastYear(december, StageTokens.at(december, "last"), null));
        assertFalse(YearCues.fieldworkLastYear(may, StageTokens.at(may, "last"), null));
    }
}
