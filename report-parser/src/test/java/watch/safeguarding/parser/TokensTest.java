package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static Tokens of(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static List<String> lower(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            out.add(t.lower[i]);
        }
        return out;
    }

    @Test
    void aPossessiveIsAWordOfItsOwnAndAmpersandIsAnd() {
        Tokens t = of("Slough Council's children & families, rated 'good'.");
        assertEquals(List.of("slough", "council", "'s", "children", "and", "families", ",", "rated", "'", "good", "'", "."),
                lower(t));
        assertTrue(t.word[2] && t.word[4]);
        assertFalse(t.word[6]);
    }

    @Test
    void anApostropheThatIsNoPossessiveIsPunctuation() {
        assertEquals(List.of("the", "councils", "'", "services"), lower(of("the councils' services")));
        assertEquals(List.of("don", "'", "t"), lower(of("don't")));
    }

    @Test
    void offsetsPointIntoTheTextAndARangeIsReadAlone() {
        String s = "Date: 3 May 2023. Birmingham City Council";
        Tokens t = Tokens.of(s, 18, s.length());
        assertEquals(List.of("birmingham", "city", "council"), lower(t));
        assertEquals("City", s.substring(t.start[1], t.end[1]));
    }

    @Test
    void caseIsRecordedPerWord() {
        Tokens t = of("Ofsted rated SEND provision in North Northamptonshire Ébène");
        assertTrue(t.upper[0]);
        assertFalse(t.allCaps[0]);
        assertTrue(t.allCaps[2]);
        assertFalse(t.upper[3]);
        assertTrue(t.upper[6]);
        assertEquals("ébène", t.lower[7]);
        assertTrue(t.upper[7]);
    }

    @Test
    void aOneLetterCapitalIsNotAllCapitals() {
        Tokens t = of("A council");
        assertTrue(t.upper[0]);
        assertFalse(t.allCaps[0]);
    }

    @Test
    void yearsAreFourDigitsFrom1990To2035() {
        Tokens t = of("in 2023 not 1989 or 2036 or 20234 or 2k23");
        assertTrue(t.isYear(1));
        assertFalse(t.isYear(3));
        assertFalse(t.isYear(5));
        assertFalse(t.isYear(7));
        assertFalse(t.isYear(9));
        assertFalse(t.isYear(99));
    }

    @Test
    void aHyphenJoinsOnlyWordsItTouches() {
        assertTrue(of("good-quality care").hyphenAfter(0));
        assertFalse(of("good - quality care").hyphenAfter(0));
        assertFalse(of("good-").hyphenAfter(0));
    }

    @Test
    void quotesAndPunctuationAreFoundByCharacter() {
        Tokens t = of("\"good\" (rated)");
        assertTrue(t.isQuote(0));
        assertFalse(t.isQuote(1));
        assertTrue(Tokens.isPunct(t, 3, '('));
        assertFalse(Tokens.isPunct(t, 3, ')'));
        assertFalse(Tokens.isPunct(t, -1, '('));
    }

    @Test
    void aLongSentenceGrowsTheArrays() {
        Tokens t = of("good ".repeat(100));
        assertEquals(100, t.size);
        assertTrue(t.is(99, "good"));
        assertFalse(t.is(100, "good"));
    }
}
