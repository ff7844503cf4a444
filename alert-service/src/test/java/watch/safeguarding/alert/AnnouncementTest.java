package watch.safeguarding.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.inGroup;
import static watch.safeguarding.alert.Fixtures.kent;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.part;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.alert.service.DigestService;
import watch.safeguarding.alert.service.Frequency;
import watch.safeguarding.events.JudgementRecorded;

/** One email per inspection, held until its events are in (or max-wait), told once whatever is replayed, and only news. */
@QuarkusTest
class AnnouncementTest {

    private static final List<String> AREAS = List.of("overall", "help_and_protection", "children_in_care", "care_leavers", "leadership");

    @Inject
    DigestService digests;

    @Test
    void fiveInadequateAreasOfOneReportMakeOneEmailListingEveryArea() throws Exception {
        String email = address("five");
        String daily = address("five-daily");
        subscribeConfirmed(email, List.of("E10000016"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(daily, List.of("E10000016"), List.of(), List.of("inadequate"), "daily");
        String marker = UUID.randomUUID().toString();
        String group = "g-" + marker;
        JudgementRecorded base = kent("inadequate", marker);
        List<JudgementRecorded> events = AREAS.stream().map(area -> inGroup(base, area, group, AREAS.size())).toList();
        events.forEach(Fixtures::publish);
        // the topic replayed: nothing new
        events.forEach(Fixtures::publish);

        MimeMessage alert = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, marker).stream().findFirst().orElse(null),
                m -> m != null);
        assertEquals("Kent: children's services rated inadequate (5 judgements)", subject(alert));
        for (String body : List.of(part(alert, "text/plain"), part(alert, "text/html"))) {
            for (String label : List.of("Overall effectiveness", "Children who need help and protection", "Children in care", "Care leavers",
                    "Impact of leaders")) {
                assertTrue(body.contains(label), label + " in " + body);
            }
            assertTrue(body.contains("Requires improvement to be good"), "previous grades: " + body);
        }
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, marker).size(), "one email for the inspection");

        digests.run(Frequency.DAILY);
        MimeMessage digest = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(daily, marker).stream().findFirst().orElse(null),
                m -> m != null);
        String text = part(digest, "text/plain");
        assertEquals(1, text.split("Kent: children's services rated", -1).length - 1, "one section for the council: " + text);
        assertTrue(text.contains("Care leavers"), text);
    }

    @Test
    void anIncompleteAnnouncementIsReleasedAfterMaxWaitAndALateEventIsToldOnItsOwn() {
        String email = address("incomplete");
        subscribeConfirmed(email, List.of("E10000016"), List.of(), List.of("any"), "immediately");
        String marker = UUID.randomUUID().toString();
        String group = "g-" + marker;
        JudgementRecorded base = kent("inadequate", marker);
        publish(inGroup(base, "overall", group, 3));
        publish(inGroup(base, "leadership", group, 3));
        // max-wait is 3 s in tests
        MimeMessage first = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, marker).stream().findFirst().orElse(null),
                m -> m != null);
        assertEquals("Kent: children's services rated inadequate (2 judgements)", subject(first));
        publish(inGroup(base, "care_leavers", group, 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, marker).size() == 2);
        awaitOutboxDrained();
        assertEquals(2, mailsTo(email, marker).size());
    }

    @Test
    void onlyWhatTheCatalogSaysToNotifyAndDatedWithinTheWindowAlerts() {
        String email = address("news-only");
        subscribeConfirmed(email, List.of("E10000016"), List.of(), List.of("any"), "immediately");
        String disputed = UUID.randomUUID().toString();
        publish(Fixtures.with(kent("inadequate", disputed), LocalDate.of(2026, 11, 20), 2026, false, "new"));
        // the catalog says notify, but the date is 2015: the alert service's own check stops it
        String old = UUID.randomUUID().toString();
        publish(Fixtures.with(kent("inadequate", old), LocalDate.of(2015, 9, 1), 2015, true, "new"));
        String undatedOld = UUID.randomUUID().toString();
        publish(Fixtures.with(kent("inadequate", undatedOld), null, 2015, true, "new"));
        // a judgement first sent without notify, then with it (previous, then new): alerts once, then
        String later = UUID.randomUUID().toString();
        JudgementRecorded previous = Fixtures.regrouped(Fixtures.with(kent("inadequate", later), null, 2026, false, "previous"), "g-1-" + later);
        publish(previous);
        publish(Fixtures.regrouped(Fixtures.with(previous, LocalDate.of(2026, 11, 20), 2026, true, "new"), "g-2-" + later));

        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email, later).isEmpty());
        awaitOutboxDrained();
        assertEquals(1, mailsTo(email, later).size());
        for (String silent : List.of(disputed, old, undatedOld)) {
            assertTrue(mailsTo(email, silent).isEmpty(), "no alert for " + silent);
        }
        assertEquals(1, Fixtures.count("select count(*) from announcement_member where reason = 'old' and payload like ?1", "%" + old + "%"),
                "recorded, refused as old");
    }
}
