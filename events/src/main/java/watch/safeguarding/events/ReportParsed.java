package watch.safeguarding.events;

import java.time.Instant;
import java.util.List;

/** Topic {@code reports.parsed}, keyed by {@code reportId}: one message per accepted report. */
public record ReportParsed(
        String schema,
        String reportId,
        Instant receivedAt,
        Source source,
        String text,
        List<Outcome> outcomes,
        List<CouncilRef> councilsMentioned,
        String parserVersion) {

    public static final String SCHEMA = "report.parsed/1";
    public static final String TOPIC = "reports.parsed";
}
