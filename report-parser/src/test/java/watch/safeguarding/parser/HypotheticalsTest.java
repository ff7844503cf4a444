package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HypotheticalsTest {

    private static boolean hypothetical(String s) {
        Tokens t = StageTokens.of(s);
        return Hypotheticals.hypotheticalCue(t, StageTokens.grade(t, "good"), 0, List.of()) >= 0;
    }

    private static boolean modalPassive(String s) {
        Tokens t = StageTokens.of(s);
        return Hypotheticals.modalPassive(t, StageTokens.grade(t, "good"));
    }

    @Test
    void aModalAimOrRiskBeforeTheGradeIsHypothetical() {
        assertTrue(hypothetical("Services could be rated good."));
        assertTrue(hypothetical("The council aims to be good by 2025."));
        assertTrue(hypothetical("It is at risk of being rated no better than good."));
        assertFalse(hypothetical("Ofsted judged services to be good."));
        assertFalse(hypothetical("Services run by Achieving for Children were rated good."));
    }

    @Test
    void aModalsPassiveOfTheRatingVerbGivesNoGrade() {
        assertTrue(modalPassive("Services could be rated good at the next inspection."));
        assertTrue(modalPassive("Services will not be judged as 'good' until then."));
        assertTrue(modalPassive("Services may be upgraded to good."));
        assertFalse(modalPassive("Services have been rated good."));
        assertFalse(modalPassive("Services could improve and were rated good."));
        assertEquals(Set.of(), Parsed.tuples("Date: 3 May 2024\nKent County Council's children's services could be rated "
                + "inadequate at the next inspection, councillors heard."));
    }

    @Test
    void aConditionalAfterTheGradeOrTheNextInspectionMakesItAFearOrATarget() {
        Tokens fear = StageTokens.of("Another inadequate rating would lead to intervention.");
        assertTrue(Hypotheticals.conditionalAfter(fear, StageTokens.grade(fear, "inadequate")));
        Tokens target = StageTokens.of("The council wants to be good at the next inspection.");
        assertTrue(Hypotheticals.forNextTime(target, StageTokens.grade(target, "good")));
        Tokens given = StageTokens.of("The council was rated good at its inspection in May.");
        assertFalse(Hypotheticals.forNextTime(given, StageTokens.grade(given, "good")));
    }
}
