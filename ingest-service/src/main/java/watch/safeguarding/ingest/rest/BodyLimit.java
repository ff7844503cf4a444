package watch.safeguarding.ingest.rest;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import watch.safeguarding.ingest.service.IngestMetrics;

/**
 * The body-size limit (ingest.max-body-size, also quarkus.http.limits.max-body-size) answered as problem+json.
 * Quarkus refuses an over-long body in its HTTP layer, before JAX-RS and its exception mappers, with an empty 413;
 * this route runs just before that check (order -3, Quarkus's is -2) for a declared Content-Length, and as a failure
 * handler for chunked bodies that grow past the limit while being read.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final BodyHandler bodyReader;
    private final ObjectMapper mapper;
    private final IngestMetrics metrics;

    public BodyLimit(@ConfigProperty(name = "ingest.max-body-size") MemorySize maxBodySize, ObjectMapper mapper,
            IngestMetrics metrics) {
        this.maxBytes = maxBodySize.asLongValue();
        this.bodyReader = BodyHandler.create(false).setBodyLimit(maxBytes);
        this.mapper = mapper;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::checkDeclaredLength).failureHandler(this::tooLargeWhileReading);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            // the body is not read: close the connection rather than drain megabytes nobody wants
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            tooLarge(ctx);
        } else if (length == null && isChunkedForm(ctx) == Boolean.FALSE) {
            // an unknown length: read it here, bounded, so that going over fails into tooLargeWhileReading (REST
            // then takes the buffered body); multipart stays with Quarkus's own upload handling
            bodyReader.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** null when no body is coming, TRUE for chunked multipart, FALSE for any other chunked body. */
    private static Boolean isChunkedForm(RoutingContext ctx) {
        String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return null;
        }
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private void tooLargeWhileReading(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            tooLarge(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void tooLarge(RoutingContext ctx) {
        metrics.rejected("body-too-large");
        Problem problem = Problem.of(413, "body-too-large", "Body too large", "The body is larger than the limit of "
                + maxBytes + " bytes. Post the article rather than the whole site, or split a bulk upload.", ctx.normalizedPath(),
                Map.of("maxBytes", maxBytes));
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
