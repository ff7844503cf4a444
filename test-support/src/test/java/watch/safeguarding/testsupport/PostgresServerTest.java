package watch.safeguarding.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** With no server at the configured address, a real embedded PostgreSQL takes its place. */
class PostgresServerTest {

    @Test
    void aClosedPortGetsAnEmbeddedServerThatTakesDatabases() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String configured = "jdbc:postgresql://127.0.0.1:" + closed + "/postgres";
        assertFalse(PostgresServer.answers(configured));
        String url = PostgresServer.resolve(configured);
        assertNotEquals(configured, url);
        assertTrue(PostgresServer.answers(url));
        PostgresServer.createDatabases(url, List.of("fallback_check"));
        PostgresServer.createDatabases(url, List.of("fallback_check"));
        try (Connection connection = DriverManager.getConnection(url.replace("/postgres", "/fallback_check"), "postgres", "");
                ResultSet version = connection.createStatement().executeQuery("select version()")) {
            assertTrue(version.next());
            assertTrue(version.getString(1).startsWith("PostgreSQL 16"), version.getString(1));
        }
    }
}
