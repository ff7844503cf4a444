package watch.safeguarding.ingest.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        this.keys = keys.stream().map(String::trim).filter(k -> !k.isEmpty()).map(ApiKeyFilter::digest).toList();
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
        byte[] candidate = digest(given);
        boolean known = false;
        for (byte[] key : keys) {
            // digests of equal length compared in constant time, every key compared: timing reveals neither a key's
            // prefix nor its length
            known |= MessageDigest.isEqual(key, candidate);
        }
        return known;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
