package watch.safeguarding.parser.ofsted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made in the test: lines of text in Helvetica, 48 lines a page, optionally protected by a password. */
public final class TestPdfs {

    private static final int LINES_PER_PAGE = 48;

    private TestPdfs() {
    }

    /** A PDF whose text layer is the given lines, in order. */
    public static byte[] of(String... lines) {
        return build(null, null, lines);
    }

    /** The same, saying in its document information that it was made on the given day. */
    public static byte[] madeOn(LocalDate created, String... lines) {
        return build(null, created, lines);
    }

    /** A PDF that needs the given password to open. */
    public static byte[] encrypted(String password, String... lines) {
        return build(password, null, lines);
    }

    /** A PDF with one page and nothing on it. */
    public static byte[] blankPage() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build(String password, LocalDate created, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            if (created != null) {
                doc.getDocumentInformation().setCreationDate(GregorianCalendar.from(
                        created.atStartOfDay(ZoneOffset.UTC)));
            }
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int from = 0; from < Math.max(1, lines.length); from += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 740);
                    for (int i = from; i < Math.min(lines.length, from + LINES_PER_PAGE); i++) {
                        cs.showText(lines[i]);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
