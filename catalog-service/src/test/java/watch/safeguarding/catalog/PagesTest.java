package watch.safeguarding.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.catalog.service.ReaderPages;
import watch.safeguarding.catalog.service.ReportRecorder;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/** The readers' pages and feeds over the real catalog: what a browser gets at the API's paths, and what API clients still get. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class PagesTest {

    /** What Chromium sends for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Inject
    ReportRecorder recorder;
    @Inject
    ReaderPages pages;
    @Inject
    EntityManager em;

    @Test
    void judgementsOfOneAreaInOneYearShareATimelineMarkAndAJudgementListsAFewOfItsSources() {
        List<ReportParsed> reports = new java.util.ArrayList<>();
        reports.add(Events.report("Hull Daily Mail", LocalDate.of(2061, 3, 4), Events.outcome("E06000010", "overall", "inadequate", "new", 2061)));
        reports.add(Events.report("Yorkshire Post", LocalDate.of(2061, 3, 5), Events.outcome("E06000010", "overall", "good", "new", 2061)));
        for (int day = 1; day <= 5; day++) {
            reports.add(Events.report("Paper " + day, LocalDate.of(2061, 4, day), Events.outcome("E06000010", "leadership", "good", "new", 2061)));
        }
        recorder.recordAll(reports);
        String html = given().accept(BROWSER).get("/councils/E06000010").then().statusCode(200).extract().asString();
        // Hull has its seeded grades too: count only this test's year
        assertEquals(3, Pattern.compile("<p class=\"meta\">[^<]*2061").matcher(html).results().count(), "each judgement is listed");
        assertEquals(2, Pattern.compile("<a href=\"[^\"]*\" aria-label=\"[^\"]*2061 \\(").matcher(html).results().count(),
                "one mark per area and year");
        assertTrue(html.contains("disputed\"") && html.contains("2 judgements that year"), "the two grades of one year disagree");
        assertTrue(html.contains("and 2 more reports of this grade"), "five sources of one grade: three listed, two counted");
    }

    @Test
    void aCouncilsFirstPageIsKeptButShowsEverySourceAndJudgementRecordedSince() {
        String page = "/councils/E06000008";
        recorder.recordAll(List.of(Events.report("First Gazette", LocalDate.of(2071, 5, 1),
                Events.outcome("E06000008", "overall", "inadequate", "new", 2071))));
        String first = given().accept(BROWSER).get(page).then().statusCode(200).extract().asString();
        assertTrue(first.contains("First Gazette"));
        assertEquals(first, given().accept(BROWSER).get(page).then().statusCode(200).extract().asString(), "nothing changed");
        var gzipped = given().accept(BROWSER).header("Accept-Encoding", "gzip").get(page).then().statusCode(200)
                .header("Content-Encoding", "gzip").body(equalTo(first)).extract();
        assertTrue(gzipped.headers().getValues("Vary").contains("Accept-Encoding"), "caches keep both encodings apart");
        // no decoders: RestAssured then asks for no encoding of its own
        given().config(io.restassured.RestAssured.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .accept(BROWSER).get(page).then().statusCode(200)
                .header("Content-Encoding", org.hamcrest.Matchers.nullValue()).body(equalTo(first));

        recorder.recordAll(List.of(Events.report("Second Gazette", LocalDate.of(2071, 5, 2),
                Events.outcome("E06000008", "overall", "inadequate", "new", 2071))));
        assertTrue(given().accept(BROWSER).get(page).then().extract().asString().contains("Second Gazette"), "a new source of a judgement");

        recorder.recordAll(List.of(Events.report("Third Gazette", LocalDate.of(2071, 9, 1),
                Events.outcome("E06000008", "leadership", "requires_improvement", "new", 2071))));
        String third = given().accept(BROWSER).get(page).then().extract().asString();
        assertTrue(third.contains("Third Gazette") && third.contains("Requires improvement"), "a new judgement");
    }

    @Test
    void everyWriteToACouncilsJudgementsOrTheirSourcesChangesItsRevision() {
        recorder.recordAll(List.of(Events.report("Revision Times", LocalDate.of(2072, 5, 1),
                Events.outcome("E06000009", "overall", "good", "new", 2072), Events.outcome("E06000009", "leadership", "good", "new", 2072))));
        List<String> revisions = new java.util.ArrayList<>(List.of(pages.councilRevision("E06000009")));
        List<String> writes = List.of(
                "update judgement set conflict = not conflict where council_code = 'E06000009' and area = 'overall' and year = 2072",
                "update judgement_source set evidence = 'Rewritten.' where judgement_id in (select id from judgement"
                        + " where council_code = 'E06000009' and area = 'leadership' and year = 2072)",
                "delete from judgement_source where judgement_id in (select id from judgement"
                        + " where council_code = 'E06000009' and area = 'leadership' and year = 2072)");
        for (String write : writes) {
            QuarkusTransaction.requiringNew().run(() -> assertEquals(1, em.createNativeQuery(write).executeUpdate()));
            revisions.add(pages.councilRevision("E06000009"));
        }
        assertEquals(revisions.size(), revisions.stream().distinct().count(), "a new revision after each write: " + revisions);
        assertEquals(pages.councilRevision("E06000009"), pages.councilRevision("E06000009"), "and none without one");
        assertTrue(!pages.councilRevision("E06000008").equals(pages.councilRevision("E06000009")), "each council its own");
    }

    @Test
    void aBrowserGetsTheCouncilPageAtTheApiPathAndApiClientsStillGetJson() {
        ReportParsed report = Events.report("Coventry Telegraph", LocalDate.of(2032, 3, 4),
                Events.outcome("E08000026", "overall", "inadequate", "new", 2032));
        recorder.recordAll(List.of(report));

        String html = given().accept(BROWSER).get("/councils/E08000026").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Vary", containsString("Accept")).extract().asString();
        assertTrue(html.contains("<h1>Coventry children's services</h1>"), html);
        assertTrue(html.contains("href=\"http://127.0.0.1:8082/?council=E08000026#scope-some\""), "the alert sign-up with the council chosen");
        assertTrue(html.contains("Get alerts about this council"));
        assertTrue(html.contains("<svg viewBox=") && html.contains("class=\"mark band-low"), "the timeline marks the inadequate grade");
        assertTrue(html.contains("Coventry Telegraph") && html.contains("<blockquote>Inspectors judged overall inadequate.</blockquote>"),
                "the source with its evidence");
        assertTrue(html.contains("Reported in the news, not yet in Ofsted"), "a news-only grade is marked as such");
        assertTrue(html.contains("4 March 2032"));

        given().accept("*/*").get("/councils/E08000026").then().statusCode(200).contentType(startsWith("application/json"))
                .body("code", equalTo("E08000026"));
        given().get("/councils/E08000026").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("application/json").get("/councils/E08000026").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("text/csv").get("/judgements").then().statusCode(200).contentType(startsWith("text/csv"));
        // the same page under the prefix, whatever the client accepts
        given().get("/pages/councils/E08000026").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void theHomeMapHasEveryCurrentCouncilAndListsWhoIsInadequateSinceWhen() {
        // two inadequate grades in a row after a good one: inadequate since the first of the two
        recorder.recordAll(List.of(
                Events.report("Express and Star", LocalDate.of(2033, 1, 10), Events.outcome("E08000031", "overall", "good", "new", 2033)),
                Events.report("Express and Star", LocalDate.of(2034, 2, 11), Events.outcome("E08000031", "overall", "inadequate", "new", 2034)),
                Events.report("Express and Star", LocalDate.of(2035, 5, 12), Events.outcome("E08000031", "overall", "inadequate", "new", 2035))));

        String html = given().accept(BROWSER).get("/").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertEquals(153, count(html, "<polygon class=\"hex "), "one hexagon per current council");
        assertEquals(153, sum(html, "<td class=\"num\">(\\d+)</td>"), "the counts by grade cover every council");
        Matcher row = Pattern.compile("<tr><td><a href=\"/councils/E08000031\">Wolverhampton</a></td><td data-label=\"Region\">West Midlands</td><td data-label=\"Grade\">Inadequate</td><td data-label=\"Since\">([^<]+)</td></tr>")
                .matcher(html);
        assertTrue(row.find(), "Wolverhampton is listed as inadequate now");
        assertEquals("11 February 2034", row.group(1), "since the first of the run of inadequate grades");
        assertTrue(html.contains("aria-label=\"Wolverhampton: Inadequate (12 May 2035)\""), "its hexagon says its grade");

        String leaders = given().accept(BROWSER).queryParam("area", "leadership").get("/").then().statusCode(200).extract().asString();
        assertTrue(leaders.contains("<option value=\"leadership\" selected>"), "the switch shows the area chosen");
        assertTrue(leaders.contains("id=\"inadequate\"") && !leaders.substring(leaders.indexOf("id=\"inadequate\"")).contains("/councils/E08000031\""),
                "an overall grade does not count for another area");

        given().accept(BROWSER).queryParam("area", "weather").get("/").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("is not one of"));
        given().accept(BROWSER).get("/councils").then().statusCode(200).body(containsString("<h2>West Midlands</h2>"));
    }

    @Test
    void aLongHistoryIsListedAPageAtATimeWithTheChartLinkingToEachPage() {
        List<ReportParsed> reports = new java.util.ArrayList<>();
        for (int year = 2040; year < 2040 + 55; year++) {
            reports.add(Events.report("Dudley News", LocalDate.of(year, 1, 2), Events.outcome("E08000027", "overall", "good", "new", year)));
        }
        recorder.recordAll(reports);
        String first = given().accept(BROWSER).get("/councils/E08000027").then().statusCode(200).extract().asString();
        int total = count(first, "<li id=\"j-");
        assertEquals(50, total, "a page lists 50 judgements");
        assertTrue(first.contains("href=\"/councils/E08000027?page=2#judgements\" rel=\"next\""), "the next page of earlier judgements");
        assertTrue(first.contains("<a href=\"/councils/E08000027?page=2#j-"), "the chart links older judgements to the page that lists them");
        String second = given().accept(BROWSER).queryParam("page", 2).get("/councils/E08000027").then().statusCode(200).extract().asString();
        assertTrue(count(second, "<li id=\"j-") >= 5 && second.contains("<ol class=\"judgements\" start=\"51\">"));
        assertTrue(second.contains("href=\"/councils/E08000027#judgements\" rel=\"prev\""));
        assertEquals(count(first, "class=\"mark "), count(second, "class=\"mark "), "the chart shows every judgement on every page");
    }

    @Test
    void aFormerCouncilLinksToItsSuccessorsAndOffersNoAlerts() {
        String html = given().accept(BROWSER).get("/councils/E10000021").then().statusCode(200).extract().asString();
        assertTrue(html.contains("This council no longer exists"), html);
        assertTrue(html.contains("href=\"/councils/E06000061\"") && html.contains("href=\"/councils/E06000062\""), "North and West Northamptonshire");
        assertTrue(!html.contains("Get alerts about this council"));
        String successor = given().accept(BROWSER).get("/councils/E06000061").then().statusCode(200).extract().asString();
        assertTrue(successor.contains("<h2>Before this council</h2>") && successor.contains("href=\"/councils/E10000021\""));
        given().accept(BROWSER).get("/councils/E99999999").then().statusCode(404).contentType(startsWith("text/html"));
        given().get("/councils/E99999999").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theLatestJudgementsFilterAndPage() {
        ReportParsed disputedA = Events.report("Paper A", LocalDate.of(2036, 7, 1), Events.outcome("E09000012", "leadership", "inadequate", "new", 2036));
        ReportParsed disputedB = Events.report("Paper B", LocalDate.of(2036, 7, 2), Events.outcome("E09000012", "leadership", "good", "new", 2036));
        recorder.recordAll(List.of(disputedA, disputedB));

        String html = given().accept(BROWSER).queryParam("region", "London").queryParam("since", "2036").get("/judgements").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("Hackney</a>: Impact of leaders"), html);
        assertTrue(html.contains("Disputed: sources give another grade"), "conflicting grades are shown, marked");
        assertTrue(html.contains("<option value=\"London\" selected>"));
        String inadequate = given().accept(BROWSER).queryParam("rating", "inadequate").queryParam("region", "London").queryParam("since", "2036")
                .get("/judgements").then().statusCode(200).extract().asString();
        assertEquals(1, count(inadequate, "<li class=\"card\">"), "only the inadequate one");

        String first = given().accept(BROWSER).get("/judgements").then().statusCode(200).extract().asString();
        assertEquals(20, count(first, "<li class=\"card\">"));
        assertTrue(first.contains("href=\"/judgements?page=2\" rel=\"next\""));
        String second = given().accept(BROWSER).queryParam("page", 2).get("/judgements").then().statusCode(200).extract().asString();
        assertTrue(second.contains("href=\"/judgements?page=1\" rel=\"prev\"") && second.contains("<ol class=\"judgements\" start=\"21\">"));
        given().accept(BROWSER).queryParam("since", "last year").get("/judgements").then().statusCode(400).body(containsString("not a year"));
        given().accept(BROWSER).queryParam("region", "Atlantis").get("/judgements").then().statusCode(400);
    }

    @Test
    void searchHighlightsTheMatchedWordsEscaped() {
        ReportParsed report = new ReportParsed(ReportParsed.SCHEMA, "pages-search-" + System.nanoTime(), java.time.Instant.now(),
                new watch.safeguarding.events.Source("https://news.example/zephyrine", "Gazette", "Zephyrine <council> inspected",
                        LocalDate.of(2036, 1, 1)),
                "Inspectors found the zephyrine arrangements for children wanting. A <b>bold</b> claim & more.", List.of(), List.of(),
                "test", ReportParsed.KIND_NEWS, null);
        recorder.recordAll(List.of(report));
        String html = given().accept(BROWSER).queryParam("q", "zephyrine").get("/reports").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<mark>Zephyrine</mark> &lt;council&gt; inspected"), html);
        assertTrue(html.contains("the <mark>zephyrine</mark> arrangements"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;") || !html.contains("<b>bold</b>"), "report text is escaped");
        String page = given().accept(BROWSER).get("/reports/" + report.reportId()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("A &lt;b&gt;bold&lt;/b&gt; claim &amp; more."), page);
        given().get("/reports/" + report.reportId()).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void feedsOfEverythingOfACouncilAndOfARegion() throws Exception {
        ReportParsed report = Events.report("Leeds <Post> & Co", LocalDate.of(2100, 4, 1), Events.outcome("E08000035", "overall", "inadequate", "new", 2100));
        recorder.recordAll(List.of(report));
        for (String path : List.of("/feeds/judgements.atom", "/feeds/councils/E08000035.atom", "/feeds/regions/yorkshire-and-the-humber.atom")) {
            String xml = given().get(path).then().statusCode(200).contentType(startsWith("application/atom+xml")).extract().asString();
            Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals("feed", feed.getDocumentElement().getTagName(), path);
            assertTrue(xml.contains("Leeds: overall effectiveness rated inadequate"), path + "\n" + xml);
            assertTrue(xml.contains("Leeds &lt;Post&gt; &amp; Co"), "escaped as XML");
            assertTrue(xml.contains("/councils/E08000035#j-"), "entries link to the council page");
        }
        String london = given().get("/feeds/regions/london.atom").then().statusCode(200).extract().asString();
        assertTrue(!london.contains("Leeds: overall"), "a region's feed has only its councils");
        given().get("/feeds/councils/E99999999.atom").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/feeds/regions/atlantis.atom").then().statusCode(404);
        given().accept(BROWSER).get("/stats").then().statusCode(200).contentType(not(startsWith("text/html")));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static int sum(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }
}
