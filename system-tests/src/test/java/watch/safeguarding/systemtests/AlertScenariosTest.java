package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.systemtests.TheSystem.published;
import static watch.safeguarding.systemtests.TheSystem.subject;
import static watch.safeguarding.systemtests.TheSystem.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import watch.safeguarding.testsupport.Ports;

/**
 * What alerts and what does not, with the three services as processes against real Kafka, PostgreSQL and SMTP: each
 * scenario posts reports as a journalist would and reads what subscribers receive. Topics have three partitions, so
 * that the scenario with two instances of each service shares them out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertScenariosTest {

    private static TheSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new TheSystem(3);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String ref() {
        return " Ref " + UUID.randomUUID() + ".";
    }

    @Test
    @Order(1)
    void fiveInadequateAreasInOneReportMakeOneEmail() throws Exception {
        String reader = address("five");
        system.subscribeConfirmed(system.alert, reader, "[\"inadequate\"]", "immediately", "[\"E06000017\"]");
        JsonNode accepted = system.report(published(1) + "\n\nChildren's services at Rutland County Council have been rated inadequate by "
                + "Ofsted.\n\nIn a report published on Friday, inspectors judged the impact of leaders on social work practice to be "
                + "inadequate. The experiences and progress of children who need help and protection were judged inadequate, the "
                + "experiences and progress of children in care were judged inadequate, and the experiences and progress of care "
                + "leavers were also judged inadequate." + ref());
        assertEquals(5, accepted.path("outcomes").size(), "the parser found five judgements: " + accepted);

        MimeMessage alert = await().atMost(Duration.ofSeconds(30)).until(() -> system.alertsTo(reader, "Rutland").stream().findFirst()
                .orElse(null), m -> m != null);
        system.awaitAlertsSettled();
        assertEquals(1, system.alertsTo(reader, "Rutland").size(), "one email for the inspection");
        assertEquals("Rutland: children's services rated inadequate (5 judgements)", subject(alert));
        String body = text(alert);
        for (String area : List.of("Overall effectiveness", "Impact of leaders", "Children who need help and protection", "Children in care",
                "Care leavers")) {
            assertTrue(body.contains(area), area + " in " + body);
        }
    }

    @Test
    @Order(2)
    void anOldArticlePostedTodayIsRecordedButAlertsNobody() throws Exception {
        String reader = address("old");
        system.subscribeConfirmed(system.alert, reader, "[\"any\"]", "immediately", "[]");
        JsonNode accepted = system.report("Published: 1 September 2015\n\nChildren's services at Darlington Borough Council have been "
                + "rated inadequate by Ofsted, in a report published on Friday." + ref());
        String reportId = accepted.path("reportId").asText();
        assertTrue(TheSystem.get(system.catalog.url("/reports/" + reportId)).body().contains("E06000005"), "recorded in the catalog");
        system.awaitAlertsSettled();
        assertTrue(system.alertsTo(reader, "Darlington").isEmpty(), "a 2015 grade is history, not news");
    }

    @Test
    @Order(3)
    void aDatabaseOutageUnderTheAlertConsumerLosesNoAlert() throws Exception {
        String reader = address("outage");
        system.subscribeConfirmed(system.alert, reader, "[\"inadequate\"]", "immediately", "[\"E06000014\"]");
        system.alertDatabase(true);
        try {
            system.report(published(1) + "\n\nChildren's services at City of York Council have been rated inadequate by "
                    + "Ofsted, in a report published on Friday." + ref());
            await().atMost(Duration.ofSeconds(40)).until(() -> system.alert.log().split("judgements.recorded message not processed", -1)
                    .length > 2);
        } finally {
            system.alertDatabase(false);
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> !system.alertsTo(reader, "York").isEmpty());
        system.awaitAlertsSettled();
        assertEquals(1, system.alertsTo(reader, "York").size(), "the alert, once");
        assertTrue(!system.alert.log().contains("sent to the dead-letter topic"), "nothing dead-lettered");
    }

    @Test
    @Order(4)
    void unsubscribingCancelsAnAlertThatIsRetryingAndSubscribingAgainBringsNothingBack() throws Exception {
        String leaving = address("leaving");
        system.subscribeConfirmed(system.alert, leaving, "[\"inadequate\"]", "immediately", "[\"E08000002\"]");
        String token = system.manageToken(leaving);
        long retriedBefore = system.alertCount("select count(*) from mail where kind = 'alert' and attempts >= 1 and state = 'pending'");
        system.stopSmtp();
        try {
            system.report(published(1) + "\n\nChildren's services at Bury Council have been rated inadequate by Ofsted, in a report "
                    + "published on Friday." + ref());
            await().atMost(Duration.ofSeconds(40)).until(() -> system.alertCount(
                    "select count(*) from mail where kind = 'alert' and attempts >= 1 and state = 'pending'") > retriedBefore);
            assertEquals(200, TheSystem.post(system.alert.url("/manage/unsubscribe-all"), "application/x-www-form-urlencoded",
                    "token=" + token, Map.of()).statusCode());
        } finally {
            system.startSmtp();
        }
        system.subscribeConfirmed(system.alert, leaving, "[\"inadequate\"]", "immediately", "[\"E08000002\"]");
        // longer than the retry backoff (1 s here): a retry still due would have been sent
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertEquals(0, system.alertCount("select count(*) from mail where state = 'pending'"), "nothing left to send");
        assertTrue(system.alertsTo(leaving, "Bury").isEmpty(), "the alert queued before unsubscribing never went out");
    }

    @Test
    @Order(5)
    void twoCatalogAndTwoAlertInstancesAgainstOneBrokerSendEachAlertOnce() throws Exception {
        ServiceProcess secondCatalog = system.start("catalog-service", "catalog-service-2", Ports.free(), system.catalogEnv(system.catalogDb));
        ServiceProcess secondAlert = system.startAlert("alert-service-2");
        String reader = address("replicas");
        system.subscribeConfirmed(secondAlert, reader, "[\"inadequate\"]", "immediately", "[]");
        Map<String, String> councils = Map.of("Kent County Council", "Kent", "Hartlepool Borough Council", "Hartlepool",
                "Middlesbrough Council", "Middlesbrough", "Halton Borough Council", "Halton", "Warrington Borough Council", "Warrington",
                "Wigan Council", "Wigan");
        for (String council : councils.keySet()) {
            system.report(published(2) + "\n\nChildren's services at " + council + " have been rated inadequate by Ofsted, in a report "
                    + "published on Friday." + ref());
            // a second article about the same inspection, which either catalog instance may record
            system.report(published(2) + "\n\nChildren's services at " + council + " have been rated inadequate by Ofsted, in a report "
                    + "published this week." + ref());
        }
        for (String council : councils.values()) {
            await().atMost(Duration.ofSeconds(40)).until(() -> !system.alertsTo(reader, council).isEmpty());
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> system.caughtUp("alert-service", "judgements.recorded")
                && system.alertCount("select count(*) from mail where state = 'pending'") == 0);
        for (String council : councils.values()) {
            assertEquals(1, system.alertsTo(reader, council).size(), council + ": one email, no duplicate");
        }
        secondCatalog.close();
        secondAlert.close();
    }

    @Test
    @Order(6)
    void newsContradictingAnOfficialReportAlertsNobody() throws Exception {
        String reader = address("disputed");
        system.subscribeConfirmed(system.alert, reader, "[\"inadequate\"]", "immediately", "[\"E06000011\"]");
        system.officialReport("E06000011", "East Riding of Yorkshire", "overall", "good", LocalDate.now(ZoneOffset.UTC).minusDays(3));
        system.report(published(1) + "\n\nChildren's services at East Riding of Yorkshire Council have been rated "
                + "inadequate by Ofsted, in a report published on Friday." + ref());
        system.awaitAlertsSettled();
        assertTrue(system.alertsTo(reader, "East Riding of Yorkshire").isEmpty(), "Ofsted's grade wins");
    }

    @Test
    @Order(7)
    void anUndatedArticleThatTheCatalogContradictsAlertsNobody() throws Exception {
        String reader = address("undated");
        system.subscribeConfirmed(system.alert, reader, "[\"inadequate\"]", "immediately", "[\"E08000029\"]");
        system.officialReport("E08000029", "Solihull", "overall", "good", LocalDate.now(ZoneOffset.UTC).minusDays(10));
        system.report("Children's services at Solihull Metropolitan Borough Council have been rated inadequate by "
                + "Ofsted." + ref());
        system.awaitAlertsSettled();
        assertTrue(system.alertsTo(reader, "Solihull").isEmpty(), "an undated grade that the record contradicts is not news");
    }

    @Test
    @Order(8)
    void aJudgementFirstMentionedAsPreviousAlertsOnceWhenReportedAsNew() throws Exception {
        String reader = address("previous");
        system.subscribeConfirmed(system.alert, reader, "[\"inadequate\"]", "immediately", "[\"E08000014\"]");
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        system.report(published(3) + "\n\nSefton Council, which was rated inadequate by Ofsted in " + year + ", has "
                + "appointed a new director of children's services." + ref());
        system.awaitAlertsSettled();
        assertTrue(system.alertsTo(reader, "Sefton").isEmpty(), "a grade given as context is not news");
        system.report(published(1) + "\n\nChildren's services at Sefton Council have been rated inadequate by Ofsted, "
                + "in a report published on Friday." + ref());
        await().atMost(Duration.ofSeconds(40)).until(() -> !system.alertsTo(reader, "Sefton").isEmpty());
        system.awaitAlertsSettled();
        system.report(published(0) + "\n\nChildren's services at Sefton Council have been rated inadequate by Ofsted, "
                + "the second report this week." + ref());
        system.awaitAlertsSettled();
        assertEquals(1, system.alertsTo(reader, "Sefton").size(), "alerted once, when it became news");
    }

    @Test
    @Order(9)
    void unsubscribingCancelsAQueuedDigestAndARetryingAlertSoNothingGoesOutWhenSmtpReturnsAndTheDigestRuns() throws Exception {
        String stockport = "[\"E08000007\"]";
        String digestLeaving = address("digest-leaving");
        String alertLeaving = address("alert-leaving");
        String digestStaying = address("digest-staying");
        system.subscribeConfirmed(system.alert, digestLeaving, "[\"inadequate\"]", "daily", stockport);
        system.subscribeConfirmed(system.alert, alertLeaving, "[\"inadequate\"]", "immediately", stockport);
        system.subscribeConfirmed(system.alert, digestStaying, "[\"inadequate\"]", "daily", stockport);
        String digestLeavingToken = system.manageToken(digestLeaving);
        String alertLeavingToken = system.manageToken(alertLeaving);
        long digestsBefore = system.alertCount("select count(*) from mail where kind = 'digest'");
        String deliveries = "select count(*) from delivery d join judgement j on j.judgement_id = d.judgement_id "
                + "where j.council_code = 'E08000007' ";
        String alertMails = deliveries.replace(" where", " join mail m on m.id = d.mail_id where") + "and m.kind = 'alert' ";
        system.stopSmtp();
        try {
            system.report(published(1) + "\n\nChildren's services at Stockport Metropolitan Borough Council have been rated inadequate "
                    + "by Ofsted, in a report published on Friday." + ref());
            // both daily deliveries wait for the digest; every alert about it (other scenarios' readers get one too) is retrying
            await().atMost(Duration.ofSeconds(40)).until(() -> system.alertCount(deliveries + "and d.frequency = 'daily' and d.mail_id is null") == 2
                    && system.alertCount(alertMails) > 0
                    && system.alertCount(alertMails + "and m.state = 'pending' and m.attempts >= 1") == system.alertCount(alertMails));
            for (String token : List.of(digestLeavingToken, alertLeavingToken)) {
                assertEquals(200, TheSystem.post(system.alert.url("/manage/unsubscribe-all"), "application/x-www-form-urlencoded",
                        "token=" + token, Map.of()).statusCode());
            }
        } finally {
            system.startSmtp();
        }
        // back on the same digest (re-subscribing to a retried alert is scenario 4): what waited for it before must not
        // come back with it
        system.subscribeConfirmed(system.alert, digestLeaving, "[\"inadequate\"]", "daily", stockport);
        // the daily digest runs (again, as if it had not run today): an instance whose digest time has passed runs it
        // within its first minute
        system.alertUpdate("delete from digest_run");
        ServiceProcess digests = system.startAlert("alert-service-digest", Ports.free(), Map.of("ALERT_DIGEST_ENABLED", "true",
                "ALERT_DIGEST_TIME", "00:00", "ALERT_DIGEST_ZONE", "UTC"));
        try {
            MimeMessage digest = await().atMost(Duration.ofSeconds(90)).until(() -> system.mailsTo(digestStaying).stream()
                    .filter(m -> subject(m).startsWith("Your daily Safeguarding Watch digest")).findFirst().orElse(null), m -> m != null);
            assertTrue(text(digest).contains("Stockport"), "the digest that ran tells of Stockport: " + text(digest));
            // longer than the retry backoff (1 s here): a retry or a digest still due would have been sent
            await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);
            system.awaitAlertsSettled();
        } finally {
            digests.close();
        }
        assertEquals(digestsBefore + 1, system.alertCount("select count(*) from mail where kind = 'digest'"), "one digest: the staying reader's");
        assertTrue(system.mailsTo(digestLeaving).stream().noneMatch(m -> subject(m).startsWith("Your daily")), "no digest after unsubscribing");
        assertTrue(system.alertsTo(alertLeaving, "Stockport").isEmpty(), "the retrying alert never went out after unsubscribing");
        assertEquals(0, system.alertCount(alertMails + "and m.state = 'pending'"), "nothing about it left to send");
    }

    @Test
    @Order(10)
    void aCatalogRebuiltFromTheTopicAnnouncesNothingAgain() throws Exception {
        await().atMost(Duration.ofSeconds(40)).until(() -> system.caughtUp("alert-service", "judgements.recorded"));
        long mailsBefore = system.alertCount("select count(*) from mail where kind in ('alert', 'digest')");
        long toldBefore = system.alertCount("select count(*) from judgement");
        long eventsBefore = system.topicEnd("judgements.recorded");
        assertTrue(toldBefore > 0, "earlier scenarios told something");
        // a new database and a new consumer group: the whole of reports.parsed again, and judgements.recorded published again
        Map<String, String> env = new HashMap<>(system.catalogEnv(system.database("catalog_rebuilt")));
        env.put("MP_MESSAGING_INCOMING_REPORTS_IN_GROUP_ID", "catalog-rebuild");
        ServiceProcess rebuilt = system.start("catalog-service", "catalog-service-rebuilt", Ports.free(), env);
        await().atMost(Duration.ofSeconds(60)).until(() -> system.caughtUp("catalog-rebuild", "reports.parsed"));
        await().atMost(Duration.ofSeconds(60)).until(() -> system.topicEnd("judgements.recorded") > eventsBefore
                && system.caughtUp("alert-service", "judgements.recorded")
                && system.alertCount("select count(*) from mail where state = 'pending'") == 0);
        assertEquals(toldBefore, system.alertCount("select count(*) from judgement"), "no judgement told twice");
        assertEquals(mailsBefore, system.alertCount("select count(*) from mail where kind in ('alert', 'digest')"), "no new email");
        rebuilt.close();
    }
}
