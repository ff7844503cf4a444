package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.decide.Features;

class GradeStatusTest {

    private static DocumentState publishedOn(LocalDate date) {
        DocumentState doc = new DocumentState();
        doc.published = date;
        doc.pubYear = date.getYear();
        doc.refYear = date.getYear();
        return doc;
    }

    private static final DocumentState MAY_2024 = publishedOn(LocalDate.of(2024, 5, 1));

    /** The status of the sentence's only grade, the first {@code grade}. */
    private static Status status(String sentence, String grade, Features f) {
        Tokens t = StageTokens.of(sentence);
        return GradeStatus.status(MAY_2024, t, StageTokens.grade(t, grade), 0, t.size, 0, List.of(), f);
    }

    @Test
    void aYearBeforePublicationMakesTheGradePrevious() {
        Features f = new Features();
        Status st = status("The council was rated inadequate in 2019.", "inadequate", f);
        assertTrue(st.previous());
        assertEquals(2019, st.year());
        assertTrue(f.values().containsKey("p_year_before_publication"));
        assertTrue(f.values().containsKey("year_long_before_publication"));
    }

    @Test
    void aFollowUpThatTheGradeLedToRestatesIt() {
        Features f = new Features();
        assertTrue(status("The DfE has appointed a commissioner at the council after its children's services were rated "
                + "inadequate.", "inadequate", f).previous());
        assertTrue(f.values().containsKey("p_follow_up_then_grade"));
        Features g = new Features();
        assertTrue(status("Ofsted made its second monitoring visit since it rated the services inadequate.", "inadequate", g)
                .previous());
        assertTrue(g.values().containsKey("p_follow_up_then_grade"));
        Features h = new Features();
        assertTrue(status("A commissioner will oversee the council's children's services, which were rated inadequate.",
                "inadequate", h).previous());
        assertTrue(h.values().containsKey("p_follow_up_then_grade"));
    }

    @Test
    void aReactionToTheGradeOrAFollowUpDatedByItsOwnYearIsNoRestatement() {
        Features f = new Features();
        assertFalse(status("The council has apologised after Ofsted rated its services inadequate.", "inadequate", f).previous());
        assertFalse(f.values().containsKey("p_follow_up_then_grade"));
        Features g = new Features();
        status("Services under intervention since 2009 have been judged adequate.", "adequate", g);
        assertFalse(g.values().containsKey("p_follow_up_then_grade"));
    }

    @Test
    void theYearOfTheGradeAChangeCameFromIsNotTheYearOfTheGradeItWentTo() {
        Tokens t = StageTokens.of("Its rating had gone from 'inadequate' in September 2015 to 'good'.");
        Grade from = StageTokens.grade(t, "inadequate");
        Status was = GradeStatus.status(MAY_2024, t, from, 0, t.size, 0, List.of(), new Features());
        assertEquals(2015, was.year());
        Status now = GradeStatus.status(MAY_2024, t, StageTokens.grade(t, "good"), from.to(), t.size, 1, List.of(), new Features());
        assertNull(now.year());
        assertFalse(now.previous());
    }

    @Test
    void aYearBeforeNowIsAnotherTimes() {
        Status st = status("Services have deteriorated since the last inspection in 2015, and are now inadequate.", "inadequate",
                new Features());
        assertNull(st.year());
        assertFalse(st.previous());
    }

    @Test
    void aYearAfterThanDatesAComparisonNotTheGrade() {
        Status st = status("Ofsted rated the services good and found the workforce more stable than in 2015.", "good", new Features());
        assertNull(st.year());
        assertFalse(st.previous());
    }

    @Test
    void aComparisonsLastYearDatesWhatTheGradeIsComparedWith() {
        Features f = new Features();
        Status st = status("Four councils were found to be inadequate, compared with none last year.", "inadequate", f);
        assertNull(st.year());
        assertFalse(f.values().containsKey("p_last_year_after"));
        Features g = new Features();
        assertEquals(2023, status("The council was found to be inadequate last year.", "inadequate", g).year());
        assertTrue(g.values().containsKey("p_last_year_after"));
    }

    @Test
    void aMonthLastYearAfterTheInspectionDatesItsFieldworkNotTheGrade() {
        Features f = new Features();
        Status st = status("Ofsted rated the council inadequate following the inspection in December last year.", "inadequate", f);
        assertFalse(f.values().containsKey("p_last_year_after"));
        assertNull(st.year());
        // a report comes out within months of its fieldwork: one in June last year was published last year
        Features g = new Features();
        status("Ofsted rated the council inadequate following the inspection in June last year.", "inadequate", g);
        assertTrue(g.values().containsKey("p_last_year_after"));
    }

    @Test
    void aYearInAnAfterClauseIsThatClausesTime() {
        Status st = status("The council has been labelled 'inadequate' in the recent report, after failing to improve on "
                + "its poor 2014 rating.", "inadequate", new Features());
        assertNull(st.year());
        assertFalse(st.previous());
    }

    @Test
    void newMakesTheNewsWhenItQualifiesAReportOrAGrade() {
        Features report = new Features();
        status("A new report from Ofsted rated the services inadequate.", "inadequate", report);
        assertTrue(report.values().containsKey("newcue_new"));
        Features head = new Features();
        status("The council may struggle to recruit a new head of children's services after Ofsted rated the service "
                + "as inadequate.", "inadequate", head);
        assertFalse(head.values().containsKey("newcue_new"));
    }

    @Test
    void aStretchOfTimeSinceTheGradeStartsAtIt() {
        Features f = new Features();
        assertTrue(status("Two years since the council's services to children and young people were condemned as "
                + "'inadequate' the borough is now performing well.", "inadequate", f).previous());
        assertTrue(f.values().containsKey("p_since_before"));
        Features far = new Features();
        status("Since the council's services to children and young people in the borough were all condemned as "
                + "'inadequate', it has changed.", "inadequate", far);
        assertFalse(far.values().containsKey("p_since_before"));
    }

    @Test
    void inTheWakeOfAGradeItCameFirst() {
        Features f = new Features();
        assertTrue(status("There is no case for taking the services out of council control in the wake of an 'inadequate' "
                + "Ofsted judgment.", "inadequate", f).previous());
        assertTrue(f.values().containsKey("p_after_grade"));
    }

    @Test
    void earlierThisMonthAfterTheGradePutsItBeforeTheStory() {
        Features f = new Features();
        assertTrue(status("Ofsted rated the council inadequate earlier this month, following an inspection in February.",
                "inadequate", f).previous());
        assertTrue(f.values().containsKey("p_earlier_this_after"));
    }

    @Test
    void backInAfterTheGradePutsItWellBeforeTheStory() {
        Features f = new Features();
        assertTrue(status("Ofsted rated the services 'inadequate' back in November after an inspection.", "inadequate", f)
                .previous());
        assertTrue(f.values().containsKey("p_back_in_after"));
    }

    @Test
    void aGradeGivenAfterASubjectAndBeingCameBeforeTheNews() {
        Features f = new Features();
        assertTrue(status("After a damning report into two deaths and the county's children's services being rated "
                + "inadequate, a trust was set up.", "inadequate", f).previous());
        assertTrue(f.values().containsKey("p_after_being"));
        Features g = new Features();
        status("After a damning report, the county's children's services are being rated inadequate.", "inadequate", g);
        assertFalse(g.values().containsKey("p_after_being"));
    }

    @Test
    void aYearInsideDashesBelongsToTheGradeInThem() {
        Tokens t = StageTokens.of("The council's services - rated inadequate in 2016 - now require improvement to be good.");
        Grade inadequate = StageTokens.grade(t, "inadequate");
        Status st = GradeStatus.status(MAY_2024, t, StageTokens.grade(t, "require"), inadequate.to(), t.size, 1, List.of(),
                new Features());
        assertNull(st.year());
        assertFalse(st.previous());
    }

    @Test
    void aPerfectAndThisWeekMakeItNew() {
        Features f = new Features();
        Status st = status("Ofsted has rated the council good this week.", "good", f);
        assertFalse(st.previous());
        assertNull(st.year());
        assertEquals(3, st.newScore());
        assertTrue(f.values().containsKey("year_none"));
    }

    @Test
    void previouslyAndCurrentlyGiveAnEarlierOrStandingGrade() {
        assertTrue(status("The council was previously rated inadequate.", "inadequate", new Features()).previous());
        Status current = status("The council is currently rated good.", "good", new Features());
        assertTrue(current.previous());
        assertTrue(current.standing());
    }

    @Test
    void aSpanAgoDatesTheGrade() {
        Status st = status("Two years ago the council was rated good.", "good", new Features());
        assertTrue(st.previous());
        assertEquals(2022, st.year());
    }

    @Test
    void aMonthWellBeforePublicationIsLastYears() {
        Features f = new Features();
        Status st = status("The council was rated good in October.", "good", f);
        assertTrue(st.previous());
        assertEquals(2023, st.year());
        assertTrue(f.values().containsKey("p_month_past"));
    }

    @Test
    void fromIsThePreviousGradeAndToTheNew() {
        Tokens t = StageTokens.of("The council improved from inadequate to good.");
        Grade before = StageTokens.grade(t, "inadequate");
        Grade after = StageTokens.grade(t, "good");
        Status from = GradeStatus.status(MAY_2024, t, before, 0, after.from(), 0, List.of(), new Features());
        Status to = GradeStatus.status(MAY_2024, t, after, before.to(), t.size, 1, List.of(), new Features());
        assertTrue(from.previous());
        assertFalse(to.previous());
        assertEquals(2, to.newScore());
    }

    @Test
    void aYearInARelativeClauseIsNotTheGradesYear() {
        Status relative = status("In the town, where a review in 2007 prompted change, services were judged good.", "good",
                new Features());
        assertNull(relative.year());
        assertFalse(relative.previous());
        Status own = status("In the town in 2007, services were judged good.", "good", new Features());
        assertEquals(2007, own.year());
        assertTrue(own.previous());
    }

    @Test
    void aCouncilIntroducedByWhichIsRatedHoldsAStandingGrade() {
        String s = "The council, which is rated outstanding, has offered support.";
        Tokens t = StageTokens.of(s);
        Grade g = StageTokens.grade(t, "outstanding");
        int council = StageTokens.at(t, "council");
        List<CouncilMatcher.Mention> mention = List.of(new CouncilMatcher.Mention(council, council + 1, List.of(), true));
        Features f = new Features();
        assertTrue(GradeStatus.status(MAY_2024, t, g, 0, t.size, 0, mention, f).previous());
        assertTrue(f.values().containsKey("p_which_is_rated"));
        String school = "The school, which is rated outstanding, has offered support.";
        Tokens u = StageTokens.of(school);
        assertFalse(GradeStatus.status(MAY_2024, u, StageTokens.grade(u, "outstanding"), 0, u.size, 0, List.of(),
                new Features()).previous());
    }
}
