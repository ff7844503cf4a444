package watch.safeguarding.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import watch.safeguarding.ingest.TopicReader;
import watch.safeguarding.testsupport.KafkaResource;

/**
 * The posters' API through a real broker: every format, bulk, idempotency, the API key and every error. Accepted
 * reports are looked up on the topic right after the 202, without waiting: a 202 means the broker already has them.
 * The broker may be shared with other modules, so assertions look for this test's own report ids.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ReportsResourceTest {

    private static final String KEY = "dev-key";
    private static final String TOPIC = "reports.parsed";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void sendBodiesAsGiven() {
        // RestAssured otherwise appends "; charset=ISO-8859-1" to text types, which would hide what a client sends
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static RequestSpecification poster() {
        return given().header("X-API-Key", KEY);
    }

    private static String unique(String text) {
        return text + " Ref " + UUID.randomUUID() + ".";
    }

    private static String catalogUrl() {
        return ConfigProvider.getConfig().getValue("ingest.catalog-url", String.class);
    }

    private static List<TopicReader.Record> published(String reportId) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return TopicReader.readAll(bootstrap, TOPIC).stream().filter(r -> reportId.equals(r.key())).toList();
    }

    private static JsonNode publishedOnce(String reportId) throws Exception {
        List<TopicReader.Record> records = published(reportId);
        assertEquals(1, records.size(), "exactly one message keyed " + reportId);
        return JSON.readTree(records.get(0).value());
    }

    private static void assertProblem(Response response, int status, String reason) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("https://safeguarding.watch/problems/" + reason))
                .body("title", notNullValue()).body("detail", notNullValue());
        assertFalse(response.asString().contains("at watch.") || response.asString().contains("Exception"),
                "no stack trace or exception names: " + response.asString());
    }

    // ---- each format ----

    @Test
    void plainTextIsAnsweredWith202OnlyOnceItIsOnTheTopic() throws Exception {
        String text = unique("Children's services at Rutland County Council have been rated inadequate by Ofsted.");
        Response response = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post("/reports");

        response.then().statusCode(202).contentType("application/json")
                .body("reportId", matchesPattern("[0-9a-f]{32}"))
                .body("outcomes.councilCode", hasItem("E06000017")).body("outcomes.rating", hasItem("inadequate"))
                .body("outcomes.status", hasItem("new")).body("councilsMentioned.code", hasItem("E06000017"))
                .body("parserVersion", notNullValue());
        String id = response.path("reportId");
        assertEquals(catalogUrl() + "/reports/" + id, response.header("Location"));
        assertEquals(catalogUrl() + "/reports/" + id, response.path("location"));

        JsonNode event = publishedOnce(id);
        assertEquals("report.parsed/1", event.path("schema").asText());
        assertEquals(id, event.path("reportId").asText());
        assertTrue(event.path("text").asText().contains("rated inadequate by Ofsted"), event.toString());
        assertTrue(Instant.parse(event.path("receivedAt").asText()).isAfter(Instant.now().minusSeconds(60)), "receivedAt is an ISO instant, now");
        assertEquals("E06000017", event.path("outcomes").path(0).path("councilCode").asText(), event.toString());
        assertEquals("E06000017", event.path("councilsMentioned").path(0).path("code").asText());
        assertEquals(response.path("parserVersion").toString(), event.path("parserVersion").asText());
    }

    @Test
    void outsideABenchOrDevDeploymentNobodyCanSayWhenAReportWasReceived() {
        String text = unique("Children's services at Rutland County Council have been rated inadequate by Ofsted.");
        poster().contentType("text/plain").header("X-Received-At", "2015-09-01T09:00:00Z").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/reports").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("QUARKUS_PROFILE=bench"));
    }

    @Test
    void aSavedWebPageIsReadAsItsVisibleText() throws Exception {
        String marker = UUID.randomUUID().toString();
        String html = "<!doctype html><html><head><title>Kent rated good</title><style>p{color:red}</style>"
                + "<script>var tracking = 'x';</script></head><body><p>Kent County Council's children's services "
                + "were judged <b>good</b> by Ofsted. Ref " + marker + ".</p></body></html>";
        Response response = poster().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8)).post("/reports");
        response.then().statusCode(202);

        String text = publishedOnce(response.path("reportId")).path("text").asText();
        assertTrue(text.contains(marker) && text.contains("judged good by Ofsted"), text);
        assertFalse(text.contains("<") || text.contains("tracking") || text.contains("color:red"), "markup, scripts and styles are not text: " + text);
    }

    @Test
    void jsonMetadataBecomesTheEventsSource() throws Exception {
        String text = unique("Ofsted rated Darlington Borough Council's children's services good.");
        String body = JSON.createObjectNode().put("text", text).put("url", "https://news.example.org/darlington")
                .put("title", "Darlington rated good").put("publisher", "Example News").put("publishedDate", "2026-11-20")
                .put("someFieldFromAFeeder", 42).toString();
        Response response = poster().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post("/reports");
        response.then().statusCode(202).body("source.publisher", equalTo("Example News"));

        JsonNode source = publishedOnce(response.path("reportId")).path("source");
        assertEquals("https://news.example.org/darlington", source.path("url").asText());
        assertEquals("Darlington rated good", source.path("title").asText());
        assertEquals("Example News", source.path("publisher").asText());
        assertEquals("2026-11-20", source.path("publishedDate").asText());
    }

    @Test
    void jsonCanCarryAPageInsteadOfText() throws Exception {
        String marker = UUID.randomUUID().toString();
        String body = JSON.createObjectNode().put("html", "<html><body><h1>Ofsted report</h1><p>Ref " + marker + "</p></body></html>")
                .put("publisher", "Council press office").toString();
        Response response = poster().contentType("application/json; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8)).post("/reports");
        response.then().statusCode(202);
        JsonNode event = publishedOnce(response.path("reportId"));
        assertTrue(event.path("text").asText().contains(marker) && !event.path("text").asText().contains("<p>"), event.toString());
        assertEquals("Council press office", event.path("source").path("publisher").asText());
    }

    @Test
    void ndjsonBulkAcceptsGoodLinesAndRejectsBadOnesEachOnItsOwn() throws Exception {
        String first = unique("Bulk line one: Rutland County Council children's services rated inadequate.");
        String fifth = unique("Bulk line five: Kent County Council children's services judged outstanding.");
        String body = String.join("\n",
                JSON.createObjectNode().put("text", first).put("publisher", "Feeder").toString(),
                "{\"text\": \"no closing brace\"",
                JSON.createObjectNode().put("title", "neither text nor html").toString(),
                "   ",
                JSON.createObjectNode().put("html", "<p>" + fifth + "</p>").put("url", "https://example.org/kent").toString(),
                JSON.createObjectNode().put("text", unique("bad date")).put("publishedDate", "20/11/2026").toString(),
                "[1, 2]") + "\r\n";
        Response response = poster().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/reports");

        response.then().statusCode(207).contentType("application/json")
                .body("accepted", equalTo(2)).body("rejected", equalTo(4)).body("results", hasSize(6))
                .body("results.line", equalTo(List.of(1, 2, 3, 5, 6, 7)))
                .body("results.status", equalTo(List.of(202, 400, 400, 202, 400, 400)))
                .body("results[1].problem.type", equalTo("https://safeguarding.watch/problems/malformed-json"))
                .body("results[1].problem.line", equalTo(1)).body("results[1].problem.column", notNullValue())
                .body("results[2].problem.type", equalTo("https://safeguarding.watch/problems/missing-field"))
                .body("results[2].problem.errors.field", equalTo(List.of("text", "html")))
                .body("results[4].problem.errors.field", equalTo(List.of("publishedDate")))
                .body("results[5].problem.type", equalTo("https://safeguarding.watch/problems/invalid-field"))
                .body("results[0].reportId", notNullValue()).body("results[1].reportId", nullValue());
        assertEquals(null, response.header("Retry-After"), "no Retry-After when nothing got a 503");

        assertEquals("Feeder", publishedOnce(response.path("results[0].reportId")).path("source").path("publisher").asText());
        assertEquals(catalogUrl() + "/reports/" + response.path("results[3].reportId"), response.path("results[3].location"));
        assertTrue(publishedOnce(response.path("results[3].reportId")).path("text").asText().contains("Bulk line five"));
    }

    @Test
    void filesInAMultipartBodyAreReportsEachWithItsOwnResult() throws Exception {
        String text = unique("Multipart: Ofsted judged Cumbria County Council's services requires improvement.");
        String page = "<html><body><p>" + unique("Multipart page about Lancashire") + "</p></body></html>";
        Response response = poster()
                .multiPart("file", "story.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "page.html", page.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .multiPart("file", "scan.pdf", new byte[] {37, 80, 68, 70}, "application/pdf")
                .post("/reports");
        response.then().statusCode(207).body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("results.file", equalTo(List.of("story.txt", "page.html", "scan.pdf")))
                .body("results.status", equalTo(List.of(202, 202, 415)))
                .body("results[2].problem.type", equalTo("https://safeguarding.watch/problems/not-a-pdf"));
        assertTrue(publishedOnce(response.path("results[0].reportId")).path("text").asText().contains("Multipart: Ofsted"));
        assertTrue(publishedOnce(response.path("results[1].reportId")).path("text").asText().contains("Multipart page"));
    }

    // ---- idempotency ----

    @Test
    void theSameTextPostedTwiceHasTheSameIdAndIsKeyedIdentically() throws Exception {
        String text = unique("Idempotency: Café report on North Yorkshire Council, rated good.");
        String id = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post("/reports")
                .then().statusCode(202).extract().path("reportId");
        // the same report with a decomposed é, other white space and a trailing newline: the same normalised text
        String again = "  " + text.replace("Café", "Cafe\u0301").replace(" report on", "\u00a0report\n\ton") + "\n";
        String secondId = poster().contentType("text/plain; charset=UTF-8").body(again.getBytes(StandardCharsets.UTF_8))
                .post("/reports").then().statusCode(202).extract().path("reportId");
        assertEquals(id, secondId);

        List<TopicReader.Record> records = published(id);
        assertEquals(2, records.size(), "both posts were published, both keyed by the report id; the catalog keeps one");
        assertEquals(JSON.readTree(records.get(0).value()).path("reportId"), JSON.readTree(records.get(1).value()).path("reportId"));

        String other = poster().contentType("text/plain").body((text + " Updated.").getBytes(StandardCharsets.UTF_8))
                .post("/reports").then().statusCode(202).extract().path("reportId");
        assertNotEquals(id, other, "a different text is a different report");
    }

    // ---- the API key ----

    @Test
    void postingNeedsAValidApiKeyAndTheProblemSaysHowToGetOne() {
        byte[] body = unique("API key test").getBytes(StandardCharsets.UTF_8);
        Response missing = given().contentType("text/plain").body(body).post("/reports");
        assertProblem(missing, 401, "missing-api-key");
        missing.then().header("WWW-Authenticate", containsString("X-API-Key"))
                .body("detail", containsString("X-API-Key")).body("detail", containsString("operators"));

        Response wrong = given().header("X-API-Key", "dev-keyX").contentType("text/plain").body(body).post("/reports");
        assertProblem(wrong, 401, "invalid-api-key");
        wrong.then().body("detail", containsString("X-API-Key"));
        assertProblem(given().contentType("text/plain").body(body).post("/reports/parse"), 401, "missing-api-key");

        given().header("X-API-Key", "feeder-key").contentType("text/plain").body(body).post("/reports").then().statusCode(202);
        poster().contentType("text/plain").body(body).post("/reports").then().statusCode(202);
    }

    // ---- errors ----

    @Test
    void anEmptyBodyIs400AndWhiteSpaceOnlyToo() {
        assertProblem(poster().contentType("text/plain").body(new byte[0]).post("/reports"), 400, "empty-body");
        assertProblem(poster().contentType("application/json").body(new byte[0]).post("/reports"), 400, "empty-body");
        assertProblem(poster().contentType("application/x-ndjson").body("\n \n".getBytes(StandardCharsets.UTF_8)).post("/reports"), 400, "empty-body");
        assertProblem(poster().contentType("text/plain").body(" \n\t\u00a0 ".getBytes(StandardCharsets.UTF_8)).post("/reports"), 400, "no-text");
    }

    @Test
    void aBodyOverTheLimitIs413ProblemWhetherItsLengthIsDeclaredOrNot() {
        byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(tooBig, (byte) 'a');
        Response declared = poster().contentType("text/plain").body(tooBig).post("/reports");
        assertProblem(declared, 413, "body-too-large");
        declared.then().body("maxBytes", equalTo(5 * 1024 * 1024));

        // no Content-Length: the limit is found while reading
        Response chunked = poster().contentType("text/plain").body(new java.io.ByteArrayInputStream(tooBig)).post("/reports");
        assertProblem(chunked, 413, "body-too-large");

        byte[] justUnder = Arrays.copyOf(tooBig, 5 * 1024 * 1024 - 100);
        assertNotEquals(413, poster().contentType("text/plain").body(justUnder).post("/reports/parse").statusCode());
    }

    @Test
    void aReportUnderTheBodyLimitButOverTheBrokersMessageLimitIs413NotPublished() {
        // the project's broker keeps Kafka's default 1 MB max.message.bytes; events are not compressed by default
        String text = unique("Oversized: " + "Ofsted inspectors visited the council's children's services again. ".repeat(20_000));
        Response response = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post("/reports");
        assertProblem(response, 413, "too-large-to-publish");
        assertEquals(List.of(), published(response.path("reportId")), "refused by the broker, so not on the topic");
    }

    @Test
    void anUnsupportedMediaTypeOrCharsetIs415() {
        assertProblem(poster().contentType("application/xml").body("<report/>".getBytes(StandardCharsets.UTF_8)).post("/reports"), 415, "unsupported-media-type");
        assertProblem(poster().contentType("application/x-www-form-urlencoded").formParam("text", "x").post("/reports"), 415, "unsupported-media-type");
        assertProblem(poster().contentType("application/x-ndjson").body("{}".getBytes(StandardCharsets.UTF_8)).post("/reports/parse"), 415, "unsupported-media-type");
        Response charset = poster().contentType("text/plain; charset=klingon-8").body("x".getBytes(StandardCharsets.UTF_8)).post("/reports");
        assertProblem(charset, 415, "unsupported-charset");
        charset.then().body("charset", equalTo("klingon-8"));
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        Response response = poster().contentType("application/json")
                .body("{\n  \"text\": \"Rutland\",\n  \"url\" \"https://x\"\n}".getBytes(StandardCharsets.UTF_8)).post("/reports");
        assertProblem(response, 400, "malformed-json");
        response.then().body("line", equalTo(3)).body("column", equalTo(9)).body("detail", containsString("line 3, column 9"));
        assertProblem(poster().contentType("application/json").body("{\"text\": \"a\"} trailing".getBytes(StandardCharsets.UTF_8)).post("/reports"), 400, "malformed-json");
    }

    @Test
    void missingOrInvalidFieldsAre400NamingThem() {
        Response missing = poster().contentType("application/json").body("{\"url\": \"https://example.org/a\"}".getBytes(StandardCharsets.UTF_8)).post("/reports");
        assertProblem(missing, 400, "missing-field");
        missing.then().body("errors.field", equalTo(List.of("text", "html"))).body("detail", containsString("'text'"));

        Response invalid = poster().contentType("application/json").body(("{\"text\": \"" + unique("x") + "\", \"url\": \"not a url\", "
                + "\"publishedDate\": \"yesterday\", \"title\": 7}").getBytes(StandardCharsets.UTF_8)).post("/reports");
        assertProblem(invalid, 400, "invalid-field");
        invalid.then().body("errors.field", equalTo(List.of("title", "url", "publishedDate")))
                .body("detail", containsString("'publishedDate'"));
        assertProblem(poster().contentType("application/json").body("[\"text\"]".getBytes(StandardCharsets.UTF_8)).post("/reports"), 400, "invalid-field");
        assertProblem(poster().contentType("application/json").body("{\"text\": \"a\", \"html\": \"<p>b</p>\"}".getBytes(StandardCharsets.UTF_8)).post("/reports"), 400, "invalid-field");
    }

    @Test
    void aDeclaredCharsetIsHonouredAndInvalidBytesAreRefusedWithTheirOffset() throws Exception {
        String text = unique("Ofsted: Café owners' children's services in Brent are rated good.");
        Response latin1 = poster().contentType("text/plain; charset=ISO-8859-1").body(text.getBytes(StandardCharsets.ISO_8859_1)).post("/reports");
        latin1.then().statusCode(202);
        assertTrue(publishedOnce(latin1.path("reportId")).path("text").asText().contains("Café owners"));

        Response undeclared = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.ISO_8859_1)).post("/reports");
        assertProblem(undeclared, 400, "invalid-encoding");
        undeclared.then().body("byteOffset", equalTo(text.indexOf('é'))).body("charset", equalTo("UTF-8"))
                .body("detail", containsString("charset="));

        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + unique("Ofsted's verdict on Brent's Café: a £5m plan") + "</p></body></html>";
        Response meta = poster().contentType("text/html").body(page.getBytes("windows-1252")).post("/reports");
        meta.then().statusCode(202);
        assertTrue(publishedOnce(meta.path("reportId")).path("text").asText().contains("Café: a £5m plan"), "<meta charset> is honoured");
    }

    @Test
    void theFrameworksOwnErrorsAreProblemsToo() {
        assertProblem(given().get("/no-such-thing"), 404, "not-found");
        Response notAllowed = given().get("/reports");
        assertProblem(notAllowed, 405, "method-not-allowed");
    }

    // ---- the dry run ----

    @Test
    void parseIsADryRunThatPublishesNothing() throws Exception {
        String text = unique("Dry run: Ofsted rated Rutland County Council's children's services inadequate.");
        Response analysis = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post("/reports/parse");
        analysis.then().statusCode(200).body("reportId", matchesPattern("[0-9a-f]{32}"))
                .body("text", containsString("Dry run")).body("outcomes", notNullValue()).body("location", nullValue());
        String dryRunId = analysis.path("reportId");

        // a later report on the same single-partition topic: once it is there, the dry run would be there too
        String later = poster().contentType("text/plain").body(unique("After the dry run").getBytes(StandardCharsets.UTF_8))
                .post("/reports").then().statusCode(202).extract().path("reportId");
        publishedOnce(later);
        assertEquals(List.of(), published(dryRunId), "the dry run published nothing");

        String realId = poster().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post("/reports")
                .then().statusCode(202).extract().path("reportId");
        assertEquals(dryRunId, realId, "the dry run gives the id the real post gets");

        assertProblem(poster().contentType("application/json").body("{}".getBytes(StandardCharsets.UTF_8)).post("/reports/parse"), 400, "missing-field");
    }

    // ---- operations ----

    @Test
    void healthChecksTheBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiHasAnExampleForEveryFormat() {
        Response openapi = given().accept("application/json").get("/q/openapi");
        openapi.then().statusCode(200);
        for (String type : List.of("text/plain", "text/html", "application/json", "application/x-ndjson")) {
            openapi.then().body("paths.'/reports'.post.requestBody.content.'" + type + "'.examples", notNullValue());
        }
        openapi.then().body("paths.'/reports'.post.requestBody.content", org.hamcrest.Matchers.hasKey("multipart/form-data"))
                .body("paths.'/reports'.post.responses.'202'.content.'application/json'.examples", notNullValue())
                .body("paths.'/reports'.post.responses.'503'.content.'application/problem+json'.examples", notNullValue())
                .body("paths.'/reports/parse'.post.requestBody.content.'text/plain'.examples", notNullValue())
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsCountAcceptedRejectedAndPublishLatency() {
        poster().contentType("text/plain").body(unique("Metrics: Children's services at Rutland County Council have been "
                + "rated inadequate by Ofsted.").getBytes(StandardCharsets.UTF_8)).post("/reports").then().statusCode(202);
        given().contentType("text/plain").body("x".getBytes(StandardCharsets.UTF_8)).post("/reports").then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("reports_accepted_total{format=\"text\"}"), "accepted by format");
        assertTrue(metrics.contains("reports_rejected_total{reason=\"missing-api-key\"}"), "rejected by reason");
        assertTrue(metrics.contains("reports_publish_seconds_count{result=\"acked\"}"), "publish latency");
        assertTrue(metrics.contains("outcomes_found_total{area=\"overall\",rating=\"inadequate\",status=\"new\"}"), "outcomes found");
        assertTrue(metrics.contains("reports_publish_seconds_bucket"), "publish latency histogram for percentiles");
        assertFalse(metrics.contains("dev-key"), "no key in metrics");
    }
}
