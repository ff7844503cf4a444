package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.parser.StageTokens.at;

import org.junit.jupiter.api.Test;

class EarlierInspectionCuesTest {

    private static boolean attributive(String sentence, String grade) {
        Tokens t = StageTokens.of(sentence);
        return EarlierInspectionCues.attributive(t, StageTokens.grade(t, grade), 0);
    }

    private static boolean repeated(String sentence, String grade) {
        Tokens t = StageTokens.of(sentence);
        return EarlierInspectionCues.repeated(t, StageTokens.grade(t, grade), 0, t.size);
    }

    @Test
    void aGradeBeforeANounOfTheServicesIsAttributiveUnlessAVerbGivesIt() {
        assertTrue(attributive("The council's 'inadequate' children's services are improving.", "inadequate"));
        assertTrue(attributive("An 'inadequate'-rated department was criticised.", "inadequate"));
        assertFalse(attributive("The council was rated inadequate services.", "inadequate"));
        assertFalse(attributive("Ofsted found inadequate practice.", "inadequate"));
    }

    @Test
    void aVerbOfVerdictGivesTheAttributiveGradeNowUnlessItIsAlreadyRated() {
        Tokens slams = StageTokens.of("Ofsted slams Cornwall's 'inadequate' children's services");
        assertTrue(EarlierInspectionCues.verdictOn(slams, StageTokens.grade(slams, "inadequate"), 0));
        Tokens rated = StageTokens.of("Inspectorate praises good-rated Gateshead for its progress");
        assertFalse(EarlierInspectionCues.verdictOn(rated, StageTokens.grade(rated, "good"), 0));
        Tokens progress = StageTokens.of("Inspectors praise progress of 'inadequate' children's services trust");
        assertFalse(EarlierInspectionCues.verdictOn(progress, StageTokens.grade(progress, "inadequate"), 0));
        Tokens clause = StageTokens.of("Ofsted praised the council, whose 'inadequate' services have improved");
        assertFalse(EarlierInspectionCues.verdictOn(clause, StageTokens.grade(clause, "inadequate"), 0));
    }

    @Test
    void remainingOrAgainOrASecondTimeIsARepeatedGrade() {
        assertTrue(repeated("The council remains inadequate.", "inadequate"));
        assertTrue(repeated("It was rated good again.", "good"));
        assertTrue(repeated("It was inadequate for the second time.", "inadequate"));
        assertFalse(repeated("It was rated good, and again praised.", "good"));
        assertFalse(repeated("It was rated good for the first time.", "good"));
    }

    @Test
    void anOldOrPreviousFrameworkIsAnEarlierEra() {
        DocumentState doc = new DocumentState();
        Tokens old = StageTokens.of("under the old framework");
        assertTrue(EarlierInspectionCues.olderFramework(old, at(old, "framework"), doc));
        Tokens single = StageTokens.of("under the single inspection framework");
        doc.refYear = 2016;
        assertFalse(EarlierInspectionCues.olderFramework(single, at(single, "framework"), doc));
        doc.refYear = 2020;
        assertTrue(EarlierInspectionCues.olderFramework(single, at(single, "framework"), doc));
    }

    @Test
    void aSentenceOpeningWithTheLastInspection() {
        assertTrue(EarlierInspectionCues.openingLast(StageTokens.of("At the previous inspection it was good.")));
        assertTrue(EarlierInspectionCues.openingLast(StageTokens.of("In its last review, it was good.")));
        assertFalse(EarlierInspectionCues.openingLast(StageTokens.of("It was good at the last inspection.")));
        assertTrue(EarlierInspectionCues.containsPreviousInspection(StageTokens.of("It was good at the last inspection.")));
        assertFalse(EarlierInspectionCues.containsPreviousInspection(StageTokens.of("It was good at the last minute.")));
    }

    @Test
    void thatInspectionRefersBack() {
        assertTrue(EarlierInspectionCues.refersToThatInspection(StageTokens.of("At that inspection it was good.")));
        assertFalse(EarlierInspectionCues.refersToThatInspection(StageTokens.of("That was an inspection.")));
        assertTrue(EarlierInspectionCues.refersToThatInspection(StageTokens.of("The judgement was 'inadequate' overall.")));
        assertFalse(EarlierInspectionCues.refersToThatInspection(StageTokens.of("The outcome from the inspection was good.")));
    }

    @Test
    void alsoAddsTheGradeToThoseJustGiven() {
        Tokens t = StageTokens.of("Help and protection was also judged inadequate.");
        assertTrue(EarlierInspectionCues.also(t, StageTokens.grade(t, "inadequate"), 0));
        Tokens far = StageTokens.of("Ofsted also said that, after a long inspection, services were inadequate.");
        assertFalse(EarlierInspectionCues.also(far, StageTokens.grade(far, "inadequate"), 0));
    }
}
