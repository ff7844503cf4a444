package watch.safeguarding.alert.rest;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;
import watch.safeguarding.alert.config.AlertConfig;

/**
 * The client's IP for rate limiting: the connection's remote address, or, only when configured to trust a proxy in
 * front, the last X-Forwarded-For entry (the one that proxy added; earlier entries are whatever the client sent).
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean trustForwardedFor;

    public ClientAddress(AlertConfig config) {
        this.trustForwardedFor = config.rateLimit().trustForwardedFor();
    }

    public String of(HttpServerRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
