package watch.safeguarding.alert.rest;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.handlers.FormBodyHandler;

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

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
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
