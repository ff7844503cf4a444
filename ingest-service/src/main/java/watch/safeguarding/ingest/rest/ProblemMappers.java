package watch.safeguarding.ingest.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.handlers.FormBodyHandler;

import watch.safeguarding.ingest.service.IngestMetrics;
import watch.safeguarding.ingest.service.ProblemException;

/** Every error as application/problem+json, the framework's own (404, 405, 415 ...) included; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestMetrics metrics;

    public ProblemMappers(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        metrics.rejected(e.reason());
        Response.ResponseBuilder response = Problem.of(e, uri.getPath()).response();
        if (e.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, e.extensions().get("retryAfterSeconds"));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        metrics.rejected("unsupported-media-type");
        return Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "POST /reports takes text/plain, text/html, application/json, application/pdf, application/x-ndjson "
                        + "(bulk) or multipart/form-data (files); POST /reports/parse takes text/plain, text/html, "
                        + "application/json or application/pdf. Set the Content-Type header accordingly.", uri.getPath())
                .response().build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return Problem.of(405, "method-not-allowed", "Method not allowed",
                "This resource allows " + e.getResponse().getAllowedMethods() + ".", uri.getPath()).response()
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = status == 404 ? "There is no resource at " + uri.getPath() + "; see /q/openapi or /q/swagger-ui." : title + ".";
        return Problem.of(status, title.toLowerCase().replace(' ', '-'), title, detail, uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (readingTheBody(e)) {
            // the framework's multipart parser failed on the client's bytes (e.g. a body cut off before its closing boundary)
            metrics.rejected("malformed-body");
            return Problem.of(400, "malformed-body", "Malformed body", "The multipart/form-data body could not be read ("
                    + e.getMessage() + "): each part must start with --boundary and the body end with --boundary--, the boundary "
                    + "being the one in the Content-Type. Let the client build it, e.g. curl -F 'file=@story.html'.", uri.getPath())
                    .response().build();
        }
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return Problem.of(500, "internal-error", "Internal error",
                "The service failed unexpectedly; the failure was logged.", uri.getPath()).response().build();
    }

    /** Whether the exception was thrown while Quarkus REST parsed a form or multipart body, before any resource ran. */
    private static boolean readingTheBody(Exception e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(FormBodyHandler.class.getName())) {
                return true;
            }
        }
        return false;
    }
}
