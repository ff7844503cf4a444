package watch.safeguarding.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import watch.safeguarding.ingest.TopicReader;

/**
 * Must show 2: the broker goes away mid-stream and comes back. Posters keep posting from several threads throughout.
 * Afterwards the whole topic is read: every report answered 202 is in it exactly once; every report answered 503 is
 * absent, or, when the broker stored it but its acknowledgement was lost, present at most once, its 503 having said
 * so and carried its reportId. No request takes longer than the producer's bounded deadline.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.OwnBrokerProfile.class)
@WithTestResource(OwnKafkaBroker.class)
class BrokerOutageTest {

    /** Its own Quarkus application, bound to its own broker. */
    public static class OwnBrokerProfile implements QuarkusTestProfile {
    }

    private static final Duration REQUEST_BOUND = Duration.ofSeconds(11); // max-block 3 s + delivery 6 s + 1 s, + slack
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/reports")
    URI reports;

    @TestHTTPResource("/q/health/ready")
    URI ready;

    private record Answer(String text, int status, String reportId, String body, Duration took, String phase) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private volatile String phase = "before";

    @Test
    void everyAcceptedReportIsOnTheTopicExactlyOnceAndNoRefusedOneSneaksIn() throws Exception {
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService posters = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(posters.submit(() -> {
                while (posting.get()) {
                    post();
                }
                return null;
            }));
        }
        try {
            awaitAnswers(a -> a.phase().equals("before") && a.status() == 202, 20, Duration.ofSeconds(20));

            phase = "outage";
            OwnKafkaBroker.broker().stop();
            awaitAnswers(a -> a.phase().equals("outage") && a.status() == 503, 8, Duration.ofSeconds(30));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status(ready) == 503);

            phase = "recovered";
            OwnKafkaBroker.broker().start();
            awaitAnswers(a -> a.phase().equals("recovered") && a.status() == 202, 20, Duration.ofSeconds(30));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status(ready) == 200);

            phase = "after";
            awaitAnswers(a -> a.phase().equals("after") && a.status() == 202, 10, Duration.ofSeconds(20));
        } finally {
            posting.set(false);
            for (Future<?> poster : running) {
                poster.get();
            }
            posters.shutdown();
        }

        Map<String, Integer> onTopic = new HashMap<>();
        for (TopicReader.Record record : TopicReader.readAll(OwnKafkaBroker.broker().bootstrapServers(), "reports.parsed")) {
            onTopic.merge(record.key(), 1, Integer::sum);
        }
        List<Answer> all = new ArrayList<>(answers);
        List<Answer> accepted = all.stream().filter(a -> a.status() == 202).toList();
        List<Answer> refused = all.stream().filter(a -> a.status() != 202).toList();
        List<Answer> refusedButStored = refused.stream().filter(a -> onTopic.containsKey(a.reportId())).toList();
        System.out.printf("outage test: %d posts, %d accepted (202), %d refused (503), of which %d stored by the broker "
                + "after all (acknowledgement lost); slowest answer %d ms%n", all.size(), accepted.size(), refused.size(),
                refusedButStored.size(), all.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0));

        for (Answer answer : all) {
            assertTrue(answer.status() == 202 || answer.status() == 503, "only 202 or 503, got " + answer);
            assertTrue(answer.took().compareTo(REQUEST_BOUND) < 0, "answered within the bound: " + answer);
            assertTrue(answer.reportId() != null && answer.reportId().matches("[0-9a-f]{32}"), "every answer names its report: " + answer);
        }
        for (Answer answer : accepted) {
            assertEquals(1, onTopic.getOrDefault(answer.reportId(), 0), "accepted exactly once on the topic: " + answer);
        }
        for (Answer answer : refused) {
            assertTrue(onTopic.getOrDefault(answer.reportId(), 0) <= 1, "a refused report is at most once on the topic: " + answer);
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals("https://safeguarding.watch/problems/broker-unavailable", problem.path("type").asText());
            assertTrue(problem.path("detail").asText().contains("not accepted"), "the 503 says the report was not accepted");
            assertTrue(problem.path("detail").asText().contains("can it still appear"), "and names the one case it may still appear");
        }
        assertTrue(refused.stream().anyMatch(a -> a.phase().equals("outage")), "the outage was seen as 503s");
        // in flight when the broker stopped, or posted while it was down or coming back: never once it is back
        assertEquals(List.of(), refused.stream().filter(a -> a.phase().equals("after")).toList(), "no refusals after recovery");
    }

    private void post() {
        String text = "Outage test report " + UUID.randomUUID() + ": Ofsted rated the council's children's services good.";
        String during = phase;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(reports).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/plain").header("X-API-Key", "dev-key")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String id = JSON.readTree(response.body()).path("reportId").asText(null);
            if (response.statusCode() == 503) {
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");
            }
            // a post belongs to the phase it started in
            answers.add(new Answer(text, response.statusCode(), id, response.body(), took, during));
        } catch (Exception e) {
            answers.add(new Answer(text, -1, null, String.valueOf(e), Duration.ofNanos(System.nanoTime() - start), during));
        }
    }

    private void awaitAnswers(Predicate<Answer> which, int count, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(() -> answers.stream().filter(which).count() >= count);
    }

    private int status(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
