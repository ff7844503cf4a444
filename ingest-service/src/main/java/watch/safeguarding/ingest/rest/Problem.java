package watch.safeguarding.ingest.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import watch.safeguarding.ingest.service.ProblemException;

/** An RFC 9457 problem; extension members (errors, line, column, reportId ...) sit beside the standard ones. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
@Schema(name = "Problem", description = "RFC 9457 problem details; extension members such as errors, line, column, "
        + "byteOffset or reportId may follow", additionalProperties = Schema.True.class)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://safeguarding.watch/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final Map<String, Object> extensions;

    private Problem(String reason, String title, int status, String detail, String instance, Map<String, Object> extensions) {
        this.type = TYPE_BASE + reason;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public static Problem of(int status, String reason, String title, String detail, String instance) {
        return new Problem(reason, title, status, detail, instance, Map.of());
    }

    public static Problem of(int status, String reason, String title, String detail, String instance,
            Map<String, Object> extensions) {
        return new Problem(reason, title, status, detail, instance, extensions);
    }

    public static Problem of(ProblemException e, String instance) {
        return new Problem(e.reason(), e.title(), e.status(), e.detail(), instance, e.extensions());
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    @JsonAnyGetter
    Map<String, Object> extensions() {
        return extensions;
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
