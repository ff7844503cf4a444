package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradeAreasTest {

    /** The areas of the sentence's first {@code grade}, its window the whole sentence. */
    private static List<String> areasFor(DocumentState doc, String sentence, String grade) {
        Tokens t = StageTokens.of(sentence);
        return List.copyOf(GradeAreas.areasFor(doc, t, StageTokens.grade(t, grade), 0, t.size, AreaMentions.find(t), 2020));
    }

    private static List<String> areasFor(String sentence, String grade) {
        return areasFor(new DocumentState(), sentence, grade);
    }

    @Test
    void anAreaAfterAPrepositionAndTheListItOpens() {
        assertEquals(List.of(Lexicon.HELP), areasFor("Ofsted rated the council inadequate for help and protection.", "inadequate"));
        assertEquals(List.of(Lexicon.IN_CARE, Lexicon.CARE_LEAVERS),
                areasFor("The council was judged good for children in care and care leavers.", "good"));
    }

    @Test
    void anAreaBeforeTheGradeAndTheListItEnds() {
        assertEquals(List.of(Lexicon.LEADERSHIP), areasFor("The impact of leaders was judged good.", "good"));
        assertEquals(List.of(Lexicon.ADOPTION, Lexicon.FOSTERING), areasFor("Adoption and fostering were judged good.", "good"));
    }

    @Test
    void notAcrossAWhenClause() {
        DocumentState doc = new DocumentState();
        assertEquals(List.of(Lexicon.OVERALL),
                areasFor(doc, "Adoption was reviewed in 2021, when the council was judged good.", "good"));
        assertTrue(doc.areaImplied);
    }

    @Test
    void aGradeWithoutAVerbQualifiesTheAreaAfterIt() {
        assertEquals(List.of(Lexicon.FOSTERING), areasFor("The council's previously 'inadequate' fostering services improved.", "inadequate"));
    }

    @Test
    void aColonAfterEveryAreaNamesThem() {
        DocumentState doc = new DocumentState();
        assertEquals(List.of(Lexicon.OVERALL, Lexicon.LEADERSHIP, Lexicon.CARE_LEAVERS),
                areasFor(doc, "It was rated outstanding in every area: the impact of leaders and care leavers.", "outstanding"));
        assertFalse(doc.allAreas);
    }

    @Test
    void asWasAndAsWellAsAddTheirArea() {
        assertEquals(List.of(Lexicon.ADOPTION, Lexicon.FOSTERING), areasFor("Adoption was judged good, as was fostering.", "good"));
        assertEquals(List.of(Lexicon.OVERALL, Lexicon.LEADERSHIP),
                areasFor("Inspectors rated overall effectiveness good, as well as the impact of leaders.", "good"));
    }

    @Test
    void aCountedListAfterTheGradeGivesItsAreas() {
        Tokens t = StageTokens.of("It requires improvement in two key areas - help and protection and care leavers.");
        Grade g = new Grade(StageTokens.at(t, "requires"), StageTokens.at(t, "improvement") + 1, "requires_improvement", false);
        assertEquals(List.of(Lexicon.HELP, Lexicon.CARE_LEAVERS),
                List.copyOf(GradeAreas.areasFor(new DocumentState(), t, g, 0, t.size, AreaMentions.find(t), 2020)));
    }

    @Test
    void anaphoraTakesTheAreasGradedOrListedBefore() {
        DocumentState doc = new DocumentState();
        doc.lastAreas = Set.of(Lexicon.FOSTERING);
        assertEquals(List.of(Lexicon.FOSTERING), areasFor(doc, "It was also judged good in this area.", "good"));
        DocumentState listed = new DocumentState();
        listed.listedAreas = Set.of(Lexicon.ADOPTION);
        assertEquals(List.of(Lexicon.ADOPTION), areasFor(listed, "All these areas were judged good.", "good"));
        DocumentState named = new DocumentState();
        named.namedAreas.add(Lexicon.LEADERSHIP);
        assertEquals(List.of(Lexicon.LEADERSHIP), areasFor(named, "Each was rated good.", "good"));
    }

    @Test
    void anUnnamedObjectOfForImpliesTheWhole() {
        DocumentState doc = new DocumentState();
        assertEquals(List.of(Lexicon.OVERALL), areasFor(doc, "The council was judged inadequate for families.", "inadequate"));
        assertTrue(doc.areaImplied);
    }

    @Test
    void anAnnualPerformanceGradeIsTheAnnualRating() {
        Tokens t = StageTokens.of("The council performs well.");
        Grade g = new Grade(StageTokens.at(t, "performs"), StageTokens.at(t, "well") + 1, "performs_well", true);
        assertEquals(Set.of(Lexicon.ANNUAL), GradeAreas.areasFor(new DocumentState(), t, g, 0, t.size, AreaMentions.find(t), 2006));
    }
}
