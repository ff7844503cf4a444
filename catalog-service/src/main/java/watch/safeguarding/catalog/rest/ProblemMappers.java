package watch.safeguarding.catalog.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import watch.safeguarding.catalog.service.InvalidParameterException;

/** Errors as RFC 9457 problem details. */
public class ProblemMappers {

    public static final MediaType PROBLEM = new MediaType("application", "problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int ECHO_LIMIT = 60;

    static Response problem(int status, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("about:blank"));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return Response.status(status).type(PROBLEM).entity(body).build();
    }

    /** A client's value as quoted back in a problem: bounded, so an oversized parameter is not echoed whole. */
    static String shorten(String value) {
        return value.length() <= ECHO_LIMIT ? value : value.substring(0, ECHO_LIMIT) + "...";
    }

    static WebApplicationException notFound(String what) {
        return new WebApplicationException(problem(404, "Not found", what + " is not in the catalog", Map.of()));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return problem(400, "Invalid query parameter", e.parameter() + ": " + e.getMessage(), Map.of("parameter", e.parameter()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        return problem(status, Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(),
                e.getMessage(), Map.of());
    }

    /** The last resort: whatever else failed is logged with a reference the client can quote, never shown. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return problem(500, "Internal error", "The catalog failed unexpectedly and logged the cause under reference " + reference
                + ". Try again later; if it persists, report the reference.", Map.of("reference", reference));
    }
}
