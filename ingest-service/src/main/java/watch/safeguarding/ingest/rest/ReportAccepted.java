package watch.safeguarding.ingest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;

@Schema(description = "A report the broker has acknowledged: its id, where the catalog will serve it, and what the parser found")
public record ReportAccepted(
        @Schema(description = "Stable id: the same text always gets the same id", example = "3f1c0e2a9b8d7c6e5f4a3b2c1d0e9f8a") String reportId,
        @Schema(description = "The report in the catalog (served once the catalog has consumed it, usually within a second)") String location,
        Source source,
        List<Outcome> outcomes,
        List<CouncilRef> councilsMentioned,
        String parserVersion,
        @Schema(description = "news, or ofsted_report for Ofsted's own report (its outcomes are official)", example = "news") String kind,
        @Schema(description = "What an Ofsted report states of its inspection (framework, dates); null for news") Inspection inspection) {

    static ReportAccepted of(ReportParsed event, String location) {
        return new ReportAccepted(event.reportId(), location, event.source(), event.outcomes(), event.councilsMentioned(),
                event.parserVersion(), event.kind(), event.inspection());
    }
}
