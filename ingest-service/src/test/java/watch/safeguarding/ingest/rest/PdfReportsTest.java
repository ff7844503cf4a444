package watch.safeguarding.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import watch.safeguarding.ingest.TopicReader;
import watch.safeguarding.ingest.service.ReportIds;
import watch.safeguarding.testsupport.KafkaResource;

/**
 * PDF bodies through a real broker: an Ofsted report PDF is published as kind ofsted_report with its inspection, a
 * news PDF as news, and each kind of bad PDF gets its own problem.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class PdfReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification poster() {
        return given().header("X-API-Key", "dev-key");
    }

    /** An ILACS report's front page; the lead inspector's name makes each one a different text. */
    private static String[] report(String inspector) {
        return new String[] {
            "Inspection of Wigan local authority",
            "children\u2019s services",
            "Inspection dates: 13 to 24 January 2025",
            "Lead inspector: " + inspector + ", His Majesty\u2019s Inspector",
            "Judgement Grade",
            "The impact of leaders on social work",
            "practice with children and families",
            "Inadequate",
            "The experiences and progress of",
            "children who need help and protection",
            "Requires improvement to be good",
            "The experiences and progress of",
            "children in care",
            "Good",
            "The experiences and progress of care",
            "leavers",
            "Good",
            "Overall effectiveness Inadequate",
            "Leaders have not acted on the weaknesses found at the last inspection.",
        };
    }

    private static JsonNode publishedOnce(String reportId) throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<TopicReader.Record> records = TopicReader.readAll(bootstrap, "reports.parsed").stream()
                .filter(r -> reportId.equals(r.key())).toList();
        assertEquals(1, records.size(), "exactly one message keyed " + reportId);
        return JSON.readTree(records.get(0).value());
    }

    private static void assertProblem(Response response, int status, String reason, String detail) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://safeguarding.watch/problems/" + reason))
                .body("title", notNullValue()).body("detail", containsString(detail));
        assertFalse(response.asString().contains("Exception"), response.asString());
    }

    @Test
    void anOfstedReportPdfIsPublishedAsAnOfficialReportWithItsInspection() throws Exception {
        Response response = poster().contentType("application/pdf").body(Pdfs.text(report(UUID.randomUUID().toString())))
                .post("/reports");
        response.then().statusCode(202).body("kind", equalTo("ofsted_report"))
                .body("inspection.framework", equalTo("ilacs")).body("inspection.start", equalTo("2025-01-13"))
                .body("inspection.end", equalTo("2025-01-24")).body("outcomes", hasSize(5))
                .body("outcomes.councilCode", everyItem(equalTo("E08000010")))
                .body("outcomes.status", everyItem(equalTo("new")));

        JsonNode event = publishedOnce(response.path("reportId"));
        assertEquals("ofsted_report", event.path("kind").asText());
        assertEquals("ilacs", event.path("inspection").path("framework").asText());
        assertEquals("2025-01-13", event.path("inspection").path("start").asText());
        assertEquals("2025-01-24", event.path("inspection").path("end").asText());
        assertEquals(5, event.path("outcomes").size());
        for (JsonNode o : event.path("outcomes")) {
            assertEquals(1.0, o.path("confidence").asDouble(), 1e-9);
        }
        assertTrue(event.path("text").asText().contains("Overall effectiveness Inadequate"), event.toString());
        assertEquals(ReportIds.of(event.path("text").asText()), event.path("reportId").asText(),
                "the id is derived from the extracted text");
    }

    @Test
    void aNewsArticleAsPdfIsNews() throws Exception {
        String marker = UUID.randomUUID().toString();
        Response response = poster().contentType("application/pdf").body(Pdfs.text(
                "Children's services at Wigan Council have been rated inadequate by Ofsted.", "Ref " + marker))
                .post("/reports");
        response.then().statusCode(202).body("kind", equalTo("news"));
        JsonNode event = publishedOnce(response.path("reportId"));
        assertEquals("news", event.path("kind").asText());
        assertTrue(event.path("inspection").isNull() || event.path("inspection").isMissingNode(), event.toString());
    }

    @Test
    void theDryRunReadsAPdfToo() {
        poster().contentType("application/pdf").body(Pdfs.text(report("Dry Run"))).post("/reports/parse")
                .then().statusCode(200).body("kind", equalTo("ofsted_report"))
                .body("inspection.framework", equalTo("ilacs")).body("text", containsString("Judgement Grade"));
    }

    @Test
    void aBodyThatIsNoPdfIs415() {
        byte[] page = "<!DOCTYPE html><html><body>Report not found</body></html>".getBytes(StandardCharsets.UTF_8);
        assertProblem(poster().contentType("application/pdf").body(page).post("/reports"), 415, "not-a-pdf",
                "HTML page");
    }

    @Test
    void pdfsWithoutReadableTextAre422() {
        assertProblem(poster().contentType("application/pdf").body(Pdfs.text()).post("/reports"), 422,
                "pdf-without-text", "no text layer");
        assertProblem(poster().contentType("application/pdf").body(Pdfs.withPassword("secret", report("Locked")))
                .post("/reports"), 422, "encrypted-pdf", "password");
        byte[] truncated = Arrays.copyOf(Pdfs.text(report("Truncated")), 60);
        assertProblem(poster().contentType("application/pdf").body(truncated).post("/reports"), 422, "damaged-pdf",
                "damaged");
    }

    @Test
    void aPdfOverTheBodyLimitIs413() {
        byte[] big = Arrays.copyOf(Pdfs.text(report("Big")), 5 * 1024 * 1024 + 1);
        assertProblem(poster().contentType("application/pdf").body(big).post("/reports"), 413, "body-too-large",
                "limit");
    }

    @Test
    void reportPdfsInAMultipartUploadEachGetTheirOwnResult() throws Exception {
        Response response = poster()
                .multiPart("file", "report.pdf", Pdfs.text(report(UUID.randomUUID().toString())),
                        "application/octet-stream")
                .multiPart("file", "error.pdf", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
                        "application/pdf")
                .post("/reports");
        response.then().statusCode(207).body("accepted", equalTo(1)).body("rejected", equalTo(1))
                .body("results.status", equalTo(List.of(202, 415))).body("results[0].kind", equalTo("ofsted_report"))
                .body("results[1].problem.type", equalTo("https://safeguarding.watch/problems/not-a-pdf"));
        assertEquals("ofsted_report", publishedOnce(response.path("results[0].reportId")).path("kind").asText());
    }
}
