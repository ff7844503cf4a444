package watch.safeguarding.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;

/** Malformed parameters are 400 problems naming the parameter, never a 404 or a 500. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "name", value = "catalog"), restrictToAnnotatedClass = false)
class BadInputTest {

    private static ValidatableResponse problem(ValidatableResponse response, String parameter) {
        return response.statusCode(400).contentType("application/problem+json").body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter));
    }

    @Test
    void aNulInAPathOrQueryParameterIs400NotADatabaseError() {
        problem(given().urlEncodingEnabled(false).get("/reports/%00").then(), "id").body("detail", containsString("U+0000"));
        problem(given().urlEncodingEnabled(false).get("/councils/E0600%0A0005").then(), "code");
        problem(given().urlEncodingEnabled(false).get("/reports?q=inadequate%00").then(), "q");
    }

    @Test
    void wholeNumbersThatDoNotConvertAre400NamingTheParameter() {
        problem(given().get("/judgements?limit=ten").then(), "limit").body("detail", containsString("'ten' is not a whole number"));
        problem(given().get("/judgements?offset=x").then(), "offset");
        problem(given().get("/reports?limit=100000000000").then(), "limit");
        problem(given().header("Accept", "text/csv").get("/judgements?limit=1.5").then(), "limit");
        problem(given().get("/judgements?limit=0").then(), "limit");
    }

    @Test
    void theLastResortAnswersAProblemWithAReferenceAndHidesTheCause() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException("secret internals"));
        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> body = (java.util.Map<String, Object>) response.getEntity();
        String reference = (String) body.get("reference");
        assertTrue(reference.matches("[0-9a-f-]{36}") && String.valueOf(body.get("detail")).contains(reference), body.toString());
        assertTrue(!body.toString().contains("secret internals"), body.toString());
    }
}
