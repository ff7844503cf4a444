package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.systemtests.TheSystem.published;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of each service, the two of one service started at the same moment, against one broker, one PostgreSQL
 * and one SMTP server: both catalogs get through their start-up imports, the sign-up limits count across both alert
 * services, and reports spread over both ingest services reach each subscriber once per announcement.
 */
class TwoReplicasTest {

    private static final int PER_ADDRESS = 3;
    private static final int PER_CLIENT = 4;
    private static final Pattern SEED_IMPORT = Pattern.compile("Ofsted seed: (\\d+) inspections, (\\d+) judgements imported");
    /**
     * Councils without an official grade of this year in the seed (Ofsted's grade would win over the news), whose GSS
     * codes, the key of judgements.recorded, fall in each of its three partitions: both alert services get some.
     */
    private static final Map<String, String> COUNCILS = new LinkedHashMap<>();

    static {
        COUNCILS.put("Oldham Council", "Oldham");
        COUNCILS.put("Rochdale Council", "Rochdale");
        COUNCILS.put("Salford City Council", "Salford");
        COUNCILS.put("Stockport Council", "Stockport");
        COUNCILS.put("Tameside Council", "Tameside");
        COUNCILS.put("Wirral Council", "Wirral");
        COUNCILS.put("Calderdale Council", "Calderdale");
        COUNCILS.put("Leeds City Council", "Leeds");
    }

    private static TheSystem system;

    @BeforeAll
    static void start() throws Exception {
        // the seed on, so that both catalogs import councils and Ofsted's outcomes into the empty database at once;
        // the proxy in front is the test itself (127.0.0.1), which names each client in X-Forwarded-For
        system = new TheSystem(3, 2, Map.of(
                "CATALOG_SEED_ENABLED", "true",
                "ALERT_RATE_LIMIT_TRUSTED_PROXIES", "127.0.0.1,::1",
                "ALERT_RATE_LIMIT_PER_ADDRESS", String.valueOf(PER_ADDRESS),
                "ALERT_RATE_LIMIT_PER_IP", String.valueOf(PER_CLIENT)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void bothCatalogsStartTogetherAndOneOfThemImportsTheSeed() throws Exception {
        List<Integer> imported = new ArrayList<>();
        for (ServiceProcess catalog : system.catalogs) {
            assertEquals(200, TheSystem.get(catalog.url("/q/health/ready")).statusCode(), catalog.name());
            Matcher seed = SEED_IMPORT.matcher(catalog.log());
            assertTrue(seed.find(), catalog.name() + " ran the seed import");
            imported.add(Integer.parseInt(seed.group(1)));
        }
        // the second to take the import lock finds the first one's rows and adds none
        assertEquals(0, (int) Collections.min(imported), "inspections imported by each catalog: " + imported);
        int inspections = Collections.max(imported);
        assertTrue(inspections > 0, "one of them imported the seed: " + imported);
        assertEquals(inspections, system.catalogCount("select count(*) from report where kind = 'ofsted'"), "each inspection once");
        long councils = Files.readAllLines(system.root.resolve("report-parser/src/main/resources/watch/safeguarding/parser/local-authorities.csv"))
                .size() - 1;
        assertEquals(councils, system.catalogCount("select count(*) from council"), "each council of the gazetteer once");
    }

    @Test
    void anAddressGetsItsSignUpsOnceAcrossBothAlertServices() throws Exception {
        String email = address("limited");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2 * PER_ADDRESS; i++) {
            // each time from another client, so that only the address's own limit applies
            statuses.add(signUp(system.alerts.get(i % 2), email, "203.0.113." + (i + 1)).statusCode());
        }
        assertEquals(expected(PER_ADDRESS), statuses, "one limit for both replicas, not one each");
    }

    @Test
    void aClientBehindTheProxyGetsItsSignUpsOnceAcrossBothAlertServices() throws Exception {
        String client = "198.51.100.7";
        List<String> emails = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2 * PER_CLIENT; i++) {
            emails.add(address("client-" + i));
            HttpResponse<String> answer = signUp(system.alerts.get(i % 2), emails.get(i), client);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.body());
                assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "says when to come back");
            }
        }
        assertEquals(expected(PER_CLIENT), statuses, "one limit for both replicas, not one each");
        // a client cannot escape its limit by putting another address in front of its own
        assertEquals(429, signUp(system.alerts.get(0), address("spoofed"), "192.0.2.1, " + client).statusCode());
        // the limit is the client's, not the proxy's: the next visitor signs up
        assertEquals(202, signUp(system.alerts.get(1), address("next-visitor"), "198.51.100.8").statusCode());

        // each accepted sign-up is confirmed by one email, though both replicas send mail from one queue; no other
        await().atMost(Duration.ofSeconds(30)).until(() -> system.alertCount("select count(*) from mail where state = 'pending'") == 0);
        for (int i = 0; i < emails.size(); i++) {
            assertEquals(i < PER_CLIENT ? 1 : 0, system.mailsTo(emails.get(i)).size(), "emails to sign-up " + i);
        }
    }

    @Test
    void reportsPostedToBothIngestServicesMailEachSubscriberOncePerAnnouncement() throws Exception {
        system.awaitConsumers("catalog-service", 2);
        system.awaitConsumers("alert-service", 2);
        String everywhere = address("everywhere");
        String some = address("some");
        List<String> someCouncils = List.of("Oldham", "Rochdale", "Calderdale", "Leeds");
        system.subscribeConfirmed(system.alerts.get(0), everywhere, "[\"inadequate\"]", "immediately", "[]");
        system.subscribeConfirmed(system.alerts.get(1), some, "[\"inadequate\"]", "immediately",
                "[\"E08000004\",\"E08000005\",\"E08000033\",\"E08000035\"]");

        for (String council : COUNCILS.keySet()) {
            // two articles about one inspection, one through each ingest service: either catalog may record either
            system.postReport(system.ingests.get(0), published(2) + "\n\nChildren's services at " + council + " have been rated "
                    + "inadequate by Ofsted, in a report published on Friday. Ref " + UUID.randomUUID() + ".");
            system.postReport(system.ingests.get(1), published(2) + "\n\nChildren's services at " + council + " have been rated "
                    + "inadequate by Ofsted, inspectors said this week. Ref " + UUID.randomUUID() + ".");
        }
        for (String council : COUNCILS.values()) {
            await().atMost(Duration.ofSeconds(40)).until(() -> !system.alertsTo(everywhere, council).isEmpty());
        }
        system.awaitAlertsSettled();
        // longer than both senders' poll interval (1 s): a copy one of them was still sending has arrived
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);

        for (String council : COUNCILS.values()) {
            assertEquals(1, system.alertsTo(everywhere, council).size(), council + ": one email to the subscriber to every council");
            assertEquals(someCouncils.contains(council) ? 1 : 0, system.alertsTo(some, council).size(),
                    council + ": the subscriber to four councils");
        }
        assertEquals(1 + COUNCILS.size(), system.mailsTo(everywhere).size(), "a confirmation and the alerts, nothing else: "
                + system.mailsTo(everywhere).stream().map(TheSystem::subject).toList());
        assertEquals(1 + someCouncils.size(), system.mailsTo(some).size(), "a confirmation and the alerts, nothing else: "
                + system.mailsTo(some).stream().map(TheSystem::subject).toList());
        // the work was shared: each alert service took in judgements (each catalog holds partitions, see awaitConsumers)
        List<Long> consumed = system.committedByMember("alert-service", "judgements.recorded");
        assertEquals(2, consumed.size(), "two alert services in the group");
        assertTrue(consumed.stream().allMatch(n -> n > 0), "judgements.recorded taken in by each alert service: " + consumed);
    }

    private static List<Integer> expected(int limit) {
        List<Integer> statuses = new ArrayList<>(Collections.nCopies(limit, 202));
        statuses.addAll(Collections.nCopies(limit, 429));
        return statuses;
    }

    private static HttpResponse<String> signUp(ServiceProcess alert, String email, String forwardedFor) throws Exception {
        return TheSystem.post(alert.url("/subscriptions"), "application/json",
                "{\"email\":\"" + email + "\",\"ratings\":[\"inadequate\"],\"frequency\":\"immediately\"}",
                Map.of("X-Forwarded-For", forwardedFor));
    }
}
