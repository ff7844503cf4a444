package watch.safeguarding.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Malformed, oversized, wrongly typed and control-character input to every operation each service's OpenAPI document
 * lists: no answer is a 5xx, and every 4xx says what to fix (problem+json with a detail; the HTML pages answer a page
 * with the message instead, as their forms need). Prints the count of requests per status.
 */
class BadInputSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BIG = "x".repeat(3000);
    /** Values for any parameter: NUL and other control characters, an invalid escape, wrong types, oversized. */
    private static final List<String> BAD_VALUES = List.of("%00", "a%00b", "%1B%5B31m", "%0D%0AX-Injected:%201", "%C0%AF", "ten",
            "-1", "1.5", "100000000000", "99999999999999999999", "%F0%9F%92%A9", "'%20or%201=1--", BIG);
    private static final List<String[]> BAD_BODIES = List.of(
            new String[] {"application/json", "{"},
            new String[] {"application/json", "[]"},
            new String[] {"application/json", "\"text\""},
            new String[] {"application/json", "123"},
            new String[] {"application/json", "null"},
            new String[] {"application/json", "{\"email\": 5, \"text\": [], \"ratings\": \"inadequate\", \"councils\": {}}"},
            new String[] {"application/json", "{\"email\": \"a\\u0000@example.org\", \"text\": \"\\u0000\\u0001\", \"url\": \"\\u0000\"}"},
            new String[] {"application/json", "{\"email\": \"" + "a".repeat(100_000) + "@example.org\", \"text\": \"" + "a".repeat(100_000) + "\"}"},
            new String[] {"application/x-www-form-urlencoded", "email=%00&token=%00&scope=some&councils=%00&ratings=%00&frequency=%00"},
            new String[] {"application/x-www-form-urlencoded", "=&&==&%zz"},
            new String[] {"application/x-www-form-urlencoded", "email=" + "a".repeat(100_000)},
            new String[] {"text/plain", "\u0000\u0001\u0002"},
            new String[] {"text/plain; charset=utf-8", "\u00ff"},
            new String[] {"text/plain; charset=nonsense", "text"},
            new String[] {"text/html", "<html><body>\u0000</body>"},
            new String[] {"application/x-ndjson", "{\n[]\n\"x\"\n"},
            new String[] {"multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n"
                    + "Content-Type: text/\r\n\r\nKent\r\n--b--\r\n"},
            new String[] {"multipart/form-data; boundary=b", "--b\r\nnonsense"},
            new String[] {"application/xml", "<report/>"},
            new String[] {"", ""});

    private static SystemUnderTest system;

    @BeforeAll
    static void start() throws Exception {
        system = SystemUnderTest.start(1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private record Outcome(String service, String request, int status, String contentType, String body) {
    }

    @Test
    void noBadInputGetsA5xxAndEvery4xxSaysWhatToFix() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (ServiceProcess service : List.of(system.ingest.get(0), system.catalog.get(0), system.alert.get(0))) {
            JsonNode paths = JSON.readTree(send(HttpRequest.newBuilder(URI.create(service.url("/q/openapi?format=json"))).build()).body())
                    .path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    sweep(service, path.getKey(), op.getKey().toUpperCase(), op.getValue(), outcomes);
                }
            }
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        System.out.println("bad-input sweep: " + outcomes.size() + " requests; by status " + byStatus);
        Map<String, Map<Integer, Integer>> byService = new TreeMap<>();
        outcomes.forEach(o -> byService.computeIfAbsent(o.service(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum));
        byService.forEach((name, counts) -> System.out.println("bad-input sweep: " + name + " " + counts));
        List<String> closed = outcomes.stream().filter(o -> o.status() == 0).map(Outcome::toString).toList();
        System.out.println("bad-input sweep: " + closed.size() + " oversized bodies cut off by the server before they were sent whole");
        assertTrue(closed.stream().allMatch(o -> o.contains("chars]")), "only bodies are cut off: " + closed);
        List<String> serverErrors = outcomes.stream().filter(o -> o.status() >= 500).map(Outcome::toString).toList();
        assertTrue(serverErrors.isEmpty(), serverErrors.size() + " server errors:\n" + String.join("\n", serverErrors));
        List<String> unhelpful = outcomes.stream().filter(o -> o.status() >= 400 && !saysWhatToFix(o)).map(Outcome::toString).toList();
        assertTrue(unhelpful.isEmpty(), unhelpful.size() + " 4xx without a problem that says what to fix:\n" + String.join("\n", unhelpful));
        assertTrue(outcomes.size() > 500, "the sweep sent " + outcomes.size());
    }

    private static boolean saysWhatToFix(Outcome outcome) {
        if (outcome.contentType().startsWith("application/problem+json")) {
            try {
                JsonNode problem = JSON.readTree(outcome.body());
                return problem.path("status").asInt() == outcome.status() && problem.path("detail").asText().length() > 10;
            } catch (Exception e) {
                return false;
            }
        }
        // the HTML pages: a page with a heading and the message
        return outcome.contentType().startsWith("text/html") && outcome.body().contains("<h1") && outcome.body().length() > 200;
    }

    private void sweep(ServiceProcess service, String path, String method, JsonNode operation, List<Outcome> outcomes) throws Exception {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            (parameter.path("in").asText().equals("path") ? pathParams : queryParams).add(parameter.path("name").asText());
        }
        for (String p : List.of("token", "id", "limit")) {
            if (!queryParams.contains(p) && !pathParams.contains(p)) {
                queryParams.add(p);
            }
        }
        String plain = path;
        for (String p : pathParams) {
            plain = plain.replace("{" + p + "}", "1");
        }
        // each path parameter, each query parameter, one bad value at a time
        for (String value : BAD_VALUES) {
            for (String p : pathParams) {
                String target = path;
                for (String other : pathParams) {
                    target = target.replace("{" + other + "}", other.equals(p) ? value : "1");
                }
                outcomes.add(call(service, method, target, null, null));
            }
            for (String q : queryParams) {
                outcomes.add(call(service, method, plain + "?" + q + "=" + value, null, null));
            }
        }
        if (!method.equals("GET")) {
            for (String[] body : BAD_BODIES) {
                outcomes.add(call(service, method, plain, body[0], body[1]));
            }
            // over the largest body a service takes
            outcomes.add(call(service, method, plain, "application/json", "{\"text\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}"));
        }
    }

    private Outcome call(ServiceProcess service, String method, String target, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(target))).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", target.startsWith("/admin") ? system.adminKey : system.ingestKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, body.startsWith("\u00ff") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        String shown = method + " " + (target.length() > 120 ? target.substring(0, 120) + "..." : target)
                + (contentType == null ? "" : " [" + contentType + ", " + Math.min(60, body.length()) + " chars]");
        HttpResponse<String> response;
        try {
            response = send(request.build());
        } catch (java.io.IOException closed) {
            // the server answered before the body was sent and closed the connection (an oversized body): status 0
            return new Outcome(service.name(), shown, 0, "", String.valueOf(closed));
        }
        String answer = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
        return new Outcome(service.name(), shown, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), answer);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
