package watch.safeguarding.ingest.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Outcome;

@Schema(description = "One result per item, in the order posted; accepted items were acknowledged by the broker")
public record BulkResult(List<Item> results, int accepted, int rejected) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkItemResult", description = "status 202 with the report's id, or the item's own status with a problem")
    public record Item(
            @Schema(description = "NDJSON: the 1-based line number; multipart: the 1-based part number") int line,
            @Schema(description = "multipart only: the part's file name") String file,
            @Schema(description = "202 accepted, or the status a single post of this item would have got (400, 413, 503 ...)") int status,
            String reportId,
            String location,
            List<Outcome> outcomes,
            List<CouncilRef> councilsMentioned,
            Problem problem,
            @Schema(description = "news, or ofsted_report for Ofsted's own report") String kind) {
    }
}
