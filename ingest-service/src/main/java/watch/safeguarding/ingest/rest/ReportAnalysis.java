package watch.safeguarding.ingest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;

@Schema(description = "The dry run's answer: what POST /reports would publish; nothing was published")
public record ReportAnalysis(
        String reportId,
        Source source,
        @Schema(description = "The cleaned text the parser read (the event's text)") String text,
        List<Outcome> outcomes,
        List<CouncilRef> councilsMentioned,
        String parserVersion,
        @Schema(description = "news, or ofsted_report for Ofsted's own report (its outcomes are official)", example = "news") String kind,
        @Schema(description = "What an Ofsted report states of its inspection (framework, dates); null for news") Inspection inspection) {

    static ReportAnalysis of(ReportParsed event) {
        return new ReportAnalysis(event.reportId(), event.source(), event.text(), event.outcomes(), event.councilsMentioned(),
                event.parserVersion(), event.kind(), event.inspection());
    }
}
