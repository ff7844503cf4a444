package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.cli.Evaluation;

/**
 * Regression guard over the Ofsted report PDFs beside the repository ({@code ../shared/ofsted}); skipped when they
 * are absent. Every judgement, outcome year, framework and inspection date is read right today, so any loss fails.
 */
class OfstedRegressionTest {

    static Path reports() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++) {
            Path c = dir.resolve("shared").resolve("ofsted");
            if (Files.isRegularFile(c.resolve("labels.json"))) {
                return c;
            }
            dir = dir.getParent();
        }
        return null;
    }

    @Test
    void everyReportIsReadRight() throws Exception {
        Path root = reports();
        Assumptions.assumeTrue(root != null, "../shared/ofsted not present");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ObjectMapper m = new ObjectMapper();
        Evaluation.Result r = Evaluation.run(ReportParser.withBuiltInGazetteer(), root,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        JsonNode json = r.toJson(m);
        System.out.println(buf.toString(StandardCharsets.UTF_8) + json);
        assertEquals(1.0, r.councilAreaRatingStatus.f1(), 1e-9, "council_area_rating_status f1");
        JsonNode inspections = json.get("inspections");
        int reports = inspections.get("reports").asInt();
        assertEquals(reports, inspections.get("kind_right").asInt());
        assertEquals(reports, inspections.get("framework_right").asInt());
        assertEquals(reports, inspections.get("dates_right").asInt());
        assertEquals(reports, inspections.get("outcome_years_right").asInt());
        assertEquals(0, inspections.get("published_wrong").asInt());
        assertEquals(inspections.get("non_reports").asInt(), inspections.get("non_reports_rejected").asInt());
    }
}
