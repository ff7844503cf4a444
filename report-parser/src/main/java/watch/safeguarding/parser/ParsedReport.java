package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.List;
import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;

/**
 * What the parser found in one report.
 *
 * @param text              the cleaned text the parser read (without the URL metadata line)
 * @param outcomes          every judgement the text states, deduplicated
 * @param councilsMentioned councils named in the text, in order of first mention
 * @param url               from a leading {@code URL:} line, or null
 * @param title             the title if one could be identified, or null
 * @param publishedDate     the publication date if the text gives one, or null
 * @param kind              {@link ReportParsed#KIND_NEWS} or {@link ReportParsed#KIND_OFSTED_REPORT} (Ofsted's own
 *                          inspection report or visit letter: its outcomes are official)
 * @param inspection        what an Ofsted report states of its inspection; null for news
 */
public record ParsedReport(String text, List<Outcome> outcomes, List<CouncilRef> councilsMentioned, String url,
                           String title, LocalDate publishedDate, String kind, Inspection inspection) {

    public ParsedReport {
        text = text == null ? "" : text;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        councilsMentioned = councilsMentioned == null ? List.of() : List.copyOf(councilsMentioned);
        kind = kind == null ? ReportParsed.KIND_NEWS : kind;
    }

    /** A news report. */
    public ParsedReport(String text, List<Outcome> outcomes, List<CouncilRef> councilsMentioned, String url,
                        String title, LocalDate publishedDate) {
        this(text, outcomes, councilsMentioned, url, title, publishedDate, ReportParsed.KIND_NEWS, null);
    }

    public static ParsedReport empty() {
        return new ParsedReport("", List.of(), List.of(), null, null, null);
    }

    public boolean ofstedReport() {
        return ReportParsed.KIND_OFSTED_REPORT.equals(kind);
    }
}
