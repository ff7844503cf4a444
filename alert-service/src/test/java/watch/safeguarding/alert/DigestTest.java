package watch.safeguarding.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.header;
import static watch.safeguarding.alert.Fixtures.kent;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.alert.service.DigestService;
import watch.safeguarding.alert.service.Frequency;
import watch.safeguarding.events.JudgementRecorded;

/** Daily and weekly digests: one email per person with everything since the last, at the set London time, never empty. */
@QuarkusTest
class DigestTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    DigestService digests;

    @Test
    void aDailyDigestBatchesEverythingSinceTheLastAndIsNeverEmpty() {
        String email = address("daily");
        subscribeConfirmed(email, List.of("E10000016"), List.of(), List.of("any"), "daily");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        JudgementRecorded one = kent("inadequate", first);
        publish(one);
        publish(kent("good", second));
        publish(one);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from delivery d join judgement j "
                + "on j.judgement_id = d.judgement_id where j.payload like ?1 and d.mail_id is null", "%" + second + "%") >= 1);
        awaitOutboxDrained();
        assertTrue(mailsTo(email, first).isEmpty(), "nothing before the digest");

        digests.run(Frequency.DAILY);
        MimeMessage digest = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, first).stream().findFirst().orElse(null),
                m -> m != null);
        assertEquals("Your daily Safeguarding Watch digest: 2 new judgements", subject(digest));
        assertTrue(Fixtures.text(digest).contains(second), "both judgements in one email");
        assertTrue(header(digest, "List-Unsubscribe").startsWith("<https://alerts.test.example/unsubscribe?token="));
        assertEquals("List-Unsubscribe=One-Click", header(digest, "List-Unsubscribe-Post"));

        // nothing new since: no email at all
        digests.run(Frequency.DAILY);
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email).stream().filter(m -> subject(m).contains("digest")).count());

        // the next one covers only what came after
        String third = UUID.randomUUID().toString();
        publish(kent("inadequate", third));
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from delivery d join judgement j "
                + "on j.judgement_id = d.judgement_id where j.payload like ?1", "%" + third + "%") >= 1);
        digests.run(Frequency.DAILY);
        MimeMessage next = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, third).stream().findFirst().orElse(null),
                m -> m != null);
        assertEquals("Your daily Safeguarding Watch digest: 1 new judgement", subject(next));
        assertTrue(!Fixtures.text(next).contains(first));
    }

    @Test
    void digestsRunAtTheSetLondonTimeOncePerPeriod() {
        String weekly = address("weekly");
        String immediate = address("immediate");
        subscribeConfirmed(weekly, List.of(), List.of("North East"), List.of("inadequate"), "weekly");
        // the same person also immediately for the same council: immediate wins, one email
        subscribeConfirmed(immediate, List.of("E06000005"), List.of(), List.of("inadequate"), "weekly");
        subscribeConfirmed(immediate, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String marker = UUID.randomUUID().toString();
        publish(darlington("inadequate", marker));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(immediate, marker).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from delivery d join judgement j "
                + "on j.judgement_id = d.judgement_id where j.payload like ?1", "%" + marker + "%") >= 2);

        // Monday 7 January 2030 (GMT) and Monday 1 July 2030 (BST): 06:59 London is too early, 07:00 runs, later the same day does not
        assertEquals(0, digests.runDue(london(2030, 1, 7, 6, 59)));
        assertTrue(digests.runDue(london(2030, 1, 7, 7, 0)) >= 1);
        MimeMessage digest = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(weekly, marker).stream().findFirst().orElse(null),
                m -> m != null);
        assertTrue(subject(digest).startsWith("Your weekly Safeguarding Watch digest"));
        assertEquals(0, digests.runDue(london(2030, 1, 7, 9, 30)), "once per day");
        // Tuesday: the daily digest may run, but nothing is waiting for it from these people and the weekly one is not due
        digests.runDue(london(2030, 1, 8, 7, 0));
        awaitOutboxDrained();
        assertEquals(1, mailsTo(weekly, marker).size());
        assertEquals(1, mailsTo(immediate, marker).size(), "the immediate alert only, no digest repeat");
        assertEquals(0, digests.runDue(london(2030, 7, 1, 5, 59)));
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }
}
