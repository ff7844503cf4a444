package watch.safeguarding.catalog.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import watch.safeguarding.catalog.service.InvalidParameterException;

/** Errors as RFC 9457 problem details. */
public class ProblemMappers {

    public static final MediaType PROBLEM = new MediaType("application", "problem+json");

    static Response problem(int status, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("about:blank"));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return Response.status(status).type(PROBLEM).entity(body).build();
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
}
