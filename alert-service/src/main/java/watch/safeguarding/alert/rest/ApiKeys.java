package watch.safeguarding.alert.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;

import watch.safeguarding.alert.config.AlertConfig;

/** The operations endpoints' X-API-Key check, in constant time: timing reveals neither a key's prefix nor its length. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keys;

    public ApiKeys(AlertConfig config) {
        this.keys = config.apiKeys().stream().map(String::trim).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
    }

    public void require(String given) {
        if (given == null || !accepts(given.trim())) {
            throw new NotAuthorizedException("Give a valid X-API-Key", "ApiKey");
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
