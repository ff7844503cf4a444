package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.kent;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import watch.safeguarding.alert.service.DigestService;
import watch.safeguarding.alert.service.Frequency;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.testsupport.SmtpResource;

/** Unsubscribing cancels what was still coming: a delivery waiting for the digest and an alert between SMTP retries. */
@QuarkusTest
class UnsubscribeCancelsTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("https?://\\S+/manage\\?token=([A-Za-z0-9_-]+)");

    @Inject
    DigestService digests;

    @Test
    void nothingQueuedIsSentAfterUnsubscribingNorOnSubscribingAgain() {
        String leaving = address("leaving");
        String staying = address("staying");
        subscribeConfirmed(leaving, List.of("E10000016"), List.of(), List.of("any"), "daily");
        // a council no other test subscribes to, so that the retrying alert is this person's only
        subscribeConfirmed(leaving, List.of("E06000052"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(staying, List.of("E10000016"), List.of(), List.of("any"), "daily");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Fixtures.randomIp()).body("{\"email\":\"" + leaving + "\"}")
                .post("/manage/link").then().statusCode(202);
        String manageToken = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(leaving).stream()
                .filter(m -> subject(m).startsWith("Manage")).map(Fixtures::text).map(MANAGE_LINK::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null), t -> t != null);

        String digestMarker = UUID.randomUUID().toString();
        JudgementRecorded forDigest = kent("inadequate", digestMarker);
        publish(forDigest);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from delivery where judgement_id = ?1",
                forDigest.judgementId()) >= 2);
        String retryMarker = UUID.randomUUID().toString();
        JudgementRecorded retried = Fixtures.judgement("E06000052", "Cornwall", "South West", "inadequate", retryMarker);
        SmtpResource.greenMail().stop();
        try {
            publish(retried);
            await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from mail m join delivery d on d.mail_id = m.id "
                    + "where d.judgement_id = ?1 and m.state = 'pending' and m.attempts >= 1", retried.judgementId()) == 1);
            given().contentType(ContentType.URLENC).formParam("token", manageToken).post("/manage/unsubscribe-all").then().statusCode(200);
        } finally {
            SmtpResource.restart();
        }
        assertEquals(1, Fixtures.count("select count(*) from mail m join delivery d on d.mail_id = m.id where d.judgement_id = ?1 "
                + "and m.state = 'cancelled' and m.content is null and d.cancelled_at is not null", retried.judgementId()));

        digests.run(Frequency.DAILY);
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(staying, digestMarker).isEmpty());
        // subscribing again to the same alerts brings nothing of before back
        subscribeConfirmed(leaving, List.of("E10000016"), List.of(), List.of("any"), "daily");
        subscribeConfirmed(leaving, List.of("E06000052"), List.of(), List.of("inadequate"), "immediately");
        digests.run(Frequency.DAILY);
        awaitOutboxDrained();
        // longer than the test's retry backoff, so a retry that was still due would have gone out
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertTrue(mailsTo(leaving, digestMarker).isEmpty(), "the waiting digest delivery was cancelled");
        assertTrue(mailsTo(leaving, retryMarker).isEmpty(), "the retrying alert was cancelled");
        assertEquals(1, mailsTo(staying, digestMarker).size());
    }
}
