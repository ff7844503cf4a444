package watch.safeguarding.catalog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.Retention;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/** Operations: the dead-letter replay against the real broker, and retention driven by an explicit clock. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class OperationsTest {

    @Inject
    Retention retention;
    @Inject
    EntityManager em;

    @Test
    void aReportParkedOnTheDeadLetterTopicIsRecordedOnceReplayed() throws Exception {
        given().post("/admin/dead-letters/replay").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200);

        // parked while its cause was unfixed (the same bytes the consumer sent there)
        ReportParsed parked = Events.report("Replay News", LocalDate.of(2026, 11, 20), Events.outcome("E06000017", "overall", "inadequate", "new", 2026));
        TopicReader.send("reports.parsed.dlq", parked.reportId(), Events.json(parked));
        Thread.sleep(3000);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Report.count("id", parked.reportId())), "not consumed while parked");

        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200)
                .body("from", equalTo("reports.parsed.dlq")).body("to", equalTo("reports.parsed")).body("messages", greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> Report.findById(parked.reportId()) != null));
        // asked again (other tests' malformed messages may have been parked again), it does not record it twice
        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200);
        Thread.sleep(2000);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Report.count("id", parked.reportId())));
    }

    @Test
    void sentOutboxRowsGoOnceADayOldUnsentOnesStay() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long old = outboxRow(now.minus(Duration.ofHours(25)));
        long recent = outboxRow(now.minus(Duration.ofHours(23)));
        retention.purge(now);
        assertEquals(0, outboxRows(old));
        assertEquals(1, outboxRows(recent));
        // a day on, the recent one goes too
        retention.purge(now.plus(Duration.ofHours(2)));
        assertEquals(0, outboxRows(recent));
    }

    private long outboxRow(Instant sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("select nextval('outbox_event_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into outbox_event (id, topic, message_key, payload, created_at, sent_at) values (?1, 'retention-test', "
                    + "'k', '{}', ?2, ?2)").setParameter(1, id).setParameter(2, sentAt).executeUpdate();
            return id;
        });
    }

    private long outboxRows(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_event where id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }
}
