package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.awaitOutboxDrained;
import static watch.safeguarding.alert.Fixtures.confirmLink;
import static watch.safeguarding.alert.Fixtures.count;
import static watch.safeguarding.alert.Fixtures.subscribeConfirmed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import watch.safeguarding.alert.entity.Token;
import watch.safeguarding.alert.service.Retention;
import watch.safeguarding.alert.service.Secrets;
import watch.safeguarding.alert.service.Tokens;

/** Retention at GOV.UK's defaults, driven by an explicit clock: the purge is run as of days ahead. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;
    @Inject
    Tokens tokens;

    private static long subscriberOf(String email) {
        return count("select subscriber_id from token where hash = ?1", Secrets.tokenHash(confirmLink(email).replaceAll(".*token=", "")));
    }

    @Test
    void tokensMailAndTheAddressesOfPeopleWhoLeftGoWhenTheirTimeIsUp() {
        String leaving = address("leaving");
        String staying = address("staying");
        subscribeConfirmed(leaving, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        subscribeConfirmed(staying, List.of("E06000005"), List.of(), List.of("inadequate"), "immediately");
        long left = subscriberOf(leaving);
        long stays = subscriberOf(staying);
        String manage = QuarkusTransaction.requiringNew().call(() -> tokens.issue(Token.MANAGE, left, null, Duration.ofDays(90)));
        given().contentType(ContentType.URLENC).formParam("token", manage).post("/manage/unsubscribe-all").then().statusCode(200)
                .body(containsString("You have unsubscribed"));
        awaitOutboxDrained();
        Instant now = Instant.now();

        // confirmation tokens expire after 7 days and are kept 7 more; mail is kept 7 days after it was sent
        retention.purge(now.plus(Duration.ofDays(6)));
        assertEquals(1, count("select count(*) from token where subscriber_id = ?1 and purpose = 'confirm'", stays));
        assertEquals(1, count("select count(*) from mail where subscriber_id = ?1 and state = 'sent'", stays));
        retention.purge(now.plus(Duration.ofDays(8)));
        assertEquals(1, count("select count(*) from token where subscriber_id = ?1 and purpose = 'confirm'", stays));
        assertEquals(0, count("select count(*) from mail where subscriber_id = ?1", stays));
        retention.purge(now.plus(Duration.ofDays(15)));
        assertEquals(0, count("select count(*) from token where subscriber_id = ?1 and purpose = 'confirm'", stays));
        assertEquals(1, count("select count(*) from token where subscriber_id = ?1 and purpose = 'manage'", stays), "90-day manage link");

        // the address of someone who unsubscribed from everything: kept 28 days, then deleted with everything of theirs
        retention.purge(now.plus(Duration.ofDays(27)));
        assertEquals(1, count("select count(*) from subscriber where id = ?1", left));
        retention.purge(now.plus(Duration.ofDays(29)));
        assertEquals(0, count("select count(*) from subscriber where id = ?1", left));
        assertEquals(0, count("select count(*) from subscription where subscriber_id = ?1", left));
        assertEquals(1, count("select count(*) from subscriber where id = ?1", stays), "an active subscriber stays");
    }
}
