package watch.safeguarding.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL database of this test run's own on the real server: created with a unique name at start and dropped
 * at stop, so runs never see each other's data. The server is TEST_POSTGRES_URL (default the local one), or, when
 * nothing answers there, an embedded PostgreSQL started for the run ({@link PostgresServer}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String name = "test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        name = initArgs.getOrDefault("name", name);
    }

    @Override
    public Map<String, String> start() {
        database = createDatabase(name);
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        dropDatabase(database);
    }

    public static String createDatabase(String prefix) {
        String database = (prefix + "_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime()).toLowerCase();
        execute("create database " + database);
        return database;
    }

    public static void dropDatabase(String database) {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    public static String jdbcUrl(String database) {
        return serverUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl() + " refused '" + sql + "': " + e.getMessage()
                    + " (is it running with trust authentication for user postgres?)", e);
        }
    }

    private static String serverUrl() {
        return PostgresServer.resolve(env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    }

    private static String user() {
        return env("TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return env("TEST_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
