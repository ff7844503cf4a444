package watch.safeguarding.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import watch.safeguarding.ingest.TopicReader;
import watch.safeguarding.testsupport.KafkaResource;

/** Control characters, a missing Content-Type and malformed multipart: never half-accepted, never a 500. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/reports")
    URI reports;

    private static JsonNode published(String reportId) throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<TopicReader.Record> records = TopicReader.readAll(bootstrap, "reports.parsed").stream()
                .filter(r -> reportId.equals(r.key())).toList();
        assertEquals(1, records.size());
        return JSON.readTree(records.get(0).value());
    }

    @Test
    void controlCharactersAreRemovedFromTheTextBeforeItIsPublished() throws Exception {
        String ref = UUID.randomUUID().toString();
        Response plain = given().header("X-API-Key", "dev-key").contentType("text/plain; charset=UTF-8")
                .body(("Kent County Council\u0000 was rated inadequate\u001b by Ofsted. Ref " + ref).getBytes(StandardCharsets.UTF_8))
                .post("/reports");
        assertEquals(202, plain.statusCode(), plain.asString());
        JsonNode event = published(plain.path("reportId"));
        assertEquals("Kent County Council was rated inadequate by Ofsted. Ref " + ref, event.path("text").asText());

        Response json = given().header("X-API-Key", "dev-key").contentType("application/json")
                .body("{\"text\": \"Kent\\u0000 was rated inadequate. Ref " + ref + "\", \"title\": \"Two\\nlines\\u0000\"}").post("/reports");
        assertEquals(202, json.statusCode(), json.asString());
        event = published(json.path("reportId"));
        assertFalse(event.toString().contains("\\u0000"), event.toString());
        assertEquals("Two lines", event.path("source").path("title").asText());
    }

    @Test
    void aUrlWithAControlCharacterIs400NamingTheField() {
        given().header("X-API-Key", "dev-key").contentType("application/json")
                .body("{\"text\": \"Kent was rated inadequate.\", \"url\": \"https://example.org/a\\u0000b\"}").post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"))
                .body("detail", containsString("control characters"));
    }

    @Test
    void aPartWithAMalformedContentTypeFailsAloneAndTheOtherPartsAreAccepted() {
        String text = "Kent County Council was rated inadequate by Ofsted. Ref " + UUID.randomUUID();
        Response response = given().header("X-API-Key", "dev-key")
                .multiPart("file", "story.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "odd.txt", "Kent".getBytes(StandardCharsets.UTF_8), "text/")
                .post("/reports");
        assertEquals(207, response.statusCode(), response.asString());
        assertEquals(List.of(202, 415), response.jsonPath().getList("results.status"));
        assertTrue(response.jsonPath().getString("results[1].problem.detail").contains("'text/'"), response.asString());
    }

    @Test
    void noContentTypeAndNoBodyIs400EmptyBody() throws Exception {
        HttpResponse<String> response = post(reports, null, "");
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response, "empty-body", "Content-Type");
    }

    @Test
    void aBodyWithoutAContentTypeIs415NamingTheHeader() throws Exception {
        for (URI target : List.of(reports, reports.resolve("/reports/parse"))) {
            HttpResponse<String> response = post(target, null, "Kent County Council was rated inadequate by Ofsted.");
            assertEquals(415, response.statusCode(), target + ": " + response.body());
            assertProblem(response, "unsupported-media-type", "Content-Type");
        }
    }

    @Test
    void aMultipartBodyCutOffBeforeItsClosingBoundaryIs400() throws Exception {
        HttpResponse<String> response = post(reports, "multipart/form-data; boundary=b", "--b\r\nnonsense");
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response, "malformed-body", "boundary");
    }

    private static HttpResponse<String> post(URI target, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("X-API-Key", "dev-key")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, String reason, String detailMentions) throws Exception {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("https://safeguarding.watch/problems/" + reason, problem.path("type").asText(), response.body());
        assertEquals(response.statusCode(), problem.path("status").asInt());
        assertTrue(problem.path("detail").asText().contains(detailMentions), response.body());
    }
}
