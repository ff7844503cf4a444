package watch.safeguarding.parser.ofsted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, in content-stream order (Ofsted's tables come out row by row, each label before its
 * grade; sorting by position would interleave wrapped cells). Stateless and thread-safe.
 */
public final class PdfText {

    /** Readers accept the header anywhere in the first KiB (ISO 32000-1, annex H). */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Fewer letters than this over the whole document is no text layer (page numbers of a scan, say). */
    private static final int MIN_LETTERS = 20;

    /**
     * The extracted text, the number of pages it came from, and the day the document says it was made (null if it
     * does not): Ofsted's report PDFs are made within days of publication, a hint when the text prints no date.
     */
    public record Extracted(String text, int pages, LocalDate created) {
    }

    private PdfText() {
    }

    /** Whether the bytes start like a PDF. */
    public static boolean looksLikePdf(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        int limit = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < HEADER.length; j++) {
                if (bytes[i + j] != HEADER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Reads the text of every page. */
    public static Extracted extract(byte[] bytes) throws PdfTextException {
        if (!looksLikePdf(bytes)) {
            throw new PdfTextException(PdfTextException.Reason.NOT_PDF, bytes == null || bytes.length == 0
                    ? "The body is empty. Send the report's PDF file as the body."
                    : "The body is not a PDF: it does not start with the %PDF- header" + sniff(bytes)
                    + ". Send the report's PDF file itself (an HTML error page saved as .pdf is not one); for text, "
                    + "use Content-Type text/plain or text/html.", null);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            String text = pages == 0 ? "" : new PDFTextStripper().getText(doc);
            if (letters(text) < MIN_LETTERS) {
                throw new PdfTextException(PdfTextException.Reason.NO_TEXT, pages == 0
                        ? "The PDF has no pages. Send the whole report."
                        : "The PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                        + " without readable text, probably scanned images). Send the PDF as published by Ofsted, or "
                        + "run it through OCR first, or post its text as text/plain.", null);
            }
            Calendar created = doc.getDocumentInformation().getCreationDate();
            return new Extracted(text, pages, created == null ? null
                    : LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC));
        } catch (InvalidPasswordException e) {
            throw new PdfTextException(PdfTextException.Reason.ENCRYPTED,
                    "The PDF is encrypted and needs a password to open. Send an unprotected copy (Ofsted publishes "
                            + "its reports without passwords).", e);
        } catch (IOException e) {
            throw new PdfTextException(PdfTextException.Reason.DAMAGED,
                    "The PDF cannot be read (" + e.getMessage() + "): it is probably truncated or damaged. Send the "
                            + "complete file again.", e);
        }
    }

    private static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? " (it is an HTML page)" : "";
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
