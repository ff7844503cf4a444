package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void readsTheTextLayerOfEveryPageInOrder() throws Exception {
        String[] lines = new String[60];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "Line number " + i + " of the report";
        }
        PdfText.Extracted e = PdfText.extract(TestPdfs.of(lines));
        assertEquals(2, e.pages());
        String[] got = e.text().strip().split("\\R");
        assertArrayEquals(lines, Arrays.stream(got).map(String::strip).toArray(String[]::new));
    }

    @Test
    void theDayTheDocumentWasMade() throws Exception {
        assertEquals(LocalDate.of(2024, 1, 11),
                PdfText.extract(TestPdfs.madeOn(LocalDate.of(2024, 1, 11), "A report made on a known day.")).created());
        assertNull(PdfText.extract(TestPdfs.of("A report with no document information.")).created());
    }

    @Test
    void anHtmlPageSavedAsPdfIsNotAPdf() {
        byte[] html = "<!DOCTYPE html><html><head><title>Report not found</title></head><body>Sorry</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(PdfText.looksLikePdf(html));
        PdfTextException e = assertThrows(PdfTextException.class, () -> PdfText.extract(html));
        assertEquals(PdfTextException.Reason.NOT_PDF, e.reason());
        assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
        assertEquals(PdfTextException.Reason.NOT_PDF,
                assertThrows(PdfTextException.class, () -> PdfText.extract(new byte[0])).reason());
        assertEquals(PdfTextException.Reason.NOT_PDF,
                assertThrows(PdfTextException.class, () -> PdfText.extract(null)).reason());
    }

    @Test
    void theHeaderMayFollowALittleJunk() {
        byte[] pdf = TestPdfs.of("Some text on the page to read.");
        byte[] prefixed = new byte[pdf.length + 3];
        prefixed[0] = '\r';
        prefixed[1] = '\n';
        prefixed[2] = ' ';
        System.arraycopy(pdf, 0, prefixed, 3, pdf.length);
        assertTrue(PdfText.looksLikePdf(prefixed));
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted() {
        byte[] pdf = TestPdfs.encrypted("secret", "A confidential page of text that needs a password.");
        PdfTextException e = assertThrows(PdfTextException.class, () -> PdfText.extract(pdf));
        assertEquals(PdfTextException.Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void aPdfWithoutTextHasNoTextLayer() {
        PdfTextException e = assertThrows(PdfTextException.class, () -> PdfText.extract(TestPdfs.blankPage()));
        assertEquals(PdfTextException.Reason.NO_TEXT, e.reason());
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsDamaged() {
        byte[] pdf = TestPdfs.of("A page of text that will be cut short.");
        byte[] cut = Arrays.copyOf(pdf, 40);
        PdfTextException e = assertThrows(PdfTextException.class, () -> PdfText.extract(cut));
        assertEquals(PdfTextException.Reason.DAMAGED, e.reason());
    }
}
