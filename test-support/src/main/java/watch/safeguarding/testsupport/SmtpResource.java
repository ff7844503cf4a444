package watch.safeguarding.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free loopback port, wired into the Quarkus mailer. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    /** GreenMail's default of 2 s is too short for a CI machine busy starting brokers and databases. */
    private static final long STARTUP_TIMEOUT_MS = 15_000;

    private static GreenMail greenMail;
    private static int port;

    /** An SMTP server setup on the loopback port, with a startup timeout a loaded machine can meet. */
    public static ServerSetup loopback(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        return setup;
    }

    /** The running server, for assertions on received mail and for stopping it to simulate an outage. */
    public static synchronized GreenMail greenMail() {
        return greenMail;
    }

    public static synchronized int port() {
        return port;
    }

    /** Starts the server again on the same port after a simulated outage. */
    public static synchronized void restart() {
        if (greenMail != null) {
            greenMail.stop();
        }
        greenMail = new GreenMail(loopback(port));
        greenMail.start();
    }

    @Override
    public synchronized Map<String, String> start() {
        port = Ports.free();
        restart();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
