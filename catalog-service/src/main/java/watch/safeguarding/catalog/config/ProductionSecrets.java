package watch.safeguarding.catalog.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * In production the catalog refuses to start with the development operations key, or with none: it replays dead
 * letters, and `dev-key` is in the README. The local run and the tests keep the development default.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEVELOPMENT_KEY = "dev-key";
    static final int MIN_KEY_LENGTH = 16;

    // before any other start-up work (imports, consumers): refuse at once
    void check(@Observes @Priority(1) StartupEvent start, @ConfigProperty(name = "safeguarding.refuse-development-secrets") boolean refuse,
            @ConfigProperty(name = "catalog.api-keys") Optional<List<String>> keys) {
        if (refuse) {
            List<String> problems = problems(keys.orElse(List.of()));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join(" ", problems));
            }
        }
    }

    /** What is wrong with the configured keys, naming the variable to set; empty when they are fit for production. */
    static List<String> problems(List<String> keys) {
        List<String> problems = new ArrayList<>();
        List<String> given = keys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
        if (given.isEmpty() || given.contains(DEVELOPMENT_KEY) || given.stream().anyMatch(k -> k.length() < MIN_KEY_LENGTH)) {
            problems.add("CATALOG_API_KEYS must be set to your own keys of at least " + MIN_KEY_LENGTH
                    + " characters, comma separated, not the development key (e.g. openssl rand -hex 32).");
        }
        return problems;
    }
}
