package watch.safeguarding.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void textKeepsItsLinesAndLosesOtherControlCharacters() {
        assertEquals("Kent\trated\r\ninadequate\nnext page", ControlCharacters.strip("Ke\u0000nt\trated\r\nin\u001badequate\fnext\u007f page"));
        String clean = "nothing to remove: é ü \u00a0";
        assertSame(clean, ControlCharacters.strip(clean));
    }

    @Test
    void oneLineValuesTurnBreaksIntoSpaces() {
        assertEquals("A title on two lines", ControlCharacters.inLine("A title\non two\u0000 lines"));
        assertEquals(-1, ControlCharacters.firstControl("plain"));
        assertEquals(3, ControlCharacters.firstControl("abc\u0000"));
    }
}
