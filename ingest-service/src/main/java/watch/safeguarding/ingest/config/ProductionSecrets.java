package watch.safeguarding.ingest.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * In production the service refuses to start with the development API key, or with none: a forgotten variable must
 * not leave the API open to anyone who read the README. The local run and the tests keep the development default.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEVELOPMENT_KEY = "dev-key";
    static final int MIN_KEY_LENGTH = 16;

    // before any other start-up work (imports, consumers): refuse at once
    void check(@Observes @Priority(1) StartupEvent start,
            @ConfigProperty(name = "safeguarding.refuse-development-secrets") boolean refuse,
            @ConfigProperty(name = "ingest.api-keys") Optional<List<String>> keys) {
        if (refuse) {
            List<String> problems = problems(keys.orElse(List.of()));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join(" ", problems));
            }
        }
    }

    /** What is wrong with the configured keys, each naming the variable to set; empty when they are fit for production. */
    static List<String> problems(List<String> keys) {
        List<String> problems = new ArrayList<>();
        List<String> given = keys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
        if (given.isEmpty()) {
            problems.add("INGEST_API_KEYS is not set: set it to your own keys, comma separated (e.g. openssl rand -hex 32).");
        } else if (given.contains(DEVELOPMENT_KEY)) {
            problems.add("INGEST_API_KEYS holds the development key '" + DEVELOPMENT_KEY + "': set it to your own keys (e.g. openssl rand -hex 32).");
        } else if (given.stream().anyMatch(k -> k.length() < MIN_KEY_LENGTH)) {
            problems.add("INGEST_API_KEYS holds a key shorter than " + MIN_KEY_LENGTH + " characters: use long random keys (e.g. openssl rand -hex 32).");
        }
        return problems;
    }
}
