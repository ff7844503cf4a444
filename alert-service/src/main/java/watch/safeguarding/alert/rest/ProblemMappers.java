package watch.safeguarding.alert.rest;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.handlers.FormBodyHandler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import watch.safeguarding.alert.service.InvalidRequestException;
import watch.safeguarding.alert.service.RateLimiter;

/** Errors of the JSON API, and of malformed requests to the pages, as application/problem+json, never with a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return problem(new Problem("about:blank", "Invalid request", 400, "Some fields are not valid", uri.getPath(), e.errors(), null));
    }

    @ServerExceptionMapper
    public Response limited(RateLimiter.LimitedException e, UriInfo uri) {
        return Response.fromResponse(problem(Problem.of(429, "Too many requests",
                "Too many sign-up requests from this address or network; try again later", uri.getPath())))
                .header("Retry-After", e.retryAfter().toSeconds()).build();
    }

    private static Response malformedJson(JsonParseException e, UriInfo uri) {
        JsonLocation at = e.getLocation();
        String message = String.valueOf(e.getOriginalMessage());
        return problem(Problem.of(400, "Invalid JSON", "The body is not valid JSON"
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                + (message.length() > 200 ? message.substring(0, 200) + "..." : message)
                + ". Send a JSON object, like {\"email\": \"name@example.com\"}.", uri.getPath()));
    }

    /** Valid JSON of the wrong shape (an array, a number, a field of the wrong type): Quarkus's own answer is an empty 400. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return problem(Problem.of(400, "Invalid JSON", "The body must be a JSON object, like {\"email\": \"name@example.com\"}; "
                    + "its fields are described at /q/openapi.", uri.getPath()));
        }
        return problem(new Problem("about:blank", "Invalid request", 400, "The field " + field + " has the wrong type",
                uri.getPath(), Map.of(field, "Give " + expected(e.getTargetType())), null));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the type described at /q/openapi";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list, like [\"inadequate\"]";
        }
        if (type == String.class) {
            return "a string (text in double quotes)";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "a JSON object";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException malformed) {
            // Quarkus REST reports a body that is not JSON as a bare 400 with the parser's exception as its cause
            return malformedJson(malformed, uri);
        }
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), uri.getPath()));
    }

    /** The last resort: the cause is logged under a reference the person can quote, never shown. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (readingAForm(e)) {
            // the framework's form decoding failed on the client's bytes (e.g. "%zz", or a pair without a name): no
            // browser sends that, so the answer is for whoever wrote the script
            return problem(Problem.of(400, "Malformed form", "The application/x-www-form-urlencoded body could not be decoded: "
                    + "every name and value must be URL-encoded (a '%' followed by two hexadecimal digits, UTF-8) and every "
                    + "pair must have a name. Send the form from its page, or let the client encode it, e.g. "
                    + "curl --data-urlencode 'email=name@example.com'.", uri.getPath()));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error on %s, reference %s", uri.getPath(), reference);
        return problem(new Problem("about:blank", "Internal error", 500, "Something went wrong on our side and was logged under reference "
                + reference + ". Try again later; if it persists, tell us the reference.", uri.getPath(), null, reference));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * Whether the exception was thrown while Quarkus REST decoded a urlencoded body, before any resource ran: for
     * {@code @FormParam}s (FormBodyHandler) or for a {@code MultivaluedMap} body (MapAsFormUrlEncodedProvider).
     */
    private static boolean readingAForm(Exception e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(FormBodyHandler.class.getName())
                    || frame.getClassName().equals(MapAsFormUrlEncodedProvider.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
