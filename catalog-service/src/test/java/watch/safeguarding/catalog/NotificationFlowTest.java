package watch.safeguarding.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.OutboxEvent;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.ReportRecorder;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * Which judgements.recorded events the catalog writes and whether each notifies, against the real PostgreSQL. Every
 * test has councils of its own and years after the seeded official outcomes, and gives its reports their time of
 * receipt, as the topic would.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class NotificationFlowTest {

    @Inject
    ReportRecorder recorder;
    @Inject
    EntityManager em;

    private static Instant at(String date) {
        return Instant.parse(date + "T09:00:00Z");
    }

    private static List<JudgementRecorded> written(String councilCode) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("messageKey = ?1 order by id", councilCode))
                .stream().map(row -> {
                    try {
                        return Events.JSON.readValue(row.payload, JudgementRecorded.class);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static long judgements(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> Judgement.count(query, params));
    }

    private static Inspection inspection(LocalDate published) {
        return new Inspection("ilacs", published.minusDays(40), published.minusDays(30), published);
    }

    @Test
    void anArchivedArticleFillsTheHistoryWithoutNotifying() {
        String code = "E08000001";
        ReportParsed archived = Events.report("Archive", LocalDate.of(2015, 9, 1), at("2031-03-01"),
                Events.outcome(code, "overall", "inadequate", "new", 2015));
        assertEquals(1, recorder.recordAll(List.of(archived)));
        assertEquals(1, judgements("councilCode = ?1 and rating = 'inadequate' and year = 2015", code));
        List<JudgementRecorded> events = written(code);
        assertEquals(1, events.size());
        assertFalse(events.get(0).notifySubscribers());
        assertEquals(JudgementRecorded.REASON_OLD, events.get(0).notifyReason());
    }

    @Test
    void oneReportOfFiveInadequateAreasIsOneAnnouncementOfFiveNotifyingEvents() {
        String code = "E08000002";
        List<String> areas = List.of("overall", "leadership", "help_and_protection", "children_in_care", "care_leavers");
        ReportParsed report = Events.report("Gazette", LocalDate.of(2031, 3, 1), at("2031-03-02"),
                areas.stream().map(area -> Events.outcome(code, area, "inadequate", "new", 2031)).toArray(watch.safeguarding.events.Outcome[]::new));
        recorder.recordAll(List.of(report));
        List<JudgementRecorded> events = written(code);
        assertEquals(5, events.size());
        assertEquals(1, events.stream().map(JudgementRecorded::groupId).distinct().count(), "one email lists every area");
        assertTrue(events.stream().allMatch(e -> e.groupSize() == 5 && e.notifySubscribers() && "news".equals(e.notifyReason())), events.toString());
        assertEquals(5, events.stream().map(JudgementRecorded::judgementId).distinct().count());
    }

    @Test
    void anUndatedTextContradictedByOfstedDoesNotNotifyAndPostedAgainWithItsDateIsCorrected() {
        String code = "E08000003";
        recorder.recordAll(List.of(Events.ofsted(inspection(LocalDate.of(2031, 2, 20)), at("2031-02-20"),
                Events.outcome(code, "overall", "outstanding", "new", 2031, 0.95))));
        ReportParsed undated = Events.report("Blog", null, at("2031-06-01"), Events.outcome(code, "overall", "inadequate", "new", null));
        recorder.recordAll(List.of(undated));
        JudgementRecorded guess = written(code).get(1);
        assertEquals(2031, guess.year(), "an undated text is taken to be of the year it was received in");
        assertFalse(guess.notifySubscribers(), guess.toString());

        ReportParsed dated = Events.dated(undated, LocalDate.of(2015, 9, 1));
        assertEquals(1, recorder.recordAll(List.of(dated)), "the same text with its date corrects the record");
        assertEquals(LocalDate.of(2015, 9, 1), QuarkusTransaction.requiringNew().call(() -> Report.<Report>findById(undated.reportId()).publishedDate));
        assertEquals(0, judgements("councilCode = ?1 and rating = 'inadequate' and year = 2031", code), "the guess is gone");
        assertEquals(1, judgements("councilCode = ?1 and rating = 'inadequate' and year = 2015", code));
        List<JudgementRecorded> events = written(code);
        assertEquals(3, events.size(), events.toString());
        assertEquals(JudgementRecorded.REASON_OLD, events.get(2).notifyReason());
        assertFalse(events.get(2).notifySubscribers());

        assertEquals(0, recorder.recordAll(List.of(dated)), "an identical message changes nothing");
        assertEquals(0, recorder.recordAll(List.of(undated)), "nor does the undated one again");
        assertEquals(3, written(code).size());
        given().get("/councils/" + code).then().statusCode(200)
                .body("currentGrades.find { it.area == 'overall' }.rating", equalTo("outstanding"));
    }

    @Test
    void newsContradictingOfstedsGradeIsDisputedShownBesideItAndDoesNotNotify() {
        String code = "E08000004";
        recorder.recordAll(List.of(Events.ofsted(inspection(LocalDate.of(2031, 2, 20)), at("2031-02-20"),
                Events.outcome(code, "overall", "good", "new", 2031, 0.95))));
        recorder.recordAll(List.of(Events.report("Paper", LocalDate.of(2031, 2, 28), at("2031-03-01"),
                Events.outcome(code, "overall", "inadequate", "new", 2031))));
        List<JudgementRecorded> events = written(code);
        assertEquals(2, events.size());
        assertTrue(events.get(0).official() && events.get(0).notifySubscribers(), "Ofsted's report of this month notifies");
        assertEquals(JudgementRecorded.REASON_DISPUTED, events.get(1).notifyReason());
        assertFalse(events.get(1).notifySubscribers());
        given().get("/councils/" + code).then().statusCode(200)
                .body("currentGrades.find { it.area == 'overall' }.rating", equalTo("good"))
                .body("currentGrades.find { it.area == 'overall' }.official", equalTo(true))
                .body("currentGrades.find { it.area == 'overall' }.inspectionStart", equalTo("2031-01-11"))
                .body("disputed", hasSize(1)).body("disputed[0].rating", equalTo("inadequate"))
                .body("disputed[0].disputed", equalTo(true));
    }

    @Test
    void ofstedsReportNotifiesWhatNewsDidNotAlreadyAnnounce() {
        String code = "E08000005";
        recorder.recordAll(List.of(Events.report("Paper", LocalDate.of(2031, 3, 1), at("2031-03-01"),
                Events.outcome(code, "overall", "inadequate", "new", 2031))));
        recorder.recordAll(List.of(Events.ofsted(inspection(LocalDate.of(2031, 3, 5)), at("2031-03-06"),
                Events.outcome(code, "overall", "inadequate", "new", 2031, 0.95),
                Events.outcome(code, "leadership", "inadequate", "new", 2031, 0.95),
                Events.outcome(code, "help_and_protection", "requires_improvement", "new", 2031, 0.95))));
        List<JudgementRecorded> events = written(code);
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.get(0).notifySubscribers());
        List<JudgementRecorded> official = events.subList(1, 4);
        assertTrue(official.stream().allMatch(e -> e.official() && e.groupSize() == 3 && e.groupId().equals(official.get(0).groupId())));
        JudgementRecorded overall = official.stream().filter(e -> e.area().equals("overall")).findFirst().orElseThrow();
        assertEquals(events.get(0).judgementId(), overall.judgementId(), "the same judgement, now official");
        assertEquals(JudgementRecorded.REASON_ALREADY_ANNOUNCED, overall.notifyReason());
        assertFalse(overall.notifySubscribers());
        assertTrue(official.stream().filter(e -> !e.area().equals("overall")).allMatch(JudgementRecorded::notifySubscribers));
    }

    @Test
    void aJudgementFirstMentionedAsPreviousIsAnnouncedWhenReportedAsNew() {
        String code = "E08000006";
        recorder.recordAll(List.of(Events.report("Paper", LocalDate.of(2031, 4, 1), at("2031-04-01"),
                Events.outcome(code, "overall", "inadequate", "previous", 2031))));
        assertTrue(written(code).isEmpty(), "an outcome given for context announces nothing");
        recorder.recordAll(List.of(Events.report("Paper", LocalDate.of(2031, 4, 2), at("2031-04-02"),
                Events.outcome(code, "overall", "inadequate", "new", 2031))));
        List<JudgementRecorded> events = written(code);
        assertEquals(1, events.size());
        assertTrue(events.get(0).notifySubscribers());
        assertEquals(1, judgements("councilCode = ?1 and year = 2031", code));
    }

    @Test
    void anUnconfirmedOutcomeIsVisibleButNeitherCurrentNorNotifiedUntilAConfidentOneStatesIt() {
        String code = "E08000008";
        recorder.recordAll(List.of(Events.report("Forum", LocalDate.of(2031, 5, 1), at("2031-05-01"),
                Events.outcome(code, "overall", "inadequate", "new", 2031, 0.3))));
        List<JudgementRecorded> events = written(code);
        assertEquals(JudgementRecorded.REASON_UNCONFIRMED, events.get(0).notifyReason());
        assertFalse(events.get(0).notifySubscribers());
        given().get("/councils/" + code + "/judgements").then().statusCode(200)
                .body("find { it.year == 2031 }.unconfirmed", equalTo(true))
                .body("find { it.year == 2031 }.judgementId", equalTo(events.get(0).judgementId()));
        given().get("/councils/" + code).then().statusCode(200)
                .body("currentGrades.find { it.area == 'overall' }.year", org.hamcrest.Matchers.not(equalTo(2031)));

        recorder.recordAll(List.of(Events.report("Paper", LocalDate.of(2031, 5, 2), at("2031-05-02"),
                Events.outcome(code, "overall", "inadequate", "new", 2031, 0.9))));
        events = written(code);
        assertEquals(2, events.size());
        assertTrue(events.get(1).notifySubscribers());
        assertEquals(events.get(0).judgementId(), events.get(1).judgementId());
        given().get("/councils/" + code).then().statusCode(200)
                .body("currentGrades.find { it.area == 'overall' }.year", equalTo(2031))
                .body("currentGrades.find { it.area == 'overall' }.unconfirmed", equalTo(false));
    }

    @Test
    void aCatalogRebuiltFromTheTopicWritesTheSameIdsAndDecisions() {
        String code = "E08000009";
        List<ReportParsed> topic = List.of(
                Events.report("Paper", LocalDate.of(2031, 6, 1), at("2031-06-01"), Events.outcome(code, "overall", "inadequate", "new", 2031),
                        Events.outcome(code, "leadership", "inadequate", "new", 2031)),
                Events.report("Archive", LocalDate.of(2016, 1, 5), at("2031-06-02"), Events.outcome(code, "overall", "good", "new", 2016)),
                Events.report("Blog", null, at("2031-06-03"), Events.outcome(code, "children_in_care", "good", "new", null)));
        topic.forEach(report -> recorder.recordAll(List.of(report)));
        List<String> before = written(code).stream().map(e -> e.judgementId() + " " + e.notifyReason() + " " + e.groupId()).toList();

        // the rebuild: everything but the official seed is gone, and the topic is read again from the start
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> ids = topic.stream().map(ReportParsed::reportId).toList();
            em.createNativeQuery("delete from judgement_source where report_id in (:ids)").setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("delete from judgement j where council_code = :code and not official"
                    + " and not exists (select 1 from judgement_source s where s.judgement_id = j.id)").setParameter("code", code).executeUpdate();
            em.createNativeQuery("delete from report where id in (:ids)").setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("delete from outbox_event where message_key = :code").setParameter("code", code).executeUpdate();
        });
        assertEquals(topic.size(), recorder.recordAll(topic));
        List<String> after = written(code).stream().map(e -> e.judgementId() + " " + e.notifyReason() + " " + e.groupId()).toList();
        assertEquals(before, after);
        assertEquals(4, before.size());
    }

    @Test
    void twoRecordersAtOnceRecordOneInspectionOnceAndAnnounceItOnce() throws Exception {
        List<String> codes = List.of("E08000010", "E08000011", "E08000012", "E08000013", "E08000014");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String code : codes) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (String publisher : List.of("Paper A", "Paper B")) {
                    ReportParsed report = Events.report(publisher, LocalDate.of(2031, 7, 1), at("2031-07-01"),
                            Events.outcome(code, "overall", "inadequate", "new", 2031));
                    runs.add(pool.submit(() -> {
                        start.await();
                        return recorder.recordAll(List.of(report));
                    }));
                }
                start.countDown();
                for (Future<Integer> run : runs) {
                    assertEquals(1, run.get());
                }
                assertEquals(1, judgements("councilCode = ?1 and year = 2031", code));
                assertEquals(1, written(code).stream().filter(JudgementRecorded::notifySubscribers).count(), code);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
