package watch.safeguarding.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void nonBlankLinesKeepTheirLineNumbers() {
        assertEquals(List.of(new NdjsonLines.Line(1, "{\"a\":1}"), new NdjsonLines.Line(3, "{\"b\":2}"), new NdjsonLines.Line(5, " {\"c\":3}")),
                NdjsonLines.split("{\"a\":1}\n\n{\"b\":2}\n  \t\n {\"c\":3}\n"));
    }

    @Test
    void windowsLineEndsAndAMissingFinalNewlineAreFine() {
        assertEquals(List.of(new NdjsonLines.Line(1, "{}"), new NdjsonLines.Line(2, "[]")), NdjsonLines.split("{}\r\n[]"));
    }

    @Test
    void nothingButBlankLinesIsNothing() {
        assertEquals(List.of(), NdjsonLines.split(""));
        assertEquals(List.of(), NdjsonLines.split("\n\r\n  \n"));
    }

    @Test
    void aNewlineInsideAJsonStringIsEscapedSoNeverSplitsARecord() {
        assertEquals(1, NdjsonLines.split("{\"text\":\"two\\nlines\"}\n").size());
    }
}
