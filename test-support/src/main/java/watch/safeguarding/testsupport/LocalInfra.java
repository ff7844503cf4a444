package watch.safeguarding.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's infrastructure in one process: the project's own Kafka broker (data kept between runs) and the
 * mail catcher. Stops both on SIGTERM or Ctrl-C.
 *
 * <p>Usage: {@code LocalInfra <workDir> <kafkaPort> <kafkaControllerPort> <smtpPort> <mailViewPort>}
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LocalInfra <workDir> <kafkaPort> <kafkaControllerPort> <smtpPort> <mailViewPort>");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]).toAbsolutePath();
        KafkaBroker broker = new KafkaBroker(workDir.resolve("kafka"), Integer.parseInt(args[1]), Integer.parseInt(args[2]), false);
        MailCatcher mail = new MailCatcher(Integer.parseInt(args[3]), Integer.parseInt(args[4]), workDir.resolve("mail"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            broker.stop();
            stopped.countDown();
        }));
        mail.start();
        broker.start();
        System.out.println("READY kafka=" + broker.bootstrapServers() + " smtp=127.0.0.1:" + args[3]
                + " mail=http://127.0.0.1:" + args[4] + "/ (.eml files in " + workDir.resolve("mail") + ")");
        stopped.await();
    }
}
