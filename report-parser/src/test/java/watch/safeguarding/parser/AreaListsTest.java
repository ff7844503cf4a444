package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.parser.StageTokens.at;

import org.junit.jupiter.api.Test;

class AreaListsTest {

    @Test
    void aCountedListStartsAtItsDashOrColon() {
        Tokens t = StageTokens.of("It requires improvement in three key areas - help and protection and care leavers.");
        assertEquals(at(t, "areas") + 1, AreaLists.countThenList(t, at(t, "in"), AreaMentions.find(t)));
        Tokens colon = StageTokens.of("It is good in two of the four areas: leadership and adoption.");
        assertEquals(at(colon, "areas") + 1, AreaLists.countThenList(colon, at(colon, "in"), AreaMentions.find(colon)));
    }

    @Test
    void aCountWithoutNamedAreasIsNoList() {
        Tokens t = StageTokens.of("It requires improvement in three key areas, inspectors said.");
        assertEquals(-1, AreaLists.countThenList(t, at(t, "in"), AreaMentions.find(t)));
        Tokens far = StageTokens.of("It is good in three areas - as the inspectors said at length, the adoption service.");
        assertEquals(-1, AreaLists.countThenList(far, at(far, "in"), AreaMentions.find(far)));
    }

    @Test
    void aListContinuesOverCommasAndAndButNotOverAVerbOrAnException() {
        Tokens t = StageTokens.of("leaders, the experiences and progress of care leavers");
        assertTrue(AreaLists.listContinuation(t, at(t, "leaders") + 1, at(t, "care")));
        Tokens verb = StageTokens.of("leaders were good and care leavers");
        assertFalse(AreaLists.listContinuation(verb, at(verb, "leaders") + 1, at(verb, "care")));
        Tokens except = StageTokens.of("all areas, except care leavers");
        assertFalse(AreaLists.listContinuation(except, at(except, "areas") + 1, at(except, "care")));
        // a phrase or clause of its own: "..., with overall effectiveness as ...", "... whereas care leavers ..."
        Tokens with = StageTokens.of("good for leaders, with care leavers as inadequate");
        assertFalse(AreaLists.listContinuation(with, at(with, "leaders") + 1, at(with, "care")));
        Tokens whereas = StageTokens.of("good for leaders, and whereas care leavers");
        assertFalse(AreaLists.listContinuation(whereas, at(whereas, "leaders") + 1, at(whereas, "care")));
        Tokens noSeparator = StageTokens.of("leaders of children");
        assertFalse(AreaLists.listContinuation(noSeparator, 1, 2));
    }

    @Test
    void aSmallGapHoldsOnlyLinkingWords() {
        Tokens t = StageTokens.of("adoption, and the fostering");
        assertTrue(AreaLists.smallGap(t, 1, at(t, "fostering")));
        Tokens wide = StageTokens.of("adoption was fostering");
        assertFalse(AreaLists.smallGap(wide, 1, 2));
    }
}
