package watch.safeguarding.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import watch.safeguarding.ingest.TopicReader;
import watch.safeguarding.testsupport.KafkaResource;

/** Control characters and malformed multipart parts: never half-accepted, never a 500. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
}
