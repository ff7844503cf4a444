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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import watch.safeguarding.testsupport.KafkaBroker;
import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;

/**
 * One report through the whole system, each hop real: ingest publishes to a real broker, the catalog stores it in
 * PostgreSQL and records the judgement, the alert service emails a confirmed subscriber over SMTP.
 */
class WalkingSkeletonTest {

    private static final String API_KEY = "system-test-key-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/subscriptions/confirm\\?token=[A-Za-z0-9_-]+");

    private static KafkaBroker broker;
    private static GreenMail smtp;
    private static String catalogDb;
    private static String alertDb;
    private static ServiceProcess ingest;
    private static ServiceProcess catalog;
    private static ServiceProcess alert;

    @BeforeAll
    static void startSystem() throws Exception {
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        broker = KafkaBroker.onFreePorts().start();
        smtp = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        catalogDb = PostgresResource.createDatabase("catalog_system");
        alertDb = PostgresResource.createDatabase("alert_system");
        int ingestPort = Ports.free();
        int catalogPort = Ports.free();
        int alertPort = Ports.free();
        String catalogUrl = "http://127.0.0.1:" + catalogPort;

        catalog = ServiceProcess.start(root, "catalog-service", catalogPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(catalogDb),
                "CATALOG_API_KEYS", API_KEY));
        alert = ServiceProcess.start(root, "alert-service", alertPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb),
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "ALERT_PUBLIC_URL", "http://127.0.0.1:" + alertPort,
                "CATALOG_URL", catalogUrl,
                "ALERT_API_KEYS", API_KEY,
                "ALERT_SECRET_KEY", ProductionSecretsTest.randomSecretKey()));
        ingest = ServiceProcess.start(root, "ingest-service", ingestPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "INGEST_API_KEYS", API_KEY,
                "CATALOG_URL", catalogUrl));
    }

    @AfterAll
    static void stopSystem() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {ingest, catalog, alert}) {
            if (service != null) {
                service.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.close();
        }
        PostgresResource.dropDatabase(catalogDb);
        PostgresResource.dropDatabase(alertDb);
    }

    @Test
    void aReportPostedToIngestReachesTheCatalogAndAlertsAConfirmedSubscriber() throws Exception {
        String subscriber = "parent-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> subscribed = post(alert.url("/subscriptions"), "application/json",
                "{\"email\":\"" + subscriber + "\",\"ratings\":[\"inadequate\"],\"frequency\":\"immediately\"}", Map.of());
        assertEquals(202, subscribed.statusCode(), subscribed.body());

        String confirmLink = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(subscriber)
                .map(WalkingSkeletonTest::text).map(CONFIRM_LINK::matcher).filter(Matcher::find).map(Matcher::group), Optional::isPresent)
                .orElseThrow();
        // the link opens a page with a Confirm button (mail scanners open links); the button posts the token
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(confirmLink)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, post(alert.url("/subscriptions/confirm"), "application/x-www-form-urlencoded",
                "token=" + confirmLink.substring(confirmLink.indexOf("token=") + 6), Map.of("Accept", "text/html")).statusCode());

        String report = "Published: 20 November 2026\n\n"
                + "Children's services at Rutland County Council have been rated inadequate by Ofsted.\n\n"
                + "Inspectors judged the help and protection of children in the county to be inadequate, "
                + "in a report published on Friday. Ref " + UUID.randomUUID() + ".";
        HttpResponse<String> accepted = post(ingest.url("/reports"), "text/plain; charset=utf-8", report, Map.of("X-API-Key", API_KEY));
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode body = JSON.readTree(accepted.body());
        String reportId = body.path("reportId").asText();
        assertTrue(body.path("outcomes").toString().contains("E06000017"), "the parser found Rutland: " + body);
        assertEquals(catalog.url("/reports/" + reportId), accepted.headers().firstValue("Location").orElseThrow());

        await().atMost(Duration.ofSeconds(30)).until(() -> get(catalog.url("/reports/" + reportId)).statusCode() == 200);
        assertTrue(get(catalog.url("/reports/" + reportId)).body().contains("E06000017"));

        MimeMessage alertMail = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isTo(m, subscriber) && subject(m).contains("Rutland")).findFirst(), Optional::isPresent).orElseThrow();
        assertTrue(subject(alertMail).toLowerCase().contains("inadequate"), subject(alertMail));
        assertTrue(alertMail.getHeader("List-Unsubscribe") != null, "one-click unsubscribe header present");
    }

    private static Optional<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).findFirst();
    }

    /** The decoded text of every text part, so quoted-printable line breaks don't cut the link. */
    static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
