package watch.safeguarding.alert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures every log record the application writes (through the JBoss log manager that backs java.util.logging),
 * except the test SMTP server's own, whose job is to log recipients.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLoggerName() != null && record.getLoggerName().startsWith("com.icegreen")) {
            return;
        }
        StringBuilder line = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ');
        try {
            line.append(new java.util.logging.SimpleFormatter().formatMessage(record));
        } catch (RuntimeException e) {
            line.append(record.getMessage());
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return lines;
    }

    public void assertNoneContain(String... secrets) {
        assertTrue(lines.size() > 0, "captured the application's log");
        for (String secret : secrets) {
            for (String line : lines) {
                assertTrue(!line.toLowerCase().contains(secret.toLowerCase()), "log line reveals a secret: " + line);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
