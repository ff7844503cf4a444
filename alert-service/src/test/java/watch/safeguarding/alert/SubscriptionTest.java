package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.confirmLink;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.json;
import static watch.safeguarding.alert.Fixtures.local;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.publish;
import static watch.safeguarding.alert.Fixtures.randomIp;
import static watch.safeguarding.alert.Fixtures.subject;
import static watch.safeguarding.alert.Fixtures.subscribe;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;
import static watch.safeguarding.alert.Fixtures.text;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Sign-up, confirmation, management by emailed link, validation, rate limits, operations and privacy of logs. */
@QuarkusTest
class SubscriptionTest {

    private static final Pattern MANAGE_LINK = Pattern.compile("https?://\\S+/manage\\?token=[A-Za-z0-9_-]+");

    @Test
    void theSameAddressAndCriteriaAreOneSubscription() {
        String email = address("same");
        subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        // the domain is case-insensitive and spaces are trimmed: the same address
        String shouted = " " + email.replace("example.org", "EXAMPLE.org") + " ";
        subscribe(json(shouted, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.confirmations(email).size() == 2);
        Fixtures.confirm(confirmLink(email, 2)).then().statusCode(200);
        // again once confirmed: no new subscription, a "you already get these" email with a manage link
        subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        MimeMessage already = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).stream()
                .filter(m -> subject(m).startsWith("You already get")).findFirst().orElse(null), m -> m != null);
        String manage = local(find(MANAGE_LINK, text(already)));
        String page = given().get(manage).then().statusCode(200).extract().asString();
        assertEquals(1, page.split("<section class=\"card\"").length - 1, "one subscription: " + page);

        // different criteria: a second subscription
        subscribeConfirmed(email, List.of("E10000016"), List.of(), List.of("inadequate"), "weekly");
        page = given().get(manage).then().statusCode(200).extract().asString();
        assertEquals(2, page.split("<section class=\"card\"").length - 1);
    }

    @Test
    void theSignUpPageOpensWithTheCouncilsALinkChose() {
        String page = given().queryParam("council", "E06000005").queryParam("council", "E99999999").get("/").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"council-E06000005\" name=\"councils\" value=\"E06000005\" checked"), "Darlington ticked");
        assertTrue(page.contains("id=\"scope-some\" name=\"scope\" value=\"some\" checked"), "only the chosen councils");
        assertTrue(page.contains("<details class=\"region\" open>"), "its region open");
        String plain = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(plain.contains("id=\"scope-all\" name=\"scope\" value=\"all\" checked") && !plain.contains("value=\"E06000005\" checked"));
    }

    @Test
    void confirmationLinksAreCheckedAndScoped() {
        given().get("/subscriptions/confirm?token=nonsense").then().statusCode(404).body(containsString("expired or is not valid"));
        given().get("/subscriptions/confirm").then().statusCode(404);
        String email = address("scoped");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String confirmToken = confirmLink(email).replaceAll(".*token=", "");
        // a confirmation token is not a manage token
        given().get("/manage?token=" + confirmToken).then().statusCode(404);
        given().contentType(ContentType.URLENC).post("/unsubscribe?token=" + confirmToken).then().statusCode(404);
    }

    @Test
    void invalidRequestsAreProblems() {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", randomIp())
                .body("{\"email\": \"not-an-address\", \"councils\": [\"X99\"], \"ratings\": [\"awful\"], \"frequency\": \"hourly\"}")
                .post("/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.email", containsString("email address"))
                .body("errors.councils", containsString("unknown")).body("errors.ratings", containsString("grades"))
                .body("errors.frequency", containsString("immediately"));
        // CR/LF in an address would end the To header: rejected
        subscribe(json("a@b.example\r\nBcc: c@d.example", List.of(), List.of(), List.of(), "immediately")).then().statusCode(400);
        subscribe(json("a@b.example\nx", List.of(), List.of(), List.of(), "immediately")).then().statusCode(400);
        // the form answers the page again, with the error and the value escaped
        given().contentType(ContentType.URLENC).header("X-Forwarded-For", randomIp()).formParam("email", "\"><script>alert(1)</script>")
                .formParam("scope", "all").post("/subscriptions").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("There is a problem")).body(not(containsString("<script>alert(1)")))
                .body(containsString("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void signUpsAreRateLimitedPerAddressAndPerClient() {
        String email = address("limited");
        for (int i = 0; i < 5; i++) {
            subscribe(json(email, List.of(), List.of(), List.of(), "immediately")).then().statusCode(202);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", randomIp())
                .body(json(email, List.of(), List.of(), List.of(), "immediately")).post("/subscriptions").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .body("status", equalTo(429));

        String ip = randomIp();
        for (int i = 0; i < 20; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.7, " + ip)
                    .body(json(address("ip"), List.of(), List.of(), List.of(), "immediately")).post("/subscriptions").then().statusCode(202);
        }
        // a client-chosen first X-Forwarded-For entry does not escape the limit; the proxy's (last) entry counts
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 250) + ", " + ip)
                .body(json(address("ip"), List.of(), List.of(), List.of(), "immediately")).post("/subscriptions").then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        given().contentType(ContentType.URLENC).header("X-Forwarded-For", ip).formParam("email", address("ip")).formParam("scope", "all")
                .post("/subscriptions").then().statusCode(429).contentType(containsString("text/html"))
                .body(containsString("Too many requests"));
    }

    @Test
    void managedByEmailedLinkWithoutRevealingWhoSubscribed() {
        String email = address("manager");
        subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String stranger = address("stranger");
        String known = given().contentType(ContentType.URLENC).header("X-Forwarded-For", randomIp()).formParam("email", email)
                .post("/manage/link").then().statusCode(200).extract().asString();
        String unknown = given().contentType(ContentType.URLENC).header("X-Forwarded-For", randomIp()).formParam("email", stranger)
                .post("/manage/link").then().statusCode(200).extract().asString();
        assertEquals(known, unknown, "same answer whether or not the address has alerts");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", randomIp()).body("{\"email\": \"" + stranger + "\"}")
                .post("/manage/link").then().statusCode(202);

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).stream()
                .filter(m -> subject(m).startsWith("Manage your")).findFirst().orElse(null), m -> m != null);
        String manage = local(find(MANAGE_LINK, text(mail)));
        String token = manage.replaceAll(".*token=", "");
        String page = given().get(manage).then().statusCode(200).body(containsString("Darlington")).extract().asString();
        String id = find(Pattern.compile("/manage/subscriptions/(\\d+)\\?"), page).replaceAll("\\D", "");

        given().get("/manage/subscriptions/" + id + "?token=" + token).then().statusCode(200).body(containsString("Change your alert"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", token).formParam("scope", "some")
                .formParam("councils", "E10000016").formParam("regions", "London").formParam("ratings", "inadequate")
                .formParam("ratings", "requires_improvement").formParam("frequency", "weekly").post("/manage/subscriptions/" + id)
                .then().statusCode(303);
        given().get(manage + "&saved=1").then().statusCode(200).body(containsString("Your changes have been saved"))
                .body(containsString("All councils in London, Kent")).body(containsString("Inadequate, Requires improvement to be good"))
                .body(containsString("Once a week"));
        // someone else's subscription id with this token: not found
        given().get("/manage/subscriptions/999999?token=" + token).then().statusCode(404);

        // now weekly: an immediate alert no longer comes
        String marker = UUID.randomUUID().toString();
        publish(darlington("inadequate", marker));
        awaitOutboxDrained();

        given().contentType(ContentType.URLENC).formParam("token", token).post("/manage/subscriptions/" + id + "/unsubscribe").then()
                .statusCode(200).body(containsString("You have unsubscribed"));
        given().get(manage).then().statusCode(200).body(containsString("You have no alerts"));
        assertTrue(mailsTo(email, marker).isEmpty());
    }

    @Test
    void deliveryCountsNeedTheApiKey() {
        given().get("/admin/deliveries").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "wrong").get("/admin/deliveries").then().statusCode(401);
        given().header("X-API-Key", "dev-key").get("/admin/deliveries").then().statusCode(200)
                .body("deliveries.pending", greaterThanOrEqualTo(0)).body("deliveries.sent", greaterThanOrEqualTo(0))
                .body("deliveries.failed", greaterThanOrEqualTo(0)).body("deliveries.awaiting_digest", greaterThanOrEqualTo(0))
                .body("mail.sent", greaterThanOrEqualTo(0));
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"))
                .body(containsString("Kafka"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/subscriptions")).body(containsString("E06000005"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void noEmailAddressOrTokenInAnyLogLine() {
        try (LogCapture logs = LogCapture.start()) {
            String email = address("private");
            subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
            String token = confirmLink(email).replaceAll(".*token=", "");
            subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
            subscribe(json("bad address " + email, List.of(), List.of(), List.of(), "immediately")).then().statusCode(400);
            given().contentType(ContentType.URLENC).header("X-Forwarded-For", randomIp()).formParam("email", email).post("/manage/link")
                    .then().statusCode(200);
            String marker = UUID.randomUUID().toString();
            publish(darlington("inadequate", marker));
            await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email, marker).isEmpty());
            awaitOutboxDrained();
            logs.assertNoneContain(email, token);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group();
    }
}
