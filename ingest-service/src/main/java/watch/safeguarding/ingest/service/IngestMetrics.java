package watch.safeguarding.ingest.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import watch.safeguarding.events.Outcome;

/**
 * The service's own meters, at /q/metrics as reports_accepted_total{format}, reports_rejected_total{reason},
 * outcomes_found_total{area,rating,status} and reports_publish_seconds{result} (send to broker acknowledgement).
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    // meters looked up once per tag value: every request records several, and building a meter id is not free
    private final Map<String, Counter> accepted = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Map<Outcome, Counter> outcomes = new ConcurrentHashMap<>();
    private final Timer acked;
    private final Timer failed;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.acked = publishTimer("acked");
        this.failed = publishTimer("failed");
    }

    public void accepted(String format, List<Outcome> found) {
        accepted.computeIfAbsent(format, f -> Counter.builder("reports.accepted")
                .description("Reports published to reports.parsed, by the format they came in")
                .tag("format", f).register(registry)).increment();
        for (Outcome outcome : found) {
            // keyed by the tag values only (the map would otherwise keep every outcome's evidence)
            Outcome key = new Outcome(null, null, outcome.area(), outcome.rating(), outcome.status(), null, null, 0);
            outcomes.computeIfAbsent(key, o -> Counter.builder("outcomes.found").description("Outcomes found in accepted reports")
                    .tag("area", String.valueOf(o.area())).tag("rating", String.valueOf(o.rating()))
                    .tag("status", String.valueOf(o.status())).register(registry)).increment();
        }
    }

    public void rejected(String reason) {
        rejected.computeIfAbsent(reason, r -> Counter.builder("reports.rejected")
                .description("Requests or bulk items refused, by reason (the problem type's slug)")
                .tag("reason", r).register(registry)).increment();
    }

    public void published(Duration latency, boolean acknowledged) {
        (acknowledged ? acked : failed).record(latency);
    }

    private Timer publishTimer(String result) {
        return Timer.builder("reports.publish").description("From send to the broker's acknowledgement (or the producer's failure)")
                .tag("result", result).publishPercentileHistogram().register(registry);
    }
}
