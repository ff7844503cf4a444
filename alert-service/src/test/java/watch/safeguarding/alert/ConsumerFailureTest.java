package watch.safeguarding.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/** Only a message that can never be processed is dead-lettered; a database outage under the consumer loses no alert. */
@QuarkusTest
class ConsumerFailureTest {

    @Test
    void malformedJsonAndUnknownVocabularyGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        String email = address("after-bad");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String marker = UUID.randomUUID().toString();
        Fixtures.publishRaw("E06000005", "{not json " + marker);
        JudgementRecorded good = darlington("inadequate", marker);
        Fixtures.publishRaw("E06000005", Fixtures.toJson(good).replace("\"inadequate\"", "\"terrible\""));
        publish(darlington("inadequate", marker));

        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email, marker).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters(marker).size() == 2);
        assertTrue(deadLetters(marker).stream().anyMatch(v -> v.contains("terrible")));
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, marker).size());
    }

    @Test
    void theDatabaseGoingAwayUnderTheConsumerLosesNoAlert() throws Exception {
        String email = address("outage");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String database = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class).replaceAll("^.*/([^/?]+).*$", "$1");
        String marker = UUID.randomUUID().toString();
        try (LogCapture logs = LogCapture.start()) {
            outage(database, true);
            try {
                publish(darlington("inadequate", marker));
                await().atMost(Duration.ofSeconds(30)).until(() -> logs.lines().stream()
                        .filter(l -> l.contains("judgements.recorded message not processed")).count() >= 2);
            } finally {
                outage(database, false);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(email, marker).isEmpty());
        }
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, marker).size(), "the alert, once");
        assertTrue(deadLetters(marker).isEmpty(), "nothing dead-lettered");
    }

    /** Stops (or allows again) new connections to this database and ends the ones it has, as a database restart would. */
    private static void outage(String database, boolean down) throws Exception {
        try (Connection admin = DriverManager.getConnection(
                PostgresResource.jdbcUrl("postgres"),
                System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"), System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
                Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " with allow_connections " + !down);
            if (down) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            }
        }
    }

    private static List<String> deadLetters(String marker) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaResource.bootstrapServers());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(JudgementRecorded.TOPIC + ".dlq", Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new java.util.ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && record.value().contains(marker)) {
                        values.add(record.value());
                    }
                }
            }
            return values;
        }
    }
}
