package watch.safeguarding.catalog.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The operations endpoints' X-API-Key check, in constant time: timing reveals neither a key's prefix nor its length. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keys;

    public ApiKeys(@ConfigProperty(name = "catalog.api-keys") List<String> keys) {
        this.keys = keys.stream().map(String::trim).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
    }

    public void require(String given) {
        if (given == null || !accepts(given.trim())) {
            Response problem = Response.fromResponse(ProblemMappers.problem(401, "API key required",
                    "This operation needs the operators' key in the X-API-Key header (CATALOG_API_KEYS)", Map.of()))
                    .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"").build();
            throw new WebApplicationException(problem);
        }
    }

    boolean accepts(String given) {
        byte[] candidate = digest(given);
        boolean known = false;
        for (byte[] key : keys) {
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
