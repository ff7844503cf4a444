package watch.safeguarding.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local run's infrastructure in one process: the project's own Kafka broker (data kept between runs) and the
 * mail catcher, and, on a machine without a PostgreSQL server, an embedded PostgreSQL on the port given (data kept in
 * workDir/postgres; databases catalog and alert created). Stops them all on SIGTERM or Ctrl-C.
 *
 * <p>Usage: {@code LocalInfra <workDir> <kafkaPort> <kafkaControllerPort> <smtpPort> <mailViewPort> [<embeddedPostgresPort>]}
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: LocalInfra <workDir> <kafkaPort> <kafkaControllerPort> <smtpPort> <mailViewPort> [<embeddedPostgresPort>]");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]).toAbsolutePath();
        KafkaBroker broker = new KafkaBroker(workDir.resolve("kafka"), Integer.parseInt(args[1]), Integer.parseInt(args[2]), false);
        MailCatcher mail = new MailCatcher(Integer.parseInt(args[3]), Integer.parseInt(args[4]), workDir.resolve("mail"));
        EmbeddedPostgres[] postgres = new EmbeddedPostgres[1];
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            broker.stop();
            try {
                if (postgres[0] != null) {
                    postgres[0].close();
                }
            } catch (java.io.IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        String database = "";
        if (args.length == 6) {
            postgres[0] = PostgresServer.start(Integer.parseInt(args[5]), workDir.resolve("postgres"));
            PostgresServer.createDatabases("jdbc:postgresql://127.0.0.1:" + args[5] + "/postgres", List.of("catalog", "alert"));
            database = " postgres=127.0.0.1:" + args[5] + " (embedded, data in " + workDir.resolve("postgres") + ")";
        }
        mail.start();
        broker.start();
        System.out.println("READY kafka=" + broker.bootstrapServers() + " smtp=127.0.0.1:" + args[3]
                + " mail=http://127.0.0.1:" + args[4] + "/ (.eml files in " + workDir.resolve("mail") + ")" + database);
        stopped.await();
    }
}
