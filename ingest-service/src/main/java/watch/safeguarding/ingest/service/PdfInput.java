package watch.safeguarding.ingest.service;

import java.util.Map;

import watch.safeguarding.parser.ParsedReport;
import watch.safeguarding.parser.ReportParser;
import watch.safeguarding.parser.ofsted.PdfTextException;

/**
 * A posted PDF (an Ofsted inspection report, usually), read by the parser's PDF support. A body that is not a PDF is
 * 415; a PDF without readable text (damaged, encrypted, scanned) is 422, each with what was wrong and how to fix it.
 */
public final class PdfInput {

    public static final String MEDIA_TYPE = "application/pdf";

    private PdfInput() {
    }

    /** The parser's reading of the PDF, or the problem that says why it has no text to read. */
    static ParsedReport parse(ReportParser parser, byte[] pdf) {
        try {
            return parser.parsePdf(pdf);
        } catch (PdfTextException e) {
            throw problem(e);
        }
    }

    static ProblemException problem(PdfTextException e) {
        Map<String, Object> reason = Map.of("pdfProblem", e.reason().name());
        return switch (e.reason()) {
            case NOT_PDF -> new ProblemException(415, "not-a-pdf", "Not a PDF", e.getMessage(), reason);
            case DAMAGED -> new ProblemException(422, "damaged-pdf", "Damaged PDF", e.getMessage(), reason);
            case ENCRYPTED -> new ProblemException(422, "encrypted-pdf", "Encrypted PDF", e.getMessage(), reason);
            case NO_TEXT -> new ProblemException(422, "pdf-without-text", "PDF without text", e.getMessage(), reason);
        };
    }
}
