package watch.safeguarding.alert.config;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * In production the service refuses to start with a development key or secret, or with none: the development
 * address-encryption key is in the repository, and `dev-key` in the README. The local run and the tests keep them.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEVELOPMENT_API_KEY = "dev-key";
    static final String DEVELOPMENT_SECRET_KEY = "ZGV2LW9ubHktc2VjcmV0LWtleS1jaGFuZ2UtbWUtISE=";
    static final int MIN_KEY_LENGTH = 16;

    // before any other start-up work (imports, consumers): refuse at once
    void check(@Observes @Priority(1) StartupEvent start, @ConfigProperty(name = "safeguarding.refuse-development-secrets") boolean refuse,
            AlertConfig config) {
        if (refuse) {
            List<String> problems = problems(config.apiKeys(), config.secretKey());
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join(" ", problems));
            }
        }
    }

    /** What is wrong with the configured secrets, each naming the variable to set; empty when they are fit for production. */
    static List<String> problems(List<String> apiKeys, String secretKey) {
        List<String> problems = new ArrayList<>();
        List<String> keys = apiKeys == null ? List.of() : apiKeys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
        if (keys.isEmpty() || keys.contains(DEVELOPMENT_API_KEY) || keys.stream().anyMatch(k -> k.length() < MIN_KEY_LENGTH)) {
            problems.add("ALERT_API_KEYS must be set to your own keys of at least " + MIN_KEY_LENGTH
                    + " characters, comma separated, not the development key (e.g. openssl rand -hex 32).");
        }
        String secret = secretKey == null ? "" : secretKey.trim();
        if (secret.isEmpty() || secret.equals(DEVELOPMENT_SECRET_KEY) || decodedLength(secret) < 32) {
            problems.add("ALERT_SECRET_KEY must be set to your own 32 random bytes in base64, not the development key "
                    + "(openssl rand -base64 32); keep it: stored addresses cannot be read without it.");
        }
        return problems;
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
