package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.confirmLink;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.header;
import static watch.safeguarding.alert.Fixtures.json;
import static watch.safeguarding.alert.Fixtures.local;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.part;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribe;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.events.JudgementRecorded;

/** The vertical slice: subscribe, confirm by the emailed link, a judgement arrives on Kafka, the alert email goes out over SMTP. */
@QuarkusTest
class AlertFlowTest {

    @Test
    void confirmedSubscriberGetsOneAlertWithEverythingInIt() throws Exception {
        String email = address("parent");
        subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then()
                .statusCode(202).body("message", containsString("Check your email")).body(not(containsString("token")));

        String link = confirmLink(email);
        assertTrue(link.startsWith(Fixtures.PUBLIC_URL + "/subscriptions/confirm?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);
        assertTrue(token.length() >= 22, "at least 128 bits");
        Fixtures.confirm(link).then().statusCode(200).body(containsString("Your alerts are confirmed")).body(containsString("Darlington"));
        // confirming again is harmless
        Fixtures.confirm(link).then().statusCode(200).body(containsString("Your alerts are confirmed"));

        String marker = UUID.randomUUID().toString();
        JudgementRecorded judgement = darlington("inadequate", marker);
        publish(judgement);

        MimeMessage alert = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, marker).stream().findFirst().orElse(null),
                m -> m != null);
        assertEquals("Darlington: children's services rated inadequate", subject(alert));
        String text = part(alert, "text/plain");
        String html = part(alert, "text/html");
        assertNotNull(text, "plain text part");
        assertNotNull(html, "HTML part");
        for (String body : List.of(text, html)) {
            assertTrue(body.contains("Darlington"), body);
            assertTrue(body.contains("North East"), body);
            assertTrue(body.contains("Overall effectiveness"), body);
            assertTrue(body.contains("Inadequate"), body);
            assertTrue(body.contains("Requires improvement to be good"), "previous grade: " + body);
            assertTrue(body.contains("20 November 2026"), body);
            assertTrue(body.contains("https://news.example/" + marker), "source link: " + body);
            assertTrue(body.contains("http://catalog.test.example/councils/E06000005"), "catalog link: " + body);
            assertTrue(body.contains(Fixtures.PUBLIC_URL + "/manage?token="), "manage link: " + body);
            assertTrue(body.contains(Fixtures.PUBLIC_URL + "/unsubscribe?token="), "unsubscribe link: " + body);
        }
        String listUnsubscribe = header(alert, "List-Unsubscribe");
        assertTrue(listUnsubscribe.matches("<https://alerts\\.test\\.example/unsubscribe\\?token=[A-Za-z0-9_-]{43}>"), listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", header(alert, "List-Unsubscribe-Post"));

        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, marker).size(), "exactly one alert");
        assertFalse(Fixtures.count("select count(*) from token where hash = ?1", token) > 0, "the raw token is not stored");
    }

    @Test
    void nothingIsSentToAnUnconfirmedAddress() {
        String unconfirmed = address("unconfirmed");
        String confirmed = address("confirmed");
        subscribe(json(unconfirmed, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        confirmLink(unconfirmed);
        subscribeConfirmed(confirmed, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");

        String marker = UUID.randomUUID().toString();
        publish(darlington("inadequate", marker));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(confirmed, marker).isEmpty());
        awaitOutboxDrained();
        assertEquals(1, mailsTo(unconfirmed).size(), "only the confirmation email");
        assertTrue(mailsTo(unconfirmed, marker).isEmpty());
    }
}
