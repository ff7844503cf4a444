package watch.safeguarding.catalog.config;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import watch.safeguarding.catalog.service.CouncilDirectory;
import watch.safeguarding.catalog.service.OfstedSeed;
import watch.safeguarding.parser.Gazetteer;

/** At start: councils from the gazetteer, then (unless disabled) Ofsted's published outcomes. Both idempotent. */
public class Startup {

    @Inject
    CouncilDirectory councils;
    @Inject
    OfstedSeed seed;
    @ConfigProperty(name = "catalog.seed.enabled")
    boolean seedEnabled;

    void onStart(@Observes StartupEvent event) {
        councils.synchronise(Gazetteer.builtIn());
        if (seedEnabled) {
            seed.importBundled();
        }
    }
}
