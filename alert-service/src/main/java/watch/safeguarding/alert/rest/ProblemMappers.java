package watch.safeguarding.alert.rest;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import watch.safeguarding.alert.service.InvalidRequestException;
import watch.safeguarding.alert.service.RateLimiter;

/** Errors of the JSON API as application/problem+json, never with a stack trace. */
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
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error on %s, reference %s", uri.getPath(), reference);
        return problem(new Problem("about:blank", "Internal error", 500, "Something went wrong on our side and was logged under reference "
                + reference + ". Try again later; if it persists, tell us the reference.", uri.getPath(), null, reference));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
