package watch.safeguarding.alert.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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

import watch.safeguarding.alert.messaging.DeadLetterReplay;

@Path("/admin")
@Tag(name = "Operations")
public class AdminResource {

    @Schema(example = """
            {"deliveries": {"awaiting_digest": 3, "pending": 1, "sent": 120, "failed": 0},
             "mail": {"pending": 1, "sent": 240, "failed": 0}}""")
    public record Counts(Map<String, Long> deliveries, Map<String, Long> mail) {
    }

    private final EntityManager em;
    private final ApiKeys apiKeys;
    private final DeadLetterReplay replay;

    public AdminResource(EntityManager em, ApiKeys apiKeys, DeadLetterReplay replay) {
        this.em = em;
        this.apiKeys = apiKeys;
        this.replay = replay;
    }

    @POST
    @Path("/dead-letters/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay judgements.recorded.dlq", description = "Needs X-API-Key. Once the cause that parked judgements "
            + "on judgements.recorded.dlq is fixed, re-publishes every parked message to judgements.recorded (from where the last "
            + "replay stopped); each judgement still reaches each person once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterReplay.Replayed.class,
            example = "{\"from\": \"judgements.recorded.dlq\", \"to\": \"judgements.recorded\", \"messages\": 2}")))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-API-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterReplay.Replayed replayDeadLetters(@HeaderParam("X-API-Key") String apiKey) {
        apiKeys.require(apiKey);
        return replay.replay();
    }

    @GET
    @Path("/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Deliveries and mail by state", description = "Needs X-API-Key. A delivery is one person told about one "
            + "judgement; its state is its email's, awaiting_digest, or cancelled by an unsubscribe. Mail also counts confirmation and "
            + "manage-link emails.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Counts.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong X-API-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Counts deliveries(@HeaderParam("X-API-Key") String apiKey) {
        apiKeys.require(apiKey);
        Map<String, Long> deliveries = new LinkedHashMap<>(Map.of("awaiting_digest", 0L, "pending", 0L, "sent", 0L, "failed", 0L));
        counts("select case when d.cancelled_at is not null then 'cancelled' else coalesce(m.state, 'awaiting_digest') end, count(*) "
                + "from delivery d left join mail m on m.id = d.mail_id "
                + "group by 1", deliveries);
        Map<String, Long> mail = new LinkedHashMap<>(Map.of("pending", 0L, "sent", 0L, "failed", 0L));
        counts("select state, count(*) from mail group by 1", mail);
        return new Counts(deliveries, mail);
    }

    private void counts(String sql, Map<String, Long> into) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        rows.forEach(row -> into.put((String) row[0], ((Number) row[1]).longValue()));
    }
}
