package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import watch.safeguarding.parser.decide.DecisionModel;
import watch.safeguarding.parser.ofsted.OfstedReportReader;
import watch.safeguarding.parser.ofsted.PdfText;
import watch.safeguarding.parser.ofsted.PdfTextException;

/**
 * Extracts Ofsted children's services inspection outcomes from report text. Immutable and thread-safe;
 * {@link #parse} and {@link #parseHtml} never throw. Ofsted's own inspection reports (as PDF or as their text) are
 * read by their own stage, {@link OfstedReportReader}; everything else by the news extractor.
 */
public final class ReportParser {

    /** Bumped whenever the extraction rules change. */
    public static final String VERSION = "1.1.0";

    private static volatile ReportParser builtIn;

    private final Gazetteer gazetteer;
    private final NewsExtractor extractor;
    private final OfstedReportReader ofsted;

    public ReportParser(Gazetteer gazetteer) {
        this(gazetteer, DecisionModel.builtIn());
    }

    /** A parser whose decisions are taken by the given model; null leaves them to the hand-written rules. */
    public ReportParser(Gazetteer gazetteer, DecisionModel model) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.extractor = new NewsExtractor(gazetteer, model);
        this.ofsted = new OfstedReportReader(gazetteer);
    }

    /** A parser over the built-in gazetteer (a shared instance). */
    public static ReportParser withBuiltInGazetteer() {
        ReportParser p = builtIn;
        if (p == null) {
            synchronized (ReportParser.class) {
                p = builtIn;
                if (p == null) {
                    p = new ReportParser(Gazetteer.builtIn());
                    builtIn = p;
                }
            }
        }
        return p;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Parses plain text. A leading {@code URL: ...} line followed by a blank line is metadata. Null gives an empty result. */
    public ParsedReport parse(String text) {
        return parse(text, null);
    }

    private ParsedReport parse(String text, LocalDate documentDate) {
        if (text == null) {
            return ParsedReport.empty();
        }
        try {
            if (ofsted.recognises(text)) {
                return ofsted.read(text, documentDate);
            }
            return extractor.extract(text, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedReport(text, List.of(), List.of(), null, null, null);
        }
    }

    /**
     * Parses a PDF by its text layer (an Ofsted report goes to its own stage, anything else to the news extractor).
     *
     * @throws PdfTextException when the bytes are not a PDF, need a password, or have no text to read
     */
    public ParsedReport parsePdf(byte[] pdf) throws PdfTextException {
        PdfText.Extracted extracted = PdfText.extract(pdf);
        return parse(extracted.text(), extracted.created());
    }

    /** The candidate outcomes of a text (HTML when {@code html}) with their cues, before the learned decisions. */
    public List<Candidate> candidates(String text, boolean html) {
        if (text == null) {
            return List.of();
        }
        if (html) {
            HtmlText.Page page = HtmlText.extract(text);
            return extractor.candidates(page.text(), page);
        }
        return extractor.candidates(text, null);
    }

    /** Parses an HTML page: its visible text without navigation, headers, footers, scripts, forms and banners. */
    public ParsedReport parseHtml(String html) {
        if (html == null) {
            return ParsedReport.empty();
        }
        try {
            HtmlText.Page page = HtmlText.extract(html);
            return extractor.extract(page.text(), page);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedReport("", List.of(), List.of(), null, null, null);
        }
    }
}
