package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VetoesTest {

    private static final CouncilMatcher MATCHER = new CouncilMatcher(Gazetteer.builtIn());

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static Grade grade(Tokens t, String word) {
        for (int i = t.size - 1; i >= 0; i--) {
            if (t.is(i, word)) {
                return new Grade(i, i + 1, word, false);
            }
        }
        throw new AssertionError(word + " not in " + t.text);
    }

    private static boolean negated(String s, String word) {
        Tokens t = tokens(s);
        return Vetoes.negated(t, grade(t, word), 0);
    }

    @Test
    void aNegationJustBeforeTheGradeVetoesIt() {
        assertTrue(negated("Slough was not rated inadequate.", "inadequate"));
        assertTrue(negated("None of its services were judged to be good.", "good"));
        assertTrue(negated("It has never been 'good'.", "good"));
        assertTrue(negated("It is not yet good.", "good"));
        assertFalse(negated("Slough was rated inadequate.", "inadequate"));
    }

    @Test
    void noLongerAndANegationInAnEarlierClauseDoNot() {
        assertFalse(negated("Slough is no longer inadequate.", "inadequate"));
        assertFalse(negated("Not surprisingly, services were rated good.", "good"));
    }

    @Test
    void aGenericSubjectMakesAGradeNoCouncilsOwn() {
        Tokens t = tokens("Ofsted said authorities rated as inadequate need help.");
        assertTrue(Vetoes.generic(t, grade(t, "inadequate"), 0));
        Tokens a = tokens("Ofsted said a council that is inadequate needs help.");
        assertTrue(Vetoes.generic(a, grade(a, "inadequate"), 0));
        Tokens s = tokens("Ofsted said Slough Borough Council is inadequate.");
        assertFalse(Vetoes.generic(s, grade(s, "inadequate"), 0));
    }

    @Test
    void countsSharesAndTheFrameworkAreStatistics() {
        assertTrue(Vetoes.statistics(tokens("A third of councils were rated good.")));
        assertTrue(Vetoes.statistics(tokens("Some 40 per cent were good.")));
        assertTrue(Vetoes.statistics(tokens("Nationally, 12% were inadequate.")));
        assertFalse(Vetoes.statistics(tokens("Slough's national report was good.")));
        assertFalse(Vetoes.statistics(tokens("Slough was rated good.")));
    }

    @Test
    void theCapacityToImproveIsNoGradeOfTheServices() {
        Tokens t = tokens("Its capacity to improve was judged good.");
        assertTrue(Vetoes.capacityJudgement(t, grade(t, "good"), 0));
        Tokens s = tokens("Its services were judged good.");
        assertFalse(Vetoes.capacityJudgement(s, grade(s, "good"), 0));
    }

    @Test
    void aCouncilTheGazetteerDoesNotKnowIsUnknown() {
        Tokens t = tokens("Gwynedd Council was rated good.");
        assertTrue(Vetoes.unknownCouncil(t, MATCHER.find(t)));
        Tokens s = tokens("Slough Borough Council was rated good.");
        assertFalse(Vetoes.unknownCouncil(s, MATCHER.find(s)));
        Tokens c = tokens("The Council was rated good.");
        assertFalse(Vetoes.unknownCouncil(c, MATCHER.find(c)));
    }

    @Test
    void schoolsTheCqcAndAdultCareAreOtherSubjects() {
        Tokens t = tokens("A Slough school was rated good.");
        assertTrue(Vetoes.otherSubject(t, grade(t, "good"), List.of()));
        Tokens c = tokens("Its services were rated good by the CQC.");
        assertTrue(Vetoes.otherSubject(c, grade(c, "good"), List.of()));
        Tokens h = tokens("Children living at home were rated good.");
        assertFalse(Vetoes.otherSubject(h, grade(h, "good"), List.of()));
    }

    @Test
    void aTallyOfAreasBeforeTheGradeIsACount() {
        Tokens t = tokens("Ofsted judged three out of four areas to be inadequate.");
        assertTrue(Vetoes.countBefore(t, grade(t, "inadequate"), 0));
        Tokens q = tokens("There were 13 'good' judgements.");
        assertTrue(Vetoes.countBefore(q, grade(q, "good"), 0));
        Tokens s = tokens("In 2019 three inspectors rated it inadequate.");
        assertFalse(Vetoes.countBefore(s, grade(s, "inadequate"), 0));
    }

    @Test
    void aCrossheadOfAFewWordsNamingNoCouncilOrAreaStatesNoGrade() {
        Tokens t = tokens("Inadequate rating");
        assertTrue(Vetoes.crosshead(t, MATCHER.find(t), AreaMentions.find(t), 5));
        assertFalse(Vetoes.crosshead(t, MATCHER.find(t), AreaMentions.find(t), 1));
        Tokens listed = tokens("Adoption performance - inadequate");
        assertFalse(Vetoes.crosshead(listed, MATCHER.find(listed), AreaMentions.find(listed), 5));
        Tokens named = tokens("Outstanding Lambeth!");
        assertFalse(Vetoes.crosshead(named, MATCHER.find(named), AreaMentions.find(named), 5));
        assertEquals(Set.of("E06000046 safeguarding inadequate previous"), Parsed.tuples("Date: 3 May 2014\n"
                + "Ofsted names the Isle of Wight among the worst authorities for child protection.\n\nInadequate rating\n"
                + "A report in January 2013 found the Isle of Wight's child protection services to be inadequate."));
    }
}
