package watch.safeguarding.ingest.rest;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import watch.safeguarding.testsupport.KafkaBroker;

/**
 * A broker for one test class alone, started even when KAFKA_BOOTSTRAP_SERVERS names a shared one: a test that stops
 * the broker must not take down the broker that other modules' tests are using.
 */
public class OwnKafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    static synchronized KafkaBroker broker() {
        return broker;
    }

    @Override
    public synchronized Map<String, String> start() {
        broker = KafkaBroker.onFreePorts().start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
