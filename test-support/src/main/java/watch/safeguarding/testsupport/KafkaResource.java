package watch.safeguarding.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for a Quarkus test: the one named by KAFKA_BOOTSTRAP_SERVERS if set (a broker shared by a whole
 * CI run), otherwise one started for this test JVM. Tests that need to stop and start the broker use {@link #broker()}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("no broker of this JVM's own: KAFKA_BOOTSTRAP_SERVERS points elsewhere");
        }
        return broker;
    }

    public static synchronized String bootstrapServers() {
        String shared = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (shared != null && !shared.isBlank()) {
            return shared;
        }
        if (broker == null) {
            broker = KafkaBroker.onFreePorts().start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        }
        return broker.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM so that several test classes share it; the shutdown hook removes it
    }
}
