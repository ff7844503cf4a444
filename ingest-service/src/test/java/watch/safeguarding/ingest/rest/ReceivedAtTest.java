package watch.safeguarding.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import watch.safeguarding.ingest.TopicReader;
import watch.safeguarding.testsupport.KafkaResource;

/** The bench profile's test clock: a report counts as received when X-Received-At says, for archive replays. */
@QuarkusTest
@TestProfile(ReceivedAtTest.BenchProfile.class)
@WithTestResource(KafkaResource.class)
class ReceivedAtTest {

    public static class BenchProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "bench";
        }
    }

    @Test
    void aBenchDeploymentTakesTheReceiptTimeFromTheHeader() throws Exception {
        String text = "Children's services at Rutland County Council have been rated inadequate by Ofsted. Ref " + UUID.randomUUID() + ".";
        String id = given().header("X-API-Key", "dev-key").header("X-Received-At", "2015-09-01T09:00:00Z").contentType("text/plain")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/reports").then().statusCode(202).extract().path("reportId");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<TopicReader.Record> records = TopicReader.readAll(bootstrap, "reports.parsed").stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, records.size());
        assertEquals("2015-09-01T09:00:00Z", new ObjectMapper().readTree(records.get(0).value()).path("receivedAt").asText());

        given().header("X-API-Key", "dev-key").header("X-Received-At", "yesterday").contentType("text/plain")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/reports").then().statusCode(400).contentType("application/problem+json");
    }
}
