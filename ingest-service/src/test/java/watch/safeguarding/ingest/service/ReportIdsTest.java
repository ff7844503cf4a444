package watch.safeguarding.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportIdsTest {

    @Test
    void theIdIsTheFirst32HexCharactersOfTheSha256OfTheNormalisedText() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea414140de5dae2223", ReportIds.of("abc"));
        assertTrue(ReportIds.of("Rutland rated inadequate").matches("[0-9a-f]{32}"));
    }

    @Test
    void whiteSpaceRunsCollapseAndTheEndsAreTrimmed() {
        String id = ReportIds.of("Rutland rated inadequate");
        assertEquals(id, ReportIds.of("  Rutland\n\n\trated   inadequate \r\n"));
        assertEquals(id, ReportIds.of("Rutland\u00a0rated\u2003inadequate\u2028"), "Unicode spaces count as white space");
        assertEquals("Rutland rated inadequate", ReportIds.normalise(" Rutland \u00a0\n rated inadequate\t"));
        assertTrue(ReportIds.isBlank(" \u00a0\n\u2028\t"));
        assertFalse(ReportIds.isBlank(" \u00a0x "));
    }

    @Test
    void composedAndDecomposedCharactersAreTheSameText() {
        assertEquals(ReportIds.of("Caf\u00e9 report"), ReportIds.of("Cafe\u0301 report"));
    }

    @Test
    void anyOtherDifferenceIsAnotherReport() {
        assertNotEquals(ReportIds.of("Rutland rated inadequate"), ReportIds.of("Rutland rated Inadequate"));
        assertNotEquals(ReportIds.of("Rutland rated inadequate"), ReportIds.of("Rutland rated inadequate."));
        assertNotEquals(ReportIds.of("ab"), ReportIds.of("a b"), "white space between words is kept as one space");
    }
}
