package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilTargetsTest {

    private static final Gazetteer G = Gazetteer.builtIn();
    private static final CouncilMatcher MATCHER = new CouncilMatcher(G);
    private static final CouncilTargets TARGETS = new CouncilTargets(G);

    private static Council council(String code) {
        return G.byCode(code).orElseThrow();
    }

    private static List<String> targets(String s, int gi) {
        Tokens t = Tokens.of(s, 0, s.length());
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (t.is(i, "good") || t.is(i, "inadequate")) {
                grades.add(new Grade(i, i + 1, t.lower[i], false));
            }
        }
        long distinct = grades.stream().map(Grade::rating).distinct().count();
        return CouncilTargets.targetsFor(t, MATCHER.find(t), grades, gi, (int) distinct).stream()
                .map(m -> m.councils().get(0).name()).toList();
    }

    @Test
    void councilsAfterASubordinatorAreTheSubjectOfAnotherClause() {
        assertEquals(List.of("Slough"), targets("Slough climbs to good as Reading and Bracknell Forest await Ofsted.", 0));
        assertEquals(List.of("Slough"), targets("Slough is good, while Reading waits.", 0));
        assertEquals(List.of("Slough", "Reading", "Bracknell Forest"),
                targets("Slough was rated good, as were Reading and Bracknell Forest.", 0));
    }

    @Test
    void withSeveralGradesEachGoesToTheCouncilNamedLastBeforeIt() {
        assertEquals(List.of("Slough"), targets("Slough was rated good and Reading inadequate.", 0));
        assertEquals(List.of("Reading"), targets("Slough was rated good and Reading inadequate.", 1));
        assertEquals(List.of("Slough"), targets("Good for Slough, but inadequate for Reading.", 0));
    }

    @Test
    void respectivelyPairsTheGradesWithTheCouncilsInOrder() {
        String s = "Slough and Reading were rated good and inadequate respectively.";
        assertEquals(List.of("Slough"), targets(s, 0));
        assertEquals(List.of("Reading"), targets(s, 1));
        assertEquals(List.of("Slough", "Reading"), targets("Slough and Reading were rated good and inadequate.", 0));
    }

    @Test
    void aGradeAfterAListOfCouncilsGoesToTheWholeList() {
        assertEquals(List.of("Slough", "Reading", "Bracknell Forest"),
                targets("Slough, Reading and Bracknell Forest were good while Birmingham was inadequate.", 0));
        assertEquals(List.of("Birmingham"),
                targets("Slough, Reading and Bracknell Forest were good while Birmingham was inadequate.", 1));
    }

    @Test
    void aNewCouncilsGradeBeforeItExistedIsItsPredecessors() {
        assertEquals(List.of("E10000021"), codes(TARGETS.timeShift(council("E06000061"), 2019, true)));
        assertEquals(List.of("E06000061"), codes(TARGETS.timeShift(council("E06000061"), 2021, true)));
        assertEquals(List.of("E06000061"), codes(TARGETS.timeShift(council("E06000061"), null, true)));
    }

    @Test
    void anAbolishedCouncilsLaterGradeIsItsSuccessors() {
        assertEquals(List.of("E06000058"), codes(TARGETS.timeShift(council("E06000028"), 2020, true)));
        assertEquals(List.of("E06000028"), codes(TARGETS.timeShift(council("E06000028"), 2019, true)));
        assertEquals(List.of("E06000061", "E06000062"), codes(TARGETS.timeShift(council("E10000021"), 2022, true)),
                "a council split in two: both heirs");
        assertEquals(List.of("E10000021"), codes(TARGETS.timeShift(council("E10000021"), 2022, false)),
                "an earlier grade of no stated year: no choice between the heirs");
        assertEquals(List.of("E06000058"), codes(TARGETS.timeShift(council("E06000028"), 2020, false)),
                "one heir: no choice to make");
        assertNull(TARGETS.timeShift(null, 2020, true).get(0));
    }

    @Test
    void theAuthorityOfTheTimeFollowsThePublicationDate() {
        List<Council> durham = List.of(council("E10000010"), council("E06000047"));
        DocumentState doc = new DocumentState();
        doc.published = LocalDate.of(2008, 5, 1);
        doc.pubYear = 2008;
        assertEquals(List.of("E10000010"), codes(TARGETS.resolveFor(doc, durham, null, false)));
        assertEquals(List.of("E06000047"), codes(TARGETS.resolveFor(doc, durham, 2015, false)));
        assertEquals(List.of("E10000021"), codes(TARGETS.resolveFor(doc, List.of(council("E06000061")), null, false)));
    }

    private static List<String> codes(List<Council> councils) {
        return councils.stream().map(Council::code).toList();
    }

    @Test
    void aCouncilIsAbolishedByATextPublishedAfterItsLastDay() {
        DocumentState doc = new DocumentState();
        doc.published = LocalDate.of(2019, 4, 1);
        assertTrue(CouncilTargets.abolishedBy(council("E06000029"), doc));
        doc.published = LocalDate.of(2019, 3, 31);
        assertFalse(CouncilTargets.abolishedBy(council("E06000029"), doc));
        doc.published = null;
        doc.pubYear = 2019;
        assertFalse(CouncilTargets.abolishedBy(council("E06000029"), doc));
        doc.pubYear = 2020;
        assertTrue(CouncilTargets.abolishedBy(council("E06000029"), doc));
        assertFalse(CouncilTargets.abolishedBy(council("E06000039"), doc));
    }

    @Test
    void theCountyIsTheCountyCouncilNamedLastUnlessTheStoryIsAboutACounty() {
        DocumentState doc = new DocumentState();
        doc.focus = council("E06000039");
        doc.mentioned.put("E10000006", council("E10000006"));
        doc.mentioned.put("E06000039", council("E06000039"));
        String s = "Inspectors praised the county's children's services.";
        Tokens t = Tokens.of(s, 0, s.length());
        assertEquals("E10000006", CouncilTargets.countyAnaphor(t, doc).code());
        String named = "Inspectors praised the County Durham services.";
        assertNull(CouncilTargets.countyAnaphor(Tokens.of(named, 0, named.length()), doc));
        doc.focus = council("E10000006");
        assertNull(CouncilTargets.countyAnaphor(t, doc));
        doc.focus = null;
        assertNull(CouncilTargets.countyAnaphor(t, doc));
    }

    private static CouncilTargets.Unnamed unnamed(String s) {
        Tokens t = StageTokens.of(s);
        return CouncilTargets.unnamedCouncil(t, StageTokens.grade(t, "inadequate"));
    }

    @Test
    void aLeadSpeaksOfOneCouncilItDoesNotNameAsASubjectOrInARelativeClause() {
        assertEquals(CouncilTargets.Unnamed.SUBJECT, unnamed("A council has been rated inadequate by Ofsted."));
        assertEquals(CouncilTargets.Unnamed.SUBJECT, unnamed("A county's children's services have been rated inadequate."));
        assertEquals(CouncilTargets.Unnamed.RELATIVE, unnamed("A commissioner is sent to a council where Ofsted rated services inadequate."));
        assertEquals(CouncilTargets.Unnamed.SUBJECT, unnamed("Ofsted praised a council's department, which has been rated inadequate."));
        assertEquals(CouncilTargets.Unnamed.NONE, unnamed("A council rated inadequate will get a commissioner."));
        assertEquals(CouncilTargets.Unnamed.NONE, unnamed("The council was rated inadequate."));
    }
}
