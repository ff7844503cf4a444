package watch.safeguarding.parser;

import java.util.List;
import java.util.Objects;

/**
 * Extracts Ofsted children's services inspection outcomes from report text. Immutable and thread-safe;
 * {@link #parse} and {@link #parseHtml} never throw.
 */
public final class ReportParser {

    /** Bumped whenever the extraction rules change. */
    public static final String VERSION = "1.0.0";

    private static volatile ReportParser builtIn;

    private final Gazetteer gazetteer;
    private final Extractor extractor;

    public ReportParser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.extractor = new Extractor(gazetteer);
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
        if (text == null) {
            return ParsedReport.empty();
        }
        try {
            return extractor.extract(text, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedReport(text, List.of(), List.of(), null, null, null);
        }
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
