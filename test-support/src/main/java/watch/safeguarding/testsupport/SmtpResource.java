package watch.safeguarding.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free loopback port, wired into the Quarkus mailer. */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int port;

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
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
