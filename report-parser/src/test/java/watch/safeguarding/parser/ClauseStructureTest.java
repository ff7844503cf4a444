package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.parser.StageTokens.at;

import org.junit.jupiter.api.Test;

class ClauseStructureTest {

    @Test
    void gradesJoinedByAConjunctionOrCommaAreCoordinatedButNotAcrossASemicolon() {
        Tokens and = StageTokens.of("inadequate for adoption and good for fostering");
        assertTrue(ClauseStructure.coordinated(and, at(and, "inadequate") + 1, at(and, "good")));
        Tokens semicolon = StageTokens.of("inadequate for adoption; good for fostering");
        assertFalse(ClauseStructure.coordinated(semicolon, at(semicolon, "inadequate") + 1, at(semicolon, "good")));
        Tokens none = StageTokens.of("inadequate for adoption good");
        assertFalse(ClauseStructure.coordinated(none, 1, at(none, "good")));
    }

    @Test
    void gradesOfOneVerbAreTightlyJoinedByAndOrAndQuotesAlone() {
        Tokens quoted = StageTokens.of("judged as 'good' and 'outstanding'");
        assertTrue(ClauseStructure.tightlyJoined(quoted, at(quoted, "good") + 1, at(quoted, "outstanding")));
        Tokens areas = StageTokens.of("inadequate for adoption and good for fostering");
        assertFalse(ClauseStructure.tightlyJoined(areas, at(areas, "inadequate") + 1, at(areas, "good")));
        Tokens change = StageTokens.of("from good to outstanding");
        assertFalse(ClauseStructure.tightlyJoined(change, at(change, "good") + 1, at(change, "outstanding")));
    }

    @Test
    void aCommaASemicolonOrADashIsPunctuationBetween() {
        Tokens t = StageTokens.of("since the services were condemned, the borough - now good");
        assertFalse(ClauseStructure.punctuationBetween(t, 0, at(t, "condemned") + 1));
        assertTrue(ClauseStructure.punctuationBetween(t, 0, at(t, "borough")));
    }

    @Test
    void punctuationAndConjunctionsBoundAClause() {
        Tokens t = StageTokens.of("rated good, then inadequate before it improved");
        assertTrue(ClauseStructure.clauseBoundary(t, at(t, "good") + 1));
        assertTrue(ClauseStructure.clauseBoundary(t, at(t, "then")));
        assertTrue(ClauseStructure.clauseBoundary(t, at(t, "before")));
        assertFalse(ClauseStructure.clauseBoundary(t, at(t, "rated")));
    }

    @Test
    void aYearInsideACommaClosedRelativeClauseIsTheClausesOwn() {
        Tokens t = StageTokens.of("In the town, where a review in 2007 changed practice, services were judged good.");
        assertTrue(ClauseStructure.inRelativeClause(t, at(t, "2007"), at(t, "good")));
        Tokens open = StageTokens.of("In the town, where a review in 2007 found services good.");
        assertFalse(ClauseStructure.inRelativeClause(open, at(open, "2007"), at(open, "good")));
        Tokens main = StageTokens.of("In 2007, services were judged good.");
        assertFalse(ClauseStructure.inRelativeClause(main, at(main, "2007"), at(main, "good")));
        // a bullet or a dash ends the clause a "who" opened
        Tokens bullets = StageTokens.of("\u2022 Children who need help - good \u2022 Leadership, management and governance - good");
        assertFalse(ClauseStructure.inRelativeClause(bullets, at(bullets, "leadership"), bullets.size - 1));
    }
}
