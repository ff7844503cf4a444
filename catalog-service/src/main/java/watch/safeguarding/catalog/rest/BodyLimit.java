package watch.safeguarding.catalog.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A declared body over quarkus.http.limits.max-body-size answered as problem+json: Quarkus refuses it in its HTTP
 * layer, before JAX-RS and the exception mappers, with an empty 413. This route runs just before that check.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            // not read: close the connection rather than drain a body nobody wants
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(new JsonObject().put("type", "about:blank").put("title", "Body too large").put("status", 413)
                            .put("detail", "The body is larger than the " + maxBytes + " bytes this service takes; nothing it "
                                    + "accepts is that large.").put("instance", ctx.normalizedPath()).encode());
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
}
