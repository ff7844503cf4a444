package watch.safeguarding.catalog.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import watch.safeguarding.catalog.messaging.DeadLetterReplay;

@Path("/admin")
@Tag(name = "Operations")
public class AdminResource {

    private final ApiKeys apiKeys;
    private final DeadLetterReplay replay;

    public AdminResource(ApiKeys apiKeys, DeadLetterReplay replay) {
        this.apiKeys = apiKeys;
        this.replay = replay;
    }

    @POST
    @Path("/dead-letters/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay reports.parsed.dlq", description = "Needs X-API-Key. Once the cause that parked reports on "
            + "reports.parsed.dlq is fixed, re-publishes every parked message to reports.parsed (from where the last replay stopped); "
            + "the catalog records each once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterReplay.Replayed.class,
            example = "{\"from\": \"reports.parsed.dlq\", \"to\": \"reports.parsed\", \"messages\": 3}")))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-API-Key")
    public DeadLetterReplay.Replayed replay(@HeaderParam("X-API-Key") String apiKey) {
        apiKeys.require(apiKey);
        return replay.replay();
    }
}
