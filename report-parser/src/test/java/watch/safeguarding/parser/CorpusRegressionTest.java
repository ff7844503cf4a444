package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import watch.safeguarding.parser.cli.Evaluation;

/**
 * Regression guard over the labelled corpora beside the repository ({@code ../shared/corpus}); skipped when they
 * are absent. Thresholds sit slightly below the scores achieved.
 */
class CorpusRegressionTest {

    static Path corpus() {
        String prop = System.getProperty("corpus.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++) {
            Path c = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
            dir = dir.getParent();
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "dev"})
    void scoresStayAboveThresholds(String set) throws Exception {
        Path root = corpus();
        Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve(set).resolve("labels.json")),
                "corpus not present");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Evaluation.Result r = Evaluation.run(ReportParser.withBuiltInGazetteer(), root.resolve(set),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.println(buf.toString(StandardCharsets.UTF_8));
        System.out.printf("%s: crs f1 %.3f, cars f1 %.3f, alert p %.3f r %.3f%n", set, r.councilRatingStatus.f1(),
                r.councilAreaRatingStatus.f1(), r.alertingCouncils.precision(), r.alertingCouncils.recall());
        assertTrue(r.councilRatingStatus.f1() >= 0.95, "council_rating_status f1");
        assertTrue(r.councilAreaRatingStatus.f1() >= 0.90, "council_area_rating_status f1");
        assertEquals(1.0, r.alertingCouncils.precision(), 1e-9, "alerting precision");
        assertTrue(r.alertingCouncils.recall() >= 0.95, "alerting recall");
    }
}
