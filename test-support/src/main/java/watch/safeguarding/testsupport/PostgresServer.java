package watch.safeguarding.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the tests and the local run use: the configured one when something answers at its address,
 * otherwise a real PostgreSQL 16 started from the binaries zonky packages in jars (no system install, no Docker), so
 * that a machine with only Java can run both README commands. The embedded server lives as long as this JVM.
 */
public final class PostgresServer {

    private static EmbeddedPostgres embedded;
    private static String embeddedUrl;

    private PostgresServer() {
    }

    /** The JDBC URL of the server's {@code postgres} database: {@code configured} if it answers, else the embedded one's. */
    public static synchronized String resolve(String configured) {
        if (embeddedUrl != null) {
            return embeddedUrl;
        }
        if (answers(configured)) {
            return configured;
        }
        System.out.println("No PostgreSQL answers at " + configured + ": starting an embedded PostgreSQL "
                + "(zonky's binaries) for this run");
        embedded = start(0, null);
        embeddedUrl = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres";
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stopEmbedded));
        return embeddedUrl;
    }

    /**
     * Starts an embedded server on the port (0: any free one), keeping its data in {@code dataDirectory} between runs
     * when one is given (the local run), or in a throw-away directory (tests). Trust authentication, user postgres.
     */
    public static EmbeddedPostgres start(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                    // the server's defaults are sized for a test: a few services with their connection pools need more
                    .setServerConfig("max_connections", "200").setServerConfig("listen_addresses", "127.0.0.1");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Creates each database that does not exist yet. */
    public static void createDatabases(String serverUrl, List<String> names) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", ""); Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
                    if (rows.next()) {
                        continue;
                    }
                }
                statement.execute("create database \"" + name.replace("\"", "") + "\"");
                System.out.println("created database " + name);
            }
        }
    }

    /** Whether something accepts TCP connections at the JDBC URL's host and port (a refused port means no server). */
    static boolean answers(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort()), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized void stopEmbedded() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException ignored) {
            // the JVM is going away; its temporary data directory goes with the server
        }
    }
}
