package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.parser.StageTokens.at;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaMentionsTest {

    @Test
    void findsEachAreaPhraseWithItsTokenSpan() {
        Tokens t = StageTokens.of("Inspectors judged help and protection and children in care to be good.");
        assertEquals(List.of(new Area(at(t, "help"), at(t, "protection") + 1, Lexicon.HELP),
                        new Area(at(t, "children"), at(t, "care") + 1, Lexicon.IN_CARE)),
                AreaMentions.find(t));
    }

    @Test
    void theLongestPhraseAtAWordWins() {
        Tokens t = StageTokens.of("The impact of leaders on social work practice was good.");
        assertEquals(List.of(new Area(at(t, "impact"), at(t, "practice") + 1, Lexicon.LEADERSHIP)), AreaMentions.find(t));
    }

    @Test
    void aPossessiveInsideAPhraseIsSkipped() {
        Tokens t = StageTokens.of("Work with children in the council's care was weak.");
        assertEquals(List.of(new Area(at(t, "children"), at(t, "care") + 1, Lexicon.IN_CARE)), AreaMentions.find(t));
    }

    @Test
    void aPhraseSplitByPunctuationIsStillOneMention() {
        Tokens t = StageTokens.of("Help, and protection.");
        assertEquals(List.of(new Area(0, at(t, "protection") + 1, Lexicon.HELP)), AreaMentions.find(t));
    }

    @Test
    void aSentenceWithoutAreasHasNone() {
        assertTrue(AreaMentions.find(StageTokens.of("The weather in the town was fine on Tuesday.")).isEmpty());
    }
}
