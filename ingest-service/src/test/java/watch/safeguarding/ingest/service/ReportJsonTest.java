package watch.safeguarding.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ReportJsonTest {

    private final ReportJson json = new ReportJson(new ObjectMapper());

    @Test
    void readsTextAndMetadata() {
        ReportInput input = json.read("{\"text\":\"Rutland\",\"url\":\"https://x.org/a\",\"title\":\" T \",\"publisher\":\"P\","
                + "\"publishedDate\":\"2026-11-20\",\"extra\":[1]}", "json");
        assertEquals(new ReportInput("json", "Rutland", false, "https://x.org/a", "T", "P", LocalDate.of(2026, 11, 20)), input);
        ReportInput page = json.read("{\"html\":\"<p>x</p>\",\"title\":\"\"}", "ndjson");
        assertTrue(page.html());
        assertNull(page.title(), "a blank title is no title");
    }

    @Test
    void malformedJsonSaysWhere() {
        ProblemException problem = assertThrows(ProblemException.class, () -> json.read("{\"text\":\n\"a\",,}", "json"));
        assertEquals("malformed-json", problem.reason());
        assertEquals(2, problem.extensions().get("line"));
        assertEquals(5, problem.extensions().get("column"), "the second comma");
        assertTrue(problem.detail().contains("line 2, column 5"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingAndInvalidFieldsAreNamed() {
        ProblemException missing = assertThrows(ProblemException.class, () -> json.read("{\"url\":\"https://x.org\"}", "json"));
        assertEquals("missing-field", missing.reason());
        assertEquals(List.of("text", "html"), ((List<Map<String, String>>) missing.extensions().get("errors")).stream().map(e -> e.get("field")).toList());

        ProblemException invalid = assertThrows(ProblemException.class,
                () -> json.read("{\"text\":\" \",\"url\":\"ftp://x\",\"publishedDate\":\"2026-13-01\",\"publisher\":{}}", "json"));
        assertEquals("invalid-field", invalid.reason());
        assertEquals(List.of("publisher", "text", "url", "publishedDate"),
                ((List<Map<String, String>>) invalid.extensions().get("errors")).stream().map(e -> e.get("field")).toList());
    }

    @Test
    void notAnObjectOrTwoValuesIsRefused() {
        assertEquals("invalid-field", assertThrows(ProblemException.class, () -> json.read("\"text\"", "json")).reason());
        assertEquals("malformed-json", assertThrows(ProblemException.class, () -> json.read("{\"text\":\"a\"}{\"text\":\"b\"}", "json")).reason());
    }
}
