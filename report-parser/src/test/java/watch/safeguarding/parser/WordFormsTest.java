package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void aWordInAnyCaseIsOneLowerCaseString() {
        String text = "Ofsted OFSTED ofsted";
        String first = WordForms.lowerAscii(text, 0, 6);
        assertEquals("ofsted", first);
        assertSame(first, WordForms.lowerAscii(text, 7, 13));
        assertSame(first, WordForms.lowerAscii(text, 14, 20));
    }

    @Test
    void wordsOfTheSameLengthAndLettersInOtherOrderStayApart() {
        String text = "Dear read dare";
        assertEquals("dear", WordForms.lowerAscii(text, 0, 4));
        assertEquals("read", WordForms.lowerAscii(text, 5, 9));
        assertEquals("dare", WordForms.lowerAscii(text, 10, 14));
    }

    @Test
    void aLongWordIsLowerCasedButNotKept() {
        String text = "Supercalifragilisticexpialidocious2024";
        String once = WordForms.lowerAscii(text, 0, text.length());
        assertEquals("supercalifragilisticexpialidocious2024", once);
        assertNotSame(once, WordForms.lowerAscii(text, 0, text.length()));
    }
}
