package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgementAreasTest {

    private static Set<String> forGrade(DocumentState doc, String sentence, String grade, int era) {
        Tokens t = StageTokens.of(sentence);
        return JudgementAreas.forGrade(doc, t, StageTokens.grade(t, grade), AreaMentions.find(t), era);
    }

    @Test
    void safeguardingIsHelpAndProtectionFromTheSingleFramework() {
        String s = "Safeguarding was judged good.";
        assertEquals(Set.of(Lexicon.SAFEGUARDING), forGrade(new DocumentState(), s, "good", 2012));
        assertEquals(Set.of(Lexicon.HELP), forGrade(new DocumentState(), s, "good", 2016));
    }

    @Test
    void inAndLeavingCareIsBothAreas() {
        assertEquals(List.of(Lexicon.IN_CARE, Lexicon.CARE_LEAVERS),
                List.copyOf(forGrade(new DocumentState(), "Services for those in and leaving care were good.", "good", 2020)));
    }

    @Test
    void overallOfASpecificAreaIsThatArea() {
        assertEquals(Set.of(Lexicon.ADOPTION),
                forGrade(new DocumentState(), "The overall effectiveness of adoption was good.", "good", 2020));
    }

    @Test
    void everyAreaIsTheWholeAndLeavesTheAreasToTheEra() {
        DocumentState doc = new DocumentState();
        assertEquals(Set.of(Lexicon.OVERALL), forGrade(doc, "It was good in every area.", "good", 2020));
        assertTrue(doc.allAreas);
    }

    @Test
    void noAreaImpliesTheWholeOrAChildProtectionInspectionsSafeguarding() {
        DocumentState doc = new DocumentState();
        assertEquals(Set.of(Lexicon.OVERALL), forGrade(doc, "The council was judged inadequate.", "inadequate", 2020));
        assertTrue(doc.areaImplied);
        DocumentState cp = new DocumentState();
        cp.cpInspection = true;
        assertEquals(Set.of(Lexicon.SAFEGUARDING), forGrade(cp, "The council was judged inadequate.", "inadequate", 2020));
        assertEquals(Set.of(Lexicon.SAFEGUARDING),
                forGrade(new DocumentState(), "The council was judged adequate.", "adequate", 2013));
        assertEquals(Set.of(Lexicon.SAFEGUARDING),
                forGrade(new DocumentState(), "The council was judged adequate.", "adequate", 2011));
        assertEquals(Set.of(Lexicon.OVERALL),
                forGrade(new DocumentState(), "The council was judged inadequate.", "inadequate", 2011));
    }

    @Test
    void theAnnualAssessmentsStayingSafeOutcomeIsNoJudgementArea() {
        DocumentState doc = new DocumentState();
        Set<String> areas = forGrade(doc, "Keeping children safe was rated adequate.", "adequate", 2007);
        assertTrue(areas.isEmpty());
        assertTrue(doc.stayingSafeNamed);
        assertFalse(doc.areaImplied);
    }

    @Test
    void aListAfterAColonIsKeptWhenItNamesTwoAreasOrMore() {
        Tokens t = StageTokens.of("The inspection looked at three areas: the impact of leaders, children in care and care leavers.");
        assertEquals(List.of(Lexicon.LEADERSHIP, Lexicon.IN_CARE, Lexicon.CARE_LEAVERS), List.copyOf(JudgementAreas.listed(t, 2020)));
        assertEquals(Set.of(), JudgementAreas.listed(StageTokens.of("The inspection looked at three areas: adoption."), 2020));
        assertEquals(Set.of(), JudgementAreas.listed(StageTokens.of("It looked at adoption and fostering."), 2020));
    }

    @Test
    void theAreasASentenceNamesLeaveOutTheWholeAndFollowTheEra() {
        Tokens t = StageTokens.of("Inspectors looked at overall effectiveness, child protection and fostering.");
        assertEquals(List.of(Lexicon.HELP, Lexicon.FOSTERING), List.copyOf(JudgementAreas.named(t, 2016)));
        assertEquals(List.of(Lexicon.SAFEGUARDING, Lexicon.FOSTERING), List.copyOf(JudgementAreas.named(t, 2010)));
    }
}
