package watch.safeguarding.systemtests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;

/** The built jars run in production mode: without keys of their own, or with the development ones, they do not start. */
class ProductionSecretsTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static String alertDb;
    private static String catalogDb;

    @BeforeAll
    static void databases() {
        alertDb = PostgresResource.createDatabase("alert_secrets");
        catalogDb = PostgresResource.createDatabase("catalog_secrets");
    }

    @AfterAll
    static void dropDatabases() {
        PostgresResource.dropDatabase(alertDb);
        PostgresResource.dropDatabase(catalogDb);
    }

    static String randomSecretKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void ingestRefusesToStartWithoutItsOwnApiKeys() throws IOException {
        // unset, the key is the development default
        assertRefused("ingest-service", Map.of(), "INGEST_API_KEYS holds the development key");
        assertRefused("ingest-service", Map.of("INGEST_API_KEYS", "guessable"), "INGEST_API_KEYS holds a key shorter than");
    }

    @Test
    void catalogRefusesToStartWithoutItsOwnOperationsKey() throws IOException {
        assertRefused("catalog-service", Map.of("QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(catalogDb),
                "CATALOG_SEED_ENABLED", "false"), "CATALOG_API_KEYS must be set");
    }

    @Test
    void alertRefusesToStartWithTheDevelopmentKeys() throws IOException {
        Map<String, String> database = Map.of("QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb));
        String log = assertRefused("alert-service", database, "ALERT_API_KEYS must be set");
        assertTrue(log.contains("ALERT_SECRET_KEY must be set"), log);
        String withKeys = assertRefused("alert-service", Map.of("QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb),
                "ALERT_API_KEYS", "0123456789abcdef0123"), "ALERT_SECRET_KEY must be set");
        assertTrue(!withKeys.contains("ALERT_API_KEYS must be set"), withKeys);
    }

    private static String assertRefused(String module, Map<String, String> env, String expected) throws IOException {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ServiceProcess.start(ROOT, module, Ports.free(),
                env).close());
        assertTrue(refused.getMessage().contains(module + " exited"), refused.getMessage());
        String log = Files.readString(ROOT.resolve("system-tests/target/services").resolve(module + ".log"));
        assertTrue(log.contains(expected), log);
        return log;
    }
}
