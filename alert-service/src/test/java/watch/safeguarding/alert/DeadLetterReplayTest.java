package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;
import static watch.safeguarding.alert.Fixtures.toJson;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.testsupport.KafkaResource;

/** A judgement parked on judgements.recorded.dlq reaches its subscribers once replayed, through the real broker. */
@QuarkusTest
class DeadLetterReplayTest {

    @Test
    void aParkedJudgementIsDeliveredOnceReplayed() throws Exception {
        given().post("/admin/dead-letters/replay").then().statusCode(401);
        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200);
        String email = address("replayed");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String marker = UUID.randomUUID().toString();
        JudgementRecorded judgement = darlington("inadequate", marker);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(JudgementRecorded.TOPIC + ".dlq", judgement.council().code(), toJson(judgement)))
                    .get(30, TimeUnit.SECONDS);
        }
        Thread.sleep(3000);
        assertTrue(mailsTo(email, marker).isEmpty(), "nothing while parked");

        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200)
                .body("from", equalTo("judgements.recorded.dlq")).body("to", equalTo("judgements.recorded"))
                .body("messages", greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email, marker).size() == 1);
        // again (other tests' malformed events may have been parked again): the judgement is not mailed twice
        given().header("X-API-Key", "dev-key").post("/admin/dead-letters/replay").then().statusCode(200);
        Thread.sleep(2000);
        assertTrue(mailsTo(email, marker).size() == 1, "once");
    }
}
