package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.systemtests.TheSystem.subject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One report through the whole system, each hop real: ingest publishes to a real broker, the catalog stores it in
 * PostgreSQL and records the judgement, the alert service emails a confirmed subscriber over SMTP.
 */
class WalkingSkeletonTest {

    private static TheSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = new TheSystem(1);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aReportPostedToIngestReachesTheCatalogAndAlertsAConfirmedSubscriber() throws Exception {
        String subscriber = "parent-" + UUID.randomUUID() + "@example.org";
        system.subscribeConfirmed(system.alert, subscriber, "[\"inadequate\"]", "immediately", "[]");

        String report = TheSystem.published(1) + "\n\n"
                + "Children's services at Rutland County Council have been rated inadequate by Ofsted.\n\n"
                + "Inspectors judged the help and protection of children in the county to be inadequate, "
                + "in a report published on Friday. Ref " + UUID.randomUUID() + ".";
        HttpResponse<String> accepted = system.postReport(report);
        JsonNode body = TheSystem.JSON.readTree(accepted.body());
        String reportId = body.path("reportId").asText();
        assertEquals(system.catalog.url("/reports/" + reportId), accepted.headers().firstValue("Location").orElseThrow());
        assertTrue(body.path("outcomes").toString().contains("E06000017"), "the parser found Rutland: " + body);
        assertTrue(TheSystem.get(system.catalog.url("/reports/" + reportId)).body().contains("E06000017"));

        MimeMessage alertMail = await().atMost(Duration.ofSeconds(30)).until(() -> system.alertsTo(subscriber, "Rutland").stream()
                .findFirst().orElse(null), m -> m != null);
        assertTrue(subject(alertMail).toLowerCase().contains("inadequate"), subject(alertMail));
        assertTrue(alertMail.getHeader("List-Unsubscribe") != null, "one-click unsubscribe header present");
        system.awaitAlertsSettled();
        assertEquals(1, system.alertsTo(subscriber, "Rutland").size(), "overall and help and protection: one email");
    }
}
