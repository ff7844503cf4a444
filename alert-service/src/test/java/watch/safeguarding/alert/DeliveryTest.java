package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.header;
import static watch.safeguarding.alert.Fixtures.judgement;
import static watch.safeguarding.alert.Fixtures.kent;
import static watch.safeguarding.alert.Fixtures.local;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.part;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.testsupport.SmtpResource;

/** Matching, deduplication, one-click unsubscribe, SMTP outages, headers and escaping, with real Kafka, PostgreSQL and SMTP. */
@QuarkusTest
class DeliveryTest {

    @Test
    void matchesByCouncilRegionAndGrade() {
        String byCouncil = address("council");
        String byRegion = address("region");
        String otherCouncil = address("kent");
        String otherRegion = address("london");
        String anyGrade = address("anygrade");
        String goodOnly = address("good");
        subscribeConfirmed(byCouncil, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(byRegion, List.of(), List.of("North East"), List.of(), "immediately");
        subscribeConfirmed(otherCouncil, List.of("E10000016"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(otherRegion, List.of(), List.of("London"), List.of("inadequate"), "immediately");
        subscribeConfirmed(anyGrade, List.of("E06000005"), List.of(), List.of("any"), "immediately");
        subscribeConfirmed(goodOnly, List.of("E06000005"), List.of(), List.of("good"), "immediately");

        String inadequate = UUID.randomUUID().toString();
        publish(darlington("inadequate", inadequate));
        String good = UUID.randomUUID().toString();
        publish(darlington("good", good));
        // an outcome given only as context never alerts
        String previous = UUID.randomUUID().toString();
        JudgementRecorded old = darlington("inadequate", previous);
        publish(Fixtures.with(old, null, 2015, false, "previous"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(anyGrade, good).isEmpty() && !mailsTo(byRegion, inadequate).isEmpty()
                && !mailsTo(byCouncil, inadequate).isEmpty() && !mailsTo(goodOnly, good).isEmpty());
        awaitOutboxDrained();
        assertEquals(1, mailsTo(anyGrade, inadequate).size());
        assertTrue(mailsTo(byCouncil, good).isEmpty(), "inadequate only");
        assertTrue(mailsTo(byRegion, good).isEmpty(), "default grade is inadequate");
        assertTrue(mailsTo(goodOnly, inadequate).isEmpty());
        for (String outside : List.of(otherCouncil, otherRegion)) {
            assertTrue(mailsTo(outside, inadequate).isEmpty() && mailsTo(outside, good).isEmpty(), "out of scope");
        }
        for (String anyone : List.of(byCouncil, byRegion, anyGrade)) {
            assertTrue(mailsTo(anyone, previous).isEmpty(), "status previous does not alert");
        }
    }

    @Test
    void theSameJudgementTwiceAndSeveralMatchingSubscriptionsGiveOneEmail() {
        String email = address("twice");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(email, List.of(), List.of("North East"), List.of("any"), "immediately");

        String marker = UUID.randomUUID().toString();
        JudgementRecorded judgement = darlington("inadequate", marker);
        publish(judgement);
        publish(judgement);
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email, marker).isEmpty());
        // a third copy after the first was mailed
        publish(judgement);
        String later = UUID.randomUUID().toString();
        publish(darlington("inadequate", later));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email, later).isEmpty());
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, marker).size(), "one email per person per judgement");
        assertEquals(1, Fixtures.count("select count(*) from judgement where judgement_id = ?1", judgement.judgementId()));
    }

    @Test
    void oneClickUnsubscribeStopsMail() throws Exception {
        String leaving = address("leaving");
        String staying = address("staying");
        subscribeConfirmed(leaving, List.of("E10000016"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(staying, List.of("E10000016"), List.of(), List.of("inadequate"), "immediately");
        String first = UUID.randomUUID().toString();
        publish(kent("inadequate", first));
        MimeMessage alert = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(leaving, first).stream().findFirst().orElse(null),
                m -> m != null);
        String unsubscribe = header(alert, "List-Unsubscribe").replaceAll("^<|>$", "");

        // what a mail client does for RFC 8058
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(local(unsubscribe)).then().statusCode(200)
                .body(containsString("You have unsubscribed"));
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(local(unsubscribe)).then().statusCode(200);
        // the link in the body shows a page with a button first (mail scanners open links)
        String bodyLink = local(part(alert, "text/plain").lines().filter(l -> l.startsWith("Unsubscribe: ")).findFirst().orElseThrow()
                .substring("Unsubscribe: ".length()).trim());
        given().get(bodyLink).then().statusCode(200).body(containsString("<button type=\"submit\" class=\"warning\">Unsubscribe</button>"));

        String second = UUID.randomUUID().toString();
        publish(kent("inadequate", second));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(staying, second).isEmpty());
        awaitOutboxDrained();
        assertTrue(mailsTo(leaving, second).isEmpty(), "no mail after unsubscribing");
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post("/unsubscribe?token=not-a-token").then()
                .statusCode(404);
    }

    @Test
    void smtpDownAndBackGivesEachEmailExactlyOnce() {
        String first = address("outage1");
        String second = address("outage2");
        subscribeConfirmed(first, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(second, List.of(), List.of("North East"), List.of("inadequate"), "immediately");

        String marker = UUID.randomUUID().toString();
        JudgementRecorded judgement = darlington("inadequate", marker);
        try (LogCapture logs = LogCapture.start()) {
            SmtpResource.greenMail().stop();
            try {
                publish(judgement);
                // at least two failed attempts each, backing off, still pending
                await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from mail m join delivery d on d.mail_id = m.id "
                        + "where d.judgement_id = ?1 and m.state = 'pending' and m.attempts >= 2 and m.last_error is not null",
                        judgement.judgementId()) >= 2);
            } finally {
                SmtpResource.restart();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(first, marker).isEmpty() && !mailsTo(second, marker).isEmpty());
            // every mail of this judgement (other tests' subscribers match it too, some still backing off) ends sent, its content dropped
            await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.count("select count(*) from mail m join delivery d on d.mail_id = m.id "
                    + "where d.judgement_id = ?1 and (m.state <> 'sent' or m.content is not null)", judgement.judgementId()) == 0);
            awaitOutboxDrained();
            assertEquals(1, mailsTo(first, marker).size());
            assertEquals(1, mailsTo(second, marker).size());
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("retrying")), "the retries were logged");
            logs.assertNoneContain(first, second);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("alert_mail_retried_total{kind=\"alert\""), "retried counter");
        assertTrue(metrics.contains("alert_mail_sent_total{kind=\"alert\""), "sent counter");
    }

    @Test
    void headersCannotBeInjectedAndEverythingRenderedIsEscaped() throws Exception {
        String email = address("escape");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String marker = UUID.randomUUID().toString();
        JudgementRecorded base = judgement("E06000005", "<script>alert(1)</script>Darl\r\nBcc: victim@evil.example", "North East",
                "inadequate", marker);
        JudgementRecorded hostile = new JudgementRecorded(base.schema(), base.judgementId(), base.council(), base.area(), base.rating(),
                base.status(), base.previousRating(), base.year(), base.date(), true,
                List.of(new JudgementRecorded.SourceRef("r", "javascript:alert(2)", "<img src=x onerror=alert(3)> " + marker, "<b>Pub</b>")),
                base.recordedAt(), false, 0.95, true, JudgementRecorded.REASON_NEWS, null, 1);
        publish(hostile);
        MimeMessage alert = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, marker).stream().findFirst().orElse(null),
                m -> m != null);
        String subject = subject(alert);
        assertFalse(subject.contains("\r") || subject.contains("\n"), subject);
        assertTrue(subject.startsWith("<script>alert(1)</script>Darl Bcc: victim@evil.example: children's services rated inadequate"), subject);
        assertEquals(null, alert.getHeader("Bcc"));
        assertEquals(1, alert.getAllRecipients().length);
        assertEquals(email, alert.getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(SmtpResource.greenMail().getReceivedMessagesForDomain("evil.example").length == 0, "nothing went to the injected address");

        String html = part(alert, "text/html");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;Darl"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;"), html);
        assertTrue(html.contains("&lt;b&gt;Pub&lt;/b&gt;"), html);
    }
}
