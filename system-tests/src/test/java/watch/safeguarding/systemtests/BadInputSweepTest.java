package watch.safeguarding.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * Malformed, oversized, wrongly typed and control-character input to every operation each service's OpenAPI document
 * lists: no answer is a 5xx, and every 4xx says what to fix as application/problem+json with a title and a detail.
 * The one exception is the alert service's pages: where the client is a browser submitting an HTML form (or opening
 * a page), the service answers its form's page with the message in it, as a person needs, and the sweep accepts that.
 * Prints the count of requests per service, per endpoint and per status.
 */
class BadInputSweepTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BIG = "x".repeat(3000);
    /** Values for any parameter: NUL and other control characters, an invalid escape, wrong types, oversized. */
    private static final List<String> BAD_VALUES = List.of("%00", "a%00b", "%1B%5B31m", "%0D%0AX-Injected:%201", "%C0%AF", "ten",
            "-1", "1.5", "100000000000", "99999999999999999999", "%F0%9F%92%A9", "'%20or%201=1--", BIG);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String[]> BAD_BODIES = List.of(
            new String[] {"application/json", "{"},
            new String[] {"application/json", "[]"},
            new String[] {"application/json", "\"text\""},
            new String[] {"application/json", "123"},
            new String[] {"application/json", "null"},
            new String[] {"application/json", "{\"email\": 5, \"text\": [], \"ratings\": \"inadequate\", \"councils\": {}}"},
            new String[] {"application/json", "{\"email\": \"a\\u0000@example.org\", \"text\": \"\\u0000\\u0001\", \"url\": \"\\u0000\"}"},
            new String[] {"application/json", "{\"email\": \"" + "a".repeat(100_000) + "@example.org\", \"text\": \"" + "a".repeat(100_000) + "\"}"},
            new String[] {FORM, "email=%00&token=%00&scope=some&councils=%00&ratings=%00&frequency=%00"},
            new String[] {FORM, "=&&==&%zz"},
            new String[] {FORM, "email=" + "a".repeat(100_000)},
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

    private static TheSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new TheSystem(1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** {@code page}: the operation answers HTML (one of the pages) and the request is what a browser (or mail client) sends it. */
    private record Outcome(String service, String endpoint, String request, boolean page, int status, String contentType, String body) {

        @Override
        public String toString() {
            return service + " " + request + (page ? " (page)" : "") + " -> " + status + " " + contentType + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    @Test
    void noBadInputGetsA5xxAndEvery4xxSaysWhatToFix() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (ServiceProcess service : List.of(system.ingest, system.catalog, system.alert)) {
            JsonNode paths = TheSystem.JSON.readTree(send(HttpRequest.newBuilder(URI.create(service.url("/q/openapi?format=json"))).build())
                    .body()).path("paths");
            assertTrue(paths.size() > 0, service.name() + " lists no operations");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    sweep(service, path.getKey(), op.getKey().toUpperCase(), op.getValue(), outcomes);
                }
            }
        }
        report(outcomes);
        List<String> closed = outcomes.stream().filter(o -> o.status() == 0).map(Outcome::toString).toList();
        assertTrue(closed.stream().allMatch(o -> o.contains("chars]")), "only bodies are cut off: " + closed);
        List<String> serverErrors = outcomes.stream().filter(o -> o.status() >= 500).map(Outcome::toString).toList();
        assertTrue(serverErrors.isEmpty(), serverErrors.size() + " server errors:\n" + String.join("\n", serverErrors));
        List<String> unhelpful = outcomes.stream().filter(o -> o.status() >= 400 && !saysWhatToFix(o)).map(Outcome::toString).toList();
        assertTrue(unhelpful.isEmpty(), unhelpful.size() + " 4xx without a problem that says what to fix:\n" + String.join("\n", unhelpful));
        assertTrue(outcomes.size() > 1000, "the sweep sent " + outcomes.size());
    }

    private static void report(List<Outcome> outcomes) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byService = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byEndpoint = new TreeMap<>();
        for (Outcome o : outcomes) {
            byStatus.merge(o.status(), 1, Integer::sum);
            byService.computeIfAbsent(o.service(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
            byEndpoint.computeIfAbsent(o.service() + " " + o.endpoint(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder("bad-input sweep: " + outcomes.size() + " requests; by status " + byStatus + "\n");
        byService.forEach((name, counts) -> text.append("bad-input sweep: ").append(name).append(' ')
                .append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" requests ").append(counts).append('\n'));
        byEndpoint.forEach((name, counts) -> text.append("bad-input sweep:   ").append(name).append(' ').append(counts).append('\n'));
        text.append("bad-input sweep: ").append(outcomes.stream().filter(o -> o.status() == 0).count())
                .append(" oversized bodies cut off by the server (413 sent, connection closed) before they were sent whole\n");
        text.append("bad-input sweep: ").append(outcomes.stream().filter(o -> o.status() >= 400 && o.contentType().startsWith("text/html")).count())
                .append(" 4xx answered as an HTML page to a browser's form or page request");
        System.out.println(text);
    }

    private static boolean saysWhatToFix(Outcome outcome) {
        if (outcome.contentType().startsWith("application/problem+json")) {
            try {
                JsonNode problem = TheSystem.JSON.readTree(outcome.body());
                return problem.path("status").asInt() == outcome.status() && !problem.path("title").asText().isBlank()
                        && problem.path("detail").asText().length() > 10;
            } catch (IOException e) {
                return false;
            }
        }
        // a page for a browser: a heading and the message
        return outcome.page() && outcome.contentType().startsWith("text/html") && outcome.body().contains("<h1")
                && outcome.body().length() > 200;
    }

    private void sweep(ServiceProcess service, String path, String method, JsonNode operation, List<Outcome> outcomes) throws Exception {
        String endpoint = method + " " + path;
        boolean page = operation.path("responses").findValues("content").stream()
                .anyMatch(c -> TheSystem.JSON.convertValue(c, Map.class).keySet().stream().anyMatch(t -> t.toString().startsWith("text/html")));
        // a page that reads no body (RFC 8058's one-click POST) is a browser's or mail client's whatever the body
        boolean readsBody = operation.has("requestBody");
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
                outcomes.add(call(service, endpoint, page, method, target, null, null));
            }
            for (String q : queryParams) {
                outcomes.add(call(service, endpoint, page, method, plain + "?" + q + "=" + value, null, null));
            }
        }
        if (!method.equals("GET")) {
            for (String[] body : BAD_BODIES) {
                // a browser submits a form urlencoded or multipart (an empty one without a type); any other body to a page
                // that reads one is an API client's
                boolean form = body[0].startsWith(FORM) || body[0].startsWith("multipart/form-data") || body[1].isEmpty();
                outcomes.add(call(service, endpoint, page && (form || !readsBody), method, plain, body[0], body[1]));
            }
            // over the largest body a service takes
            outcomes.add(call(service, endpoint, false, method, plain, "application/json", "{\"text\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}"));
        }
    }

    private Outcome call(ServiceProcess service, String endpoint, boolean page, String method, String target, String contentType,
            String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(target))).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", TheSystem.API_KEY)
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
        } catch (IOException closed) {
            // the server answered before the body was sent and closed the connection (an oversized body): status 0
            return new Outcome(service.name(), endpoint, shown, page, 0, "", String.valueOf(closed));
        }
        return new Outcome(service.name(), endpoint, shown, page, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
