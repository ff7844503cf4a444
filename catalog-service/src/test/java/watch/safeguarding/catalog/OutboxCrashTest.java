package watch.safeguarding.catalog;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import watch.safeguarding.catalog.entity.OutboxEvent;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.OutboxRelay;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * The service "dies" between the judgement's commit and the send: here the relay never runs after the commit, as if
 * the process had stopped. After the "restart" (the relay runs) the event is in the topic exactly once, and running
 * the relay again sends nothing more.
 */
@QuarkusTest
@TestProfile(OutboxCrashTest.RelayStopped.class)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class OutboxCrashTest {

    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.outbox.interval", "off", "catalog.seed.enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Test
    void aJudgementCommittedButNotSentIsSentExactlyOnceAfterRestart() throws Exception {
        ReportParsed event = Events.report("Crash Gazette", LocalDate.of(2027, 2, 1),
                Events.outcome("E06000007", "overall", "inadequate", "new", 2027));
        TopicReader.send(ReportParsed.TOPIC, event.reportId(), Events.json(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> Report.findById(event.reportId()) != null));

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null and messageKey = ?1", "E06000007")),
                "committed with the judgement, waiting to be sent");
        assertTrue(recorded().isEmpty(), "nothing sent before the relay runs");

        assertTrue(relay.relayPending() >= 1);
        relay.relayPending();
        List<ConsumerRecord<String, String>> sent = recorded();
        assertEquals(1, sent.size(), "exactly once: " + sent);
        assertTrue(sent.get(0).value().contains("\"rating\":\"inadequate\""));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null")));
    }

    private static List<ConsumerRecord<String, String>> recorded() {
        return TopicReader.readAll(JudgementRecorded.TOPIC, r -> "E06000007".equals(r.key()), Duration.ofSeconds(4));
    }
}
