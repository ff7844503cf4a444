package watch.safeguarding.systemtests;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import watch.safeguarding.testsupport.KafkaBroker;
import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * The whole system as in production: one real broker, one PostgreSQL (a database per service), one SMTP server, and
 * each service run from its jar, as many replicas as asked, all started at once, with keys of their own.
 */
final class SystemUnderTest implements AutoCloseable {

    final String ingestKey = "system-test-key-" + UUID.randomUUID();
    final String adminKey = "system-admin-key-" + UUID.randomUUID();
    final KafkaBroker broker;
    final GreenMail smtp;
    final List<ServiceProcess> ingest = new ArrayList<>();
    final List<ServiceProcess> catalog = new ArrayList<>();
    final List<ServiceProcess> alert = new ArrayList<>();
    private final String catalogDb;
    private final String alertDb;

    private SystemUnderTest(int replicas, Map<String, String> alertSettings) throws Exception {
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        broker = KafkaBroker.onFreePorts().start();
        smtp = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        catalogDb = PostgresResource.createDatabase("catalog_system");
        alertDb = PostgresResource.createDatabase("alert_system");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String secretKey = Base64.getEncoder().encodeToString(secret);
        List<Integer> catalogPorts = ports(replicas);
        List<Integer> alertPorts = ports(replicas);
        List<Integer> ingestPorts = ports(replicas);
        String catalogUrl = "http://127.0.0.1:" + catalogPorts.get(0);
        List<Starting> starting = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            starting.add(Starting.of(root, "catalog-service", i, catalogPorts.get(i), Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(catalogDb),
                    "CATALOG_API_KEYS", adminKey), catalog));
            Map<String, String> alertEnv = new HashMap<>(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb),
                    "QUARKUS_MAILER_HOST", "127.0.0.1",
                    "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "ALERT_PUBLIC_URL", "http://127.0.0.1:" + alertPorts.get(i),
                    "CATALOG_URL", catalogUrl,
                    "ALERT_API_KEYS", adminKey,
                    "ALERT_SECRET_KEY", secretKey));
            alertEnv.putAll(alertSettings);
            starting.add(Starting.of(root, "alert-service", i, alertPorts.get(i), alertEnv, alert));
            starting.add(Starting.of(root, "ingest-service", i, ingestPorts.get(i), Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "INGEST_API_KEYS", ingestKey,
                    "CATALOG_URL", catalogUrl), ingest));
        }
        for (Starting service : starting) {
            service.await();
        }
    }

    static SystemUnderTest start(int replicas) throws Exception {
        return new SystemUnderTest(replicas, Map.of());
    }

    static SystemUnderTest start(int replicas, Map<String, String> alertSettings) throws Exception {
        return new SystemUnderTest(replicas, alertSettings);
    }

    private static List<Integer> ports(int n) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ports.add(Ports.free());
        }
        return ports;
    }

    /** A replica being started in the background, so that replicas start together (as after a deployment). */
    private record Starting(Thread thread, ServiceProcess[] started, Throwable[] failed) {
        static Starting of(Path root, String module, int replica, int port, Map<String, String> env, List<ServiceProcess> into) {
            ServiceProcess[] started = new ServiceProcess[1];
            Throwable[] failed = new Throwable[1];
            Thread thread = new Thread(() -> {
                try {
                    started[0] = ServiceProcess.start(root, module, replica, port, env);
                    synchronized (into) {
                        into.add(started[0]);
                    }
                } catch (Throwable e) {
                    failed[0] = e;
                }
            }, "start-" + module + "-" + replica);
            thread.start();
            return new Starting(thread, started, failed);
        }

        void await() throws InterruptedException {
            thread.join();
            if (failed[0] != null) {
                throw new IllegalStateException(failed[0]);
            }
        }
    }

    @Override
    public void close() throws Exception {
        for (List<ServiceProcess> services : List.of(ingest, catalog, alert)) {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
        smtp.stop();
        broker.close();
        PostgresResource.dropDatabase(catalogDb);
        PostgresResource.dropDatabase(alertDb);
    }
}
