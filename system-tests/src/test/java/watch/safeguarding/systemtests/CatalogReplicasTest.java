package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import watch.safeguarding.testsupport.KafkaBroker;
import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * Two catalog-service processes against one broker and one PostgreSQL database, sharing reports.parsed's partitions:
 * several reports of one inspection, each posted twice and spread over both instances, make one judgement per area
 * and one judgements.recorded event per judgement.
 */
class CatalogReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** London boroughs no other system test writes about, without an official grade of this year in the seed. */
    private static final List<String> COUNCILS = List.of("E09000002", "E09000003", "E09000004", "E09000013", "E09000006",
            "E09000007", "E09000008", "E09000009", "E09000010", "E09000011");
    private static final List<String> AREAS = List.of("overall", "leadership");
    private static final int REPORTS_PER_INSPECTION = 3;

    private static KafkaBroker broker;
    private static String catalogDb;
    private static final List<ServiceProcess> catalogs = new ArrayList<>();

    @BeforeAll
    static void startTwoCatalogs() throws Exception {
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        broker = KafkaBroker.onFreePorts().start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("reports.parsed", 4, (short) 1))).all().get();
        }
        catalogDb = PostgresResource.createDatabase("catalog_replicas");
        for (boolean seed : new boolean[] {true, false}) {
            // the seed once, before the second starts: these tests are about recording, not about start-up imports
            catalogs.add(ServiceProcess.start(root, "catalog-service", Ports.free(), Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(catalogDb),
                    "CATALOG_SEED_ENABLED", String.valueOf(seed),
                    "CATALOG_API_KEYS", TheSystem.API_KEY)));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess catalog : catalogs) {
            catalog.close();
        }
        if (broker != null) {
            broker.close();
        }
        PostgresResource.dropDatabase(catalogDb);
    }

    @Test
    void reportsOfOneInspectionSpreadOverTwoInstancesAreRecordedOnceAndAnnouncedOnce() throws Exception {
        awaitBothInstancesConsume();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> reportIds = new ArrayList<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (String council : COUNCILS) {
            for (int i = 0; i < REPORTS_PER_INSPECTION; i++) {
                String id = UUID.randomUUID().toString().replace("-", "");
                reportIds.add(id);
                String event = report(id, council, today);
                records.add(new ProducerRecord<>("reports.parsed", id, event));
                records.add(new ProducerRecord<>("reports.parsed", id, event));
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> reportIds.stream().allMatch(id -> status(catalogs.get(0).url("/reports/" + id)) == 200));

        for (String council : COUNCILS) {
            JsonNode judgements = JSON.readTree(get(catalogs.get(1).url("/councils/" + council + "/judgements")));
            for (String area : AREAS) {
                int recorded = 0;
                for (JsonNode j : judgements) {
                    if (j.path("area").asText().equals(area) && j.path("rating").asText().equals("inadequate")
                            && j.path("year").asInt() == today.getYear()) {
                        recorded++;
                        assertEquals(REPORTS_PER_INSPECTION, j.path("sources").size(), council + " " + area + ": every report is a source");
                    }
                }
                assertEquals(1, recorded, council + " " + area + ": one judgement, " + judgements);
            }
        }

        Map<String, Integer> eventsPerJudgement = new HashMap<>();
        Map<String, Integer> notifyingPerCouncil = new HashMap<>();
        for (ConsumerRecord<String, String> record : readAll("judgements.recorded", Duration.ofSeconds(6))) {
            JsonNode event = JSON.readTree(record.value());
            if (COUNCILS.contains(record.key())) {
                eventsPerJudgement.merge(event.path("judgementId").asText(), 1, Integer::sum);
                if (event.path("notifySubscribers").asBoolean()) {
                    notifyingPerCouncil.merge(record.key(), 1, Integer::sum);
                }
            }
        }
        assertEquals(COUNCILS.size() * AREAS.size(), eventsPerJudgement.size(), "one event per judgement: " + eventsPerJudgement);
        assertTrue(eventsPerJudgement.values().stream().allMatch(n -> n == 1), "each event once: " + eventsPerJudgement);
        COUNCILS.forEach(council -> assertEquals(AREAS.size(), notifyingPerCouncil.getOrDefault(council, 0), council));
    }

    /** Both processes have joined the catalog's consumer group and each holds partitions. */
    private static void awaitBothInstancesConsume() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("catalog-service")).all().get().get("catalog-service");
                return group.members().size() == 2
                        && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
            });
        }
    }

    private static String report(String id, String council, LocalDate published) {
        ObjectNode event = JSON.createObjectNode().put("schema", "report.parsed/1").put("reportId", id)
                .put("receivedAt", Instant.now().toString()).put("text", "Report " + id + " of an Ofsted inspection.")
                .put("parserVersion", "system-test").put("kind", "news");
        event.putObject("source").put("url", "https://news.example/" + id).put("publisher", "Paper " + id)
                .put("title", "Council rated inadequate " + id).put("publishedDate", published.toString());
        for (String area : AREAS) {
            event.withArray("outcomes").addObject().put("councilCode", council).put("council", council).put("area", area)
                    .put("rating", "inadequate").put("status", "new").put("year", published.getYear())
                    .put("evidence", "Inspectors judged " + area + " inadequate.").put("confidence", 0.9);
        }
        event.withArray("councilsMentioned").addObject().put("code", council).put("name", council);
        return event.toString();
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, Duration quiet) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < quietUntil) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        }
        return records;
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
