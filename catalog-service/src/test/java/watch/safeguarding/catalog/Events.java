package watch.safeguarding.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;

/** reports.parsed events as ingest publishes them. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    static Outcome outcome(String code, String area, String rating, String status, Integer year) {
        return new Outcome(code, "council " + code, area, rating, status, year, "Inspectors judged " + area + " " + rating + ".", 0.9);
    }

    static ReportParsed report(String publisher, LocalDate published, Outcome... outcomes) {
        return report(publisher, published, Instant.now(), outcomes);
    }

    /** News received at a given time: the catalog judges what is news from the time in the event, not its clock. */
    static ReportParsed report(String publisher, LocalDate published, Instant received, Outcome... outcomes) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return new ReportParsed(ReportParsed.SCHEMA, id, received, new Source("https://news.example/" + id, publisher,
                "Council rated by Ofsted " + id, published), "Story " + id + " about an Ofsted inspection of children's services.",
                List.of(outcomes), List.of(new CouncilRef(outcomes[0].councilCode(), outcomes[0].council())), "test",
                ReportParsed.KIND_NEWS, null);
    }

    /** An Ofsted inspection report as ingest publishes it from a PDF. */
    static ReportParsed ofsted(Inspection inspection, Instant received, Outcome... outcomes) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return new ReportParsed(ReportParsed.SCHEMA, id, received, new Source("https://reports.ofsted.example/" + id, "Ofsted",
                "Inspection of children's services " + id, null), "Ofsted inspection report " + id, List.of(outcomes),
                List.of(new CouncilRef(outcomes[0].councilCode(), outcomes[0].council())), "test", ReportParsed.KIND_OFSTED_REPORT,
                inspection);
    }

    static Outcome outcome(String code, String area, String rating, String status, Integer year, double confidence) {
        return new Outcome(code, "council " + code, area, rating, status, year, "Inspectors judged " + area + " " + rating + ".", confidence);
    }

    /** The same report (same id and text) with another source date, as when a poster adds the date it lacked. */
    static ReportParsed dated(ReportParsed report, LocalDate published) {
        Source source = report.source();
        return new ReportParsed(report.schema(), report.reportId(), report.receivedAt(), new Source(source.url(), source.publisher(),
                source.title(), published), report.text(), report.outcomes(), report.councilsMentioned(), report.parserVersion(),
                report.kind(), report.inspection());
    }

    static String json(ReportParsed event) throws Exception {
        return JSON.writeValueAsString(event);
    }
}
