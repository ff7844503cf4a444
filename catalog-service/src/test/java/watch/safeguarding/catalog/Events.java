package watch.safeguarding.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import watch.safeguarding.events.CouncilRef;
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
        String id = UUID.randomUUID().toString().replace("-", "");
        return new ReportParsed(ReportParsed.SCHEMA, id, Instant.now(), new Source("https://news.example/" + id, publisher,
                "Council rated by Ofsted " + id, published), "Story " + id + " about an Ofsted inspection of children's services.",
                List.of(outcomes), List.of(new CouncilRef(outcomes[0].councilCode(), outcomes[0].council())), "test",
                ReportParsed.KIND_NEWS, null);
    }

    static String json(ReportParsed event) throws Exception {
        return JSON.writeValueAsString(event);
    }
}
