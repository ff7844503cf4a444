package watch.safeguarding.catalog;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import watch.safeguarding.catalog.entity.OutboxEvent;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * The relay sends a judgement's event as soon as the transaction that recorded it commits, not at its next poll: here
 * the poll runs once an hour, so only the wake after the commit can send the second report's event in time.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.HourlyPoll.class)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class OutboxWakeTest {

    private static final String COUNCIL = "E06000018";

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.outbox.interval", "1h", "catalog.seed.enabled", "false");
        }
    }

    @Test
    void anEventIsSentRightAfterItsJudgementCommits() throws Exception {
        // the first report may be sent by the relay's first scheduled run, which also starts it
        awaitSent(record(2025, "good"), Duration.ofSeconds(30));

        ReportParsed second = record(2026, "inadequate");
        awaitSent(second, Duration.ofSeconds(3));
        assertEquals(1, TopicReader.readAll(JudgementRecorded.TOPIC, r -> r.value().contains(second.reportId()), Duration.ofSeconds(2)).size(),
                "sent once");
    }

    private static ReportParsed record(int year, String rating) throws Exception {
        ReportParsed event = Events.report("Wake Gazette", LocalDate.of(year, 3, 1), Events.outcome(COUNCIL, "overall", rating, "new", year));
        TopicReader.send(ReportParsed.TOPIC, event.reportId(), Events.json(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(event) + sent(event) == 1);
        return event;
    }

    /** Waits at most {@code within} from when the catalog wrote the event until the relay marked it sent. */
    private static void awaitSent(ReportParsed event, Duration within) {
        await().atMost(within).until(() -> sent(event) == 1);
    }

    private static long unsent(ReportParsed event) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null and payload like ?1", "%" + event.reportId() + "%"));
    }

    private static long sent(ReportParsed event) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is not null and payload like ?1", "%" + event.reportId() + "%"));
    }
}
