package watch.safeguarding.ingest.service;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads one JSON report: {@code {"text" | "html", "url", "title", "publisher", "publishedDate"}}. Exactly one of text
 * and html; the rest optional. Unknown fields are ignored so that feeders can send richer records. Every problem is a
 * 400 naming the field (or, for malformed JSON, the line and column).
 */
public final class ReportJson {

    private final ObjectReader reader;

    public ReportJson(ObjectMapper mapper) {
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public ReportInput read(String json, String format) {
        JsonNode node = parse(json);
        if (!node.isObject()) {
            throw ProblemException.badRequest("invalid-field", "Not a JSON object",
                    "The body must be a JSON object like {\"text\": \"...\", \"url\": \"https://...\"}; got " + kind(node) + ".");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = string(node, "text", errors);
        String html = string(node, "html", errors);
        String url = string(node, "url", errors);
        String title = string(node, "title", errors);
        String publisher = string(node, "publisher", errors);
        String date = string(node, "publishedDate", errors);
        if (errors.isEmpty() && text == null && html == null) {
            throw new ProblemException(400, "missing-field", "Missing required field",
                    "One of the fields 'text' (the report as plain text) or 'html' (a web page) is required.",
                    Map.of("errors", List.of(error("text", "required unless 'html' is given"),
                            error("html", "required unless 'text' is given"))));
        }
        if (text != null && html != null) {
            errors.put("html", "give either 'text' or 'html', not both");
        }
        if (text != null && text.isBlank()) {
            errors.put("text", "must not be blank");
        }
        if (html != null && html.isBlank()) {
            errors.put("html", "must not be blank");
        }
        int control = url == null ? -1 : ControlCharacters.firstControl(url);
        if (control >= 0) {
            errors.put("url", "must not contain control characters (U+" + String.format(Locale.ROOT, "%04X", (int) url.charAt(control))
                    + " at position " + control + ")");
        } else if (url != null && !isHttpUrl(url)) {
            errors.put("url", "must be an absolute http or https URL");
        }
        LocalDate publishedDate = null;
        if (date != null) {
            try {
                publishedDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.put("publishedDate", "must be a date as yyyy-MM-dd");
            }
        }
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            errors.forEach((field, message) -> list.add(error(field, message)));
            throw new ProblemException(400, "invalid-field", "Invalid field",
                    "Invalid field" + (errors.size() > 1 ? "s " : " ") + String.join(", ", errors.keySet().stream()
                            .map(f -> "'" + f + "'").toList()) + ": " + String.join("; ", list.stream()
                            .map(e -> e.get("field") + " " + e.get("message")).toList()) + ".",
                    Map.of("errors", list));
        }
        return new ReportInput(format, html != null ? html : text, html != null, blankToNull(url),
                blankToNull(ControlCharacters.inLine(title)), blankToNull(ControlCharacters.inLine(publisher)), publishedDate);
    }

    private JsonNode parse(String json) {
        try {
            return reader.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "The JSON is malformed at line " + line + ", column " + column + ": " + e.getOriginalMessage() + ".",
                    Map.of("line", line, "column", column));
        }
    }

    private static String string(JsonNode node, String field, Map<String, String> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.put(field, "must be a string, not " + kind(value));
            return null;
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> "null";
        };
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
