package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.confirmLink;
import static watch.safeguarding.alert.Fixtures.count;
import static watch.safeguarding.alert.Fixtures.json;
import static watch.safeguarding.alert.Fixtures.local;
import static watch.safeguarding.alert.Fixtures.randomIp;
import static watch.safeguarding.alert.Fixtures.subscribe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import watch.safeguarding.alert.entity.Token;
import watch.safeguarding.alert.service.Secrets;
import watch.safeguarding.alert.service.Tokens;

/** Defects found in review: confirmation by GET, reusable confirmation links, piling manage links, double sign-ups, bad ids. */
@QuarkusTest
class HardeningTest {

    @Inject
    Tokens tokens;

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private static long subscriberOf(String confirmLink) {
        return count("select subscriber_id from token where hash = ?1", Secrets.tokenHash(token(confirmLink)));
    }

    @Test
    void openingTheConfirmationLinkConfirmsNothingTheButtonDoesOnce() {
        String email = address("scanner");
        subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        String link = confirmLink(email);
        long subscriber = subscriberOf(link);
        // a mail scanner opens the link, twice
        for (int i = 0; i < 2; i++) {
            given().get(local(link)).then().statusCode(200).body(containsString("Confirm your alerts"))
                    .body(containsString("action=\"/subscriptions/confirm\"")).body(not(containsString("/manage?token=")));
        }
        assertEquals(0, count("select count(*) from subscription where subscriber_id = ?1 and status = 'active'", subscriber));
        assertEquals(0, count("select count(*) from token where subscriber_id = ?1 and purpose = 'manage'", subscriber));

        // the person presses Confirm: active, one manage link
        given().contentType(ContentType.URLENC).formParam("token", token(link)).post("/subscriptions/confirm").then().statusCode(200)
                .body(containsString("Your alerts are confirmed")).body(containsString("/manage?token="));
        assertEquals(1, count("select count(*) from subscription where subscriber_id = ?1 and status = 'active'", subscriber));
        // single use: again (or the link again) mints no further manage link
        given().contentType(ContentType.URLENC).formParam("token", token(link)).post("/subscriptions/confirm").then().statusCode(200)
                .body(containsString("confirmed these alerts with this link before")).body(not(containsString("/manage?token=")));
        given().get(local(link)).then().statusCode(200).body(containsString("confirmed these alerts with this link before"));
        assertEquals(1, count("select count(*) from token where subscriber_id = ?1 and purpose = 'manage'", subscriber));
        given().contentType(ContentType.URLENC).formParam("token", "nonsense").post("/subscriptions/confirm").then().statusCode(404);
    }

    @Test
    void newManageLinksRetireTheOldestSoThatOnlyAFewLive() {
        String email = address("manage-links");
        subscribe(json(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately")).then().statusCode(202);
        long subscriber = subscriberOf(confirmLink(email));
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            issued.add(QuarkusTransaction.requiringNew().call(() -> tokens.issue(Token.MANAGE, subscriber, null, Duration.ofDays(90))));
        }
        assertEquals(3, count("select count(*) from token where subscriber_id = ?1 and purpose = 'manage'", subscriber));
        // the newest still work, the oldest do not
        given().get("/manage?token=" + issued.get(5)).then().statusCode(200);
        given().get("/manage?token=" + issued.get(3)).then().statusCode(200);
        given().get("/manage?token=" + issued.get(0)).then().statusCode(404);
    }

    @Test
    void aDoubleClickedSignUpForANewAddressIsTwoCheckYourEmailPages() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = address("double-click");
            String ip = randomIp();
            int clicks = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clicks);
            try {
                List<CompletableFuture<Response>> answers = new ArrayList<>();
                for (int i = 0; i < clicks; i++) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", ip).formParam("email", email)
                                .formParam("scope", "all").formParam("ratings", "inadequate").formParam("frequency", "immediately")
                                .post("/subscriptions");
                    }, pool));
                }
                start.countDown();
                for (CompletableFuture<Response> answer : answers) {
                    Response response = answer.get();
                    assertEquals(200, response.statusCode(), response.asString());
                    assertTrue(response.contentType().startsWith("text/html"), response.contentType());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(1, count("select count(*) from subscription s join token t on t.subscriber_id = s.subscriber_id "
                    + "where t.hash = ?1", Secrets.tokenHash(token(confirmLink(email)))));
        }
    }

    @Test
    void aManageFormTokenWithATrailingSpaceSavesAndRedirects() {
        String email = address("trailing-space");
        Fixtures.subscribeConfirmed(email, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        String manage = QuarkusTransaction.requiringNew().call(() -> tokens.issue(Token.MANAGE, subscriberOf(confirmLink(email)), null,
                Duration.ofDays(1)));
        long id = count("select s.id from subscription s join token t on t.subscriber_id = s.subscriber_id where t.hash = ?1",
                Secrets.tokenHash(manage));
        Response saved = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("token", manage + " ")
                .formParam("scope", "all").formParam("ratings", "inadequate").formParam("frequency", "weekly")
                .post("/manage/subscriptions/" + id);
        assertEquals(303, saved.statusCode(), saved.asString());
        given().get(saved.header("Location")).then().statusCode(200).body(containsString("Your changes have been saved"));
    }

    @Test
    void aSubscriptionIdThatIsNotANumberIs400NamingIt() {
        given().get("/manage/subscriptions/abc?token=x").then().statusCode(400).contentType("application/problem+json")
                .body("errors.id", containsString("whole number"));
        given().contentType(ContentType.URLENC).formParam("token", "x").post("/manage/subscriptions/99999999999999999999/unsubscribe")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void anUndecodableFormBodyIs400SayingHowToEncodeIt() {
        for (String form : List.of("/subscriptions", "/subscriptions/confirm", "/manage/link", "/manage/subscriptions/1",
                "/manage/subscriptions/1/unsubscribe", "/manage/unsubscribe-all")) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("=&&==&%zz").post(form)
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                    .body("title", equalTo("Malformed form")).body("detail", containsString("URL-encoded"));
        }
    }

    @Test
    void jsonOfTheWrongShapeIs400SayingWhatWasExpected() {
        for (String body : List.of("[]", "123", "\"text\"")) {
            for (String api : List.of("/subscriptions", "/manage/link")) {
                given().contentType(ContentType.JSON).body(body).post(api).then().statusCode(400).contentType("application/problem+json")
                        .body("title", equalTo("Invalid JSON")).body("detail", containsString("a JSON object"));
            }
        }
        given().contentType(ContentType.JSON).body("{\"email\": 5, \"ratings\": \"inadequate\", \"councils\": {}}").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.ratings", containsString("list"));
        given().contentType(ContentType.JSON).body("{\"email\": ").post("/subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Invalid JSON")).body("detail", containsString("line 1"));
    }
}
