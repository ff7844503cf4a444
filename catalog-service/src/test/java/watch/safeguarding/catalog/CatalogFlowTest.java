package watch.safeguarding.catalog;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.JudgementSource;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.JudgementIdentity;
import watch.safeguarding.catalog.service.OfstedSeed;
import watch.safeguarding.catalog.service.ReportRecorder;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class CatalogFlowTest {

    @Inject
    OfstedSeed seed;
    @Inject
    ReportRecorder recorder;

    private static void publish(ReportParsed event) throws Exception {
        TopicReader.send(ReportParsed.TOPIC, event.reportId(), Events.json(event));
    }

    private static void awaitStored(String reportId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> Report.findById(reportId) != null));
    }

    private static long count(String entity, String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> switch (entity) {
            case "judgement" -> Judgement.count(query, params);
            case "source" -> JudgementSource.count(query, params);
            default -> Report.count(query, params);
        });
    }

    private static List<JudgementRecorded> recordedFor(String councilCode) {
        return TopicReader.readAll(JudgementRecorded.TOPIC, r -> councilCode.equals(r.key()), Duration.ofSeconds(4)).stream()
                .map(ConsumerRecord::value).map(CatalogFlowTest::parse).toList();
    }

    private static JudgementRecorded parse(String json) {
        try {
            return Events.JSON.readValue(json, JudgementRecorded.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportIsStoredAndServedWithItsOutcomesAndEvidence() throws Exception {
        ReportParsed event = Events.report("Northern Echo", LocalDate.of(2026, 3, 2),
                Events.outcome("E06000004", "overall", "inadequate", "new", 2026));
        publish(event);
        awaitStored(event.reportId());
        given().get("/reports/" + event.reportId()).then().statusCode(200)
                .body("id", equalTo(event.reportId()))
                .body("publisher", equalTo("Northern Echo"))
                .body("outcomes", hasSize(1))
                .body("outcomes[0].councilCode", equalTo("E06000004"))
                .body("outcomes[0].rating", equalTo("inadequate"))
                .body("outcomes[0].evidence", containsString("Inspectors judged"));
    }

    @Test
    void oneBatchDecidesAsReportsOneAtATimeWould() {
        // years after the seeded official outcomes, so that only this poll decides; a poll holding: two reports of one outcome, one of them twice, a conflicting grade and a restated earlier one
        ReportParsed first = Events.report("Echo", LocalDate.of(2031, 6, 1), Events.outcome("E06000047", "overall", "inadequate", "new", 2031),
                Events.outcome("E06000047", "overall", "good", "previous", 2030));
        ReportParsed second = Events.report("Gazette", LocalDate.of(2031, 6, 2), Events.outcome("E06000047", "overall", "inadequate", "new", 2031));
        ReportParsed conflicting = Events.report("Blog", LocalDate.of(2031, 6, 3), Events.outcome("E06000047", "overall", "outstanding", "new", 2031));
        ReportParsed restated = Events.report("Post", LocalDate.of(2031, 6, 4), Events.outcome("E06000047", "overall", "good", "previous", 2030));
        assertEquals(4, recorder.recordAll(List.of(first, second, first, conflicting, restated)));
        assertEquals(0, recorder.recordAll(List.of(second, restated)), "a replay of the poll changes nothing");

        assertEquals(4, count("report", "id in ?1", List.of(first.reportId(), second.reportId(), conflicting.reportId(), restated.reportId())));
        assertEquals(1, count("judgement", "councilCode = 'E06000047' and area = 'overall' and rating = 'inadequate' and year = 2031 and conflict = true"));
        assertEquals(1, count("judgement", "councilCode = 'E06000047' and area = 'overall' and rating = 'outstanding' and year = 2031 and conflict = true"));
        assertEquals(1, count("judgement", "councilCode = 'E06000047' and area = 'overall' and rating = 'good' and year = 2030 and conflict = false"));
        assertEquals(2, count("source", "judgementId in (select j.id from Judgement j where j.councilCode = 'E06000047' and j.rating = 'inadequate' and j.year = 2031)"));
        assertEquals(2, count("source", "judgementId in (select j.id from Judgement j where j.councilCode = 'E06000047' and j.rating = 'good' and j.year = 2030)"));
        List<JudgementRecorded> events = recordedFor("E06000047");
        assertEquals(List.of("inadequate", "outstanding"), events.stream().map(JudgementRecorded::rating).sorted().toList(), "one event per new judgement");
        assertEquals("good", events.stream().filter(e -> e.rating().equals("inadequate")).findFirst().orElseThrow().previousRating(),
                "the previous grade comes from the same poll");
    }

    @Test
    void theSameReportTwiceOrReplayedLeavesTheSameStateAndOneEvent() throws Exception {
        ReportParsed event = Events.report("BBC News", LocalDate.of(2025, 5, 4),
                Events.outcome("E06000003", "overall", "inadequate", "new", 2025),
                Events.outcome("E06000003", "children_in_care", "requires_improvement", "new", 2025));
        publish(event);
        awaitStored(event.reportId());
        publish(event);
        publish(event);
        ReportParsed marker = Events.report("BBC News", null, Events.outcome("E06000003", "care_leavers", "good", "previous", 2019));
        publish(marker);
        awaitStored(marker.reportId());
        assertEquals(1, count("report", "id", event.reportId()));
        assertEquals(2, count("source", "reportId", event.reportId()));
        assertEquals(1, count("judgement", "councilCode = ?1 and area = 'overall' and year = 2025", "E06000003"));
        List<JudgementRecorded> events = recordedFor("E06000003");
        assertEquals(2, events.size(), "one judgements.recorded per new judgement, none for the previous one: " + events);
        assertEquals(JudgementRecorded.SCHEMA, events.get(0).schema());
        assertEquals(1, events.stream().map(JudgementRecorded::groupId).distinct().count(), "one announcement per council and report");
        assertTrue(events.stream().allMatch(e -> e.groupSize() == 2), "each event counts its announcement's events: " + events);
        assertEquals(JudgementIdentity.judgementId("E06000003", "overall", "inadequate", null, 2025),
                events.stream().filter(e -> e.area().equals("overall")).findFirst().orElseThrow().judgementId(),
                "the id is derived from what the judgement is, not from a sequence");
    }

    @Test
    void severalReportsOfOneInspectionMakeOneJudgementWithSeveralSources() throws Exception {
        ReportParsed first = Events.report("Local paper", LocalDate.of(2026, 6, 1), Events.outcome("E06000002", "overall", "inadequate", "new", null));
        ReportParsed second = Events.report("National paper", LocalDate.of(2026, 6, 3), Events.outcome("E06000002", "overall", "inadequate", "new", 2026));
        publish(first);
        publish(second);
        awaitStored(second.reportId());
        assertEquals(1, count("judgement", "councilCode = ?1 and area = 'overall' and year = 2026", "E06000002"));
        given().get("/councils/E06000002").then().statusCode(200)
                .body("currentGrades.find { it.area == 'overall' }.rating", equalTo("inadequate"))
                .body("currentGrades.find { it.area == 'overall' }.sources", hasSize(2));
        List<JudgementRecorded> events = recordedFor("E06000002");
        assertEquals(1, events.size());
        assertEquals("requires_improvement", events.get(0).previousRating(), "the grade before (2023), from Ofsted's published outcomes");
        assertTrue(events.get(0).alerting());
    }

    @Test
    void twoGradesForTheSameCouncilAreaAndYearAreKeptAndFlagged() throws Exception {
        ReportParsed one = Events.report("Paper A", LocalDate.of(2026, 7, 1), Events.outcome("E06000001", "leadership", "inadequate", "new", 2026));
        ReportParsed other = Events.report("Paper B", LocalDate.of(2026, 7, 2), Events.outcome("E06000001", "leadership", "good", "new", 2026));
        publish(one);
        publish(other);
        awaitStored(other.reportId());
        assertEquals(2, count("judgement", "councilCode = ?1 and area = 'leadership' and year = 2026 and conflict = true", "E06000001"));
        given().queryParam("council", "E06000001").queryParam("area", "leadership").queryParam("includeConflicts", true)
                .get("/judgements").then().statusCode(200).body("findAll { it.year == 2026 }.conflict", everyItem(equalTo(true)));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String poison = "{not json at all " + System.nanoTime();
        TopicReader.send(ReportParsed.TOPIC, "poison", poison);
        ReportParsed after = Events.report("After", null, Events.outcome("E06000005", "overall", "good", "previous", 2018));
        publish(after);
        awaitStored(after.reportId());
        await().atMost(Duration.ofSeconds(30)).until(() -> !TopicReader.readAll("reports.parsed.dlq",
                r -> poison.equals(r.value()), Duration.ofSeconds(2)).isEmpty());
    }

    @Test
    void aWellFormedEventTheDatabaseRefusesGoesAloneToTheDeadLetterTopic() throws Exception {
        ReportParsed template = Events.report("Refused", null, Events.outcome("E06000005", "overall", "good", "previous", 2017));
        // PostgreSQL text cannot hold NUL: this event is refused by the database, not by the JSON parser
        ReportParsed refused = new ReportParsed(template.schema(), template.reportId(), template.receivedAt(), template.source(),
                "text with a NUL \u0000 inside", template.outcomes(), template.councilsMentioned(), "test", template.kind(), null);
        ReportParsed good = Events.report("Accepted", null, Events.outcome("E06000005", "overall", "good", "previous", 2017));
        publish(refused);
        publish(good);
        awaitStored(good.reportId());
        await().atMost(Duration.ofSeconds(30)).until(() -> !TopicReader.readAll("reports.parsed.dlq",
                r -> refused.reportId().equals(r.key()), Duration.ofSeconds(2)).isEmpty());
        assertEquals(0, count("report", "id", refused.reportId()));
    }

    @Test
    void theSeedGivesEveryCouncilItsOfficialGradesOnceAndNewsCorroboratesThem() throws Exception {
        long official = count("judgement", "official = true");
        assertTrue(official > 1000, "Ofsted's outcomes imported: " + official);
        assertEquals(0, seed.importBundled().inspections(), "a second import adds nothing");
        assertEquals(official, count("judgement", "official = true"));

        JsonNode dorset = given().get("/councils/E06000059").then().statusCode(200).extract().as(JsonNode.class);
        JsonNode overall = null;
        for (JsonNode grade : dorset.path("currentGrades")) {
            if (grade.path("area").asText().equals("overall")) {
                overall = grade;
            }
        }
        assertTrue(overall != null && overall.path("official").asBoolean(), "Dorset has an official overall grade: " + dorset);
        long judgementsBefore = count("judgement", "councilCode = ?1", "E06000059");
        ReportParsed news = Events.report("Dorset Echo", LocalDate.of(overall.path("year").asInt(), 6, 1),
                Events.outcome("E06000059", "overall", overall.path("rating").asText(), "new", overall.path("year").asInt()));
        publish(news);
        awaitStored(news.reportId());
        assertEquals(judgementsBefore, count("judgement", "councilCode = ?1", "E06000059"), "corroborated, not duplicated");
        assertEquals(1, count("source", "reportId", news.reportId()));
    }

    @Test
    void councilsCanBeFilteredAndDownloadedAsCsv() {
        given().queryParam("region", "North East").get("/councils").then().statusCode(200)
                .body("size()", equalTo(12)).body("region", everyItem(equalTo("North East")));
        given().queryParam("q", "lincolnshire").get("/councils").then().statusCode(200)
                .body("name", hasItem("North Lincolnshire"));
        given().queryParam("area", "overall").queryParam("rating", "outstanding").get("/councils").then().statusCode(200)
                .body("size()", greaterThan(0));
        given().accept("text/csv").queryParam("type", "metropolitan_district").get("/councils").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith("code,name,type,region,current"));
    }

    @Test
    void formerCouncilsLinkToTheirSuccessorsAndBack() {
        given().get("/councils/E10000021").then().statusCode(200)
                .body("validTo", notNullValue()).body("successors.code", hasItem("E06000061"));
        given().get("/councils/E06000061").then().statusCode(200).body("predecessors.code", hasItem("E10000021"));
        given().get("/councils/E10000021/judgements").then().statusCode(200);
    }

    @Test
    void judgementsFilterByRatingSinceAndRegionInJsonAndCsv() {
        given().queryParam("rating", "inadequate").queryParam("since", "2024").get("/judgements").then().statusCode(200)
                .body("rating", everyItem(equalTo("inadequate"))).body("year", everyItem(greaterThan(2023)));
        given().queryParam("region", "London").queryParam("area", "overall").get("/judgements").then().statusCode(200)
                .body("region", everyItem(equalTo("London")));
        given().accept("text/csv").queryParam("rating", "good").get("/judgements").then().statusCode(200)
                .body(startsWith("id,council_code"));
    }

    @Test
    void reportsCanBeSearchedFilteredAndPaged() throws Exception {
        String word = "zebracrossing" + System.nanoTime();
        ReportParsed a = Events.report("Searchable Times", LocalDate.of(2026, 1, 10), Events.outcome("E06000006", "overall", "good", "new", 2026));
        ReportParsed b = Events.report("Searchable Times", LocalDate.of(2026, 1, 11), Events.outcome("E06000006", "overall", "good", "new", 2026));
        publish(new ReportParsed(a.schema(), a.reportId(), a.receivedAt(), a.source(), a.text() + " " + word, a.outcomes(), a.councilsMentioned(), "t", a.kind(), null));
        publish(new ReportParsed(b.schema(), b.reportId(), b.receivedAt(), b.source(), b.text() + " " + word, b.outcomes(), b.councilsMentioned(), "t", b.kind(), null));
        awaitStored(b.reportId());
        String cursor = given().queryParam("q", word).queryParam("limit", 1).get("/reports").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("q", word).queryParam("limit", 1).queryParam("cursor", cursor).get("/reports").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", equalTo(null));
        given().queryParam("council", "E06000006").queryParam("publisher", "searchable times").queryParam("from", "2026-01-11")
                .get("/reports").then().statusCode(200).body("items.id", hasItem(b.reportId()));
    }

    @Test
    void statsCountGradesRegionsAndYears() {
        given().get("/stats").then().statusCode(200)
                .body("councils", greaterThan(140)).body("judgementsByRegion.key", hasItem("London"))
                .body("currentOverallByRating.key", hasItem("good"));
    }

    @Test
    void badParametersAndUnknownIdsAreProblemDetails() {
        given().queryParam("rating", "terrible").get("/judgements").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("rating")).body("detail", containsString("inadequate"));
        given().queryParam("since", "last year").get("/judgements").then().statusCode(400).body("parameter", equalTo("since"));
        given().queryParam("limit", 0).get("/reports").then().statusCode(400).body("parameter", equalTo("limit"));
        given().queryParam("cursor", "!!!").get("/reports").then().statusCode(400).body("parameter", equalTo("cursor"));
        given().queryParam("from", "2026-13-01").get("/reports").then().statusCode(400).body("parameter", equalTo("from"));
        given().queryParam("area", "schools").get("/councils").then().statusCode(400).body("parameter", equalTo("area"));
        given().get("/councils/E99999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/reports/no-such-report").then().statusCode(404).contentType("application/problem+json");
    }
}
