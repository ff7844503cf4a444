package watch.safeguarding.parser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import watch.safeguarding.parser.ofsted.TestPdfs;

/** {@code parse} and {@code eval} on PDF files: an Ofsted report, and an HTML error page saved as .pdf. */
class PdfCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static final String[] REPORT = {
        "1",
        "London Borough of Sutton",
        "Inspection of services for children in need of help and",
        "protection, children looked after and care leavers",
        "Inspection date: 28 February to 4 March 2016",
        "Report published: 22 April 2016",
        "Children\u2019s services in Sutton are inadequate",
        "1. Children who need help and protection Inadequate",
        "2. Children looked after and achieving permanence Requires improvement",
        "2.1 Adoption performance Good",
        "2.2 Experiences and progress of care leavers Requires improvement",
        "3. Leadership, management and governance Inadequate",
        "The effectiveness of the Local Safeguarding Children Board (LSCB) is good",
    };

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static void write(Path dir) throws Exception {
        Files.write(dir.resolve("report.pdf"), TestPdfs.of(REPORT));
        Files.writeString(dir.resolve("error.pdf"), "<!DOCTYPE html><html><body>Report not found</body></html>");
    }

    @Test
    void parseReadsAPdfAndRejectsAFakeOne(@TempDir Path dir) throws Exception {
        write(dir);
        assertEquals(0, run("parse", dir.resolve("report.pdf").toString(), dir.resolve("error.pdf").toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        ObjectMapper m = new ObjectMapper();
        JsonNode report = m.readTree(lines[0]);
        assertEquals("ofsted_report", report.get("kind").asText());
        assertEquals("sif", report.get("inspection").get("framework").asText());
        assertEquals("2016-02-28", report.get("inspection").get("start").asText());
        assertEquals("2016-03-04", report.get("inspection").get("end").asText());
        assertEquals("2016-04-22", report.get("inspection").get("published").asText());
        assertEquals(6, report.get("outcomes").size());
        JsonNode error = m.readTree(lines[1]);
        assertEquals("NOT_PDF", error.get("rejected").asText());
        assertEquals(0, error.get("outcomes").size());
    }

    @Test
    void evalChecksJudgementsDatesAndFramework(@TempDir Path dir) throws Exception {
        write(dir);
        Files.writeString(dir.resolve("labels.json"), """
                [{"file": "report.pdf", "framework": "SIF", "inspection_start": "2016-02-28",
                  "inspection_end": "2016-03-05", "published": "2016-04-22", "alert_gss": ["E09000029"],
                  "judgements": [
                   {"gss": "E09000029", "area": "overall", "rating": "inadequate", "status": "new", "year": 2016},
                   {"gss": "E09000029", "area": "help_and_protection", "rating": "inadequate", "status": "new", "year": 2016},
                   {"gss": "E09000029", "area": "children_in_care", "rating": "requires_improvement", "status": "new", "year": 2016},
                   {"gss": "E09000029", "area": "adoption", "rating": "good", "status": "new", "year": 2016},
                   {"gss": "E09000029", "area": "care_leavers", "rating": "requires_improvement", "status": "new", "year": 2016},
                   {"gss": "E09000029", "area": "leadership", "rating": "inadequate", "status": "new", "year": 2016}]},
                 {"file": "error.pdf", "framework": null, "inspection_start": null, "inspection_end": null,
                  "published": "2012-08-10", "judgements": [], "alert_gss": [], "negative_kind": "not_a_report"}]
                """);
        assertEquals(0, run("eval", dir.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        String[] lines = text.trim().split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(1.0, last.get("council_area_rating_status").get("f1").asDouble(), 1e-9);
        JsonNode inspections = last.get("inspections");
        assertEquals(1, inspections.get("framework_right").asInt());
        assertEquals(0, inspections.get("dates_right").asInt());
        assertEquals(1, inspections.get("published_right").asInt());
        assertEquals(1, inspections.get("outcome_years_right").asInt());
        assertEquals(1, inspections.get("non_reports_rejected").asInt());
        assertTrue(text.contains("inspection dates: expected 2016-02-28 to 2016-03-05 got 2016-02-28 to 2016-03-04"),
                text);
        assertTrue(text.contains("not a report, rejected"), text);
    }
}
