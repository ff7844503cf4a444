package watch.safeguarding.events;

import java.time.Instant;
import java.util.List;

/**
 * Topic {@code reports.parsed}, keyed by {@code reportId}: one message per accepted report.
 *
 * @param kind       {@link #KIND_NEWS} or {@link #KIND_OFSTED_REPORT} (an inspection report: its outcomes are official)
 * @param inspection what an Ofsted report says of its inspection; null for news
 */
public record ReportParsed(
        String schema,
        String reportId,
        Instant receivedAt,
        Source source,
        String text,
        List<Outcome> outcomes,
        List<CouncilRef> councilsMentioned,
        String parserVersion,
        String kind,
        Inspection inspection) {

    public static final String SCHEMA = "report.parsed/1";
    public static final String TOPIC = "reports.parsed";
    public static final String KIND_NEWS = "news";
    public static final String KIND_OFSTED_REPORT = "ofsted_report";

    public ReportParsed {
        kind = kind == null ? KIND_NEWS : kind;
    }

    public boolean official() {
        return KIND_OFSTED_REPORT.equals(kind);
    }
}
