package watch.safeguarding.ingest.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import watch.safeguarding.ingest.service.IngestMetrics;

@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;
    private final String howToGetAKey;
    private final IngestMetrics metrics;

    public ApiKeyFilter(@ConfigProperty(name = "ingest.api-keys") List<String> keys,
            @ConfigProperty(name = "ingest.api-key-help") String howToGetAKey, IngestMetrics metrics) {
        this.keys = keys.stream().map(String::trim).filter(k -> !k.isEmpty()).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.howToGetAKey = howToGetAKey;
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        if (given != null && isKnown(given.trim())) {
            return;
        }
        String reason = given == null || given.isBlank() ? "missing-api-key" : "invalid-api-key";
        metrics.rejected(reason);
        String detail = (given == null || given.isBlank() ? "This endpoint needs an API key in the " + HEADER + " header"
                : "The key in the " + HEADER + " header is not valid") + ", e.g. -H '" + HEADER + ": <your key>'. " + howToGetAKey;
        request.abortWith(Problem.of(401, reason, "API key required", detail, request.getUriInfo().getPath()).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"").build());
    }

    private boolean isKnown(String given) {
        byte[] candidate = given.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            // constant time per key, and every key compared, so timing does not reveal a key's prefix
            known |= MessageDigest.isEqual(key, candidate);
        }
        return known;
    }
}
