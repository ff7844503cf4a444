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

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
        assertEquals(2, run("parse"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("eval"));
    }

    @Test
    void parsePrintsOneJsonLinePerFile(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "URL: https://example.org/a\n\nKent County Council's children's services have been "
                + "rated inadequate by Ofsted.");
        Path b = dir.resolve("b.html");
        Files.writeString(b, "<html><body><p>Medway Council's children's services were rated good by Ofsted.</p>"
                + "</body></html>");
        Path c = dir.resolve("c.txt");
        Files.writeString(c, "URL: https://example.org/c\n\n<!DOCTYPE html><html><body><p>Hull City Council was "
                + "rated outstanding by Ofsted for children's services.</p></body></html>");
        assertEquals(0, run("parse", a.toString(), b.toString(), c.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertEquals(3, lines.length);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines[0]);
        assertEquals(a.toString(), first.get("file").asText());
        assertEquals("E10000016", first.get("outcomes").get(0).get("councilCode").asText());
        assertEquals("inadequate", first.get("outcomes").get(0).get("rating").asText());
        assertEquals("new", first.get("outcomes").get(0).get("status").asText());
        assertEquals("good", m.readTree(lines[1]).get("outcomes").get(0).get("rating").asText());
        assertEquals("E06000010", m.readTree(lines[2]).get("outcomes").get(0).get("councilCode").asText());
    }

    @Test
    void evalEndsWithOneJsonLineOfScores(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.txt"), "Kent County Council's children's services have been rated "
                + "inadequate by Ofsted. Medway Council's were rated good by Ofsted.");
        Files.writeString(dir.resolve("labels.json"), """
                [{"file": "x.txt", "judgements": [
                  {"council": "Kent", "gss": "E10000016", "area": "overall", "rating": "inadequate", "status": "new",
                   "year": null, "evidence": "..."}],
                  "alert_gss": ["E10000016"]}]
                """);
        assertEquals(0, run("eval", dir.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(1, last.get("files").asInt());
        assertEquals(1.0, last.get("council_rating_status").get("recall").asDouble(), 1e-9);
        assertEquals(0.5, last.get("council_rating_status").get("precision").asDouble(), 1e-9);
        assertEquals(1.0, last.get("alerting_councils").get("f1").asDouble(), 1e-9);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("added:"));
    }

    /** A small labelled folder written for the test: a new grade and an earlier one per text, half of them labelled. */
    private static Path labelledFolder(Path dir) throws Exception {
        String[][] councils = {{"Kent County Council", "E10000016"}, {"Medway Council", "E06000035"},
                {"Surrey County Council", "E10000030"}, {"Essex County Council", "E10000012"},
                {"Norfolk County Council", "E10000020"}, {"Suffolk County Council", "E10000029"},
                {"Devon County Council", "E10000008"}, {"Cornwall Council", "E06000052"}};
        StringBuilder labels = new StringBuilder("[");
        for (int i = 0; i < councils.length; i++) {
            String name = "t" + i + ".txt";
            Files.writeString(dir.resolve(name), "Published: 12 March 2024\n\n" + councils[i][0]
                    + "'s children's services have been rated inadequate by Ofsted in a report published today. "
                    + "The services were previously rated good in 2019.");
            String earlier = i % 2 == 0 ? "" : """
                    ,{"gss": "%s", "area": "overall", "rating": "good", "status": "previous", "year": 2019}"""
                    .formatted(councils[i][1]);
            labels.append(i == 0 ? "" : ",").append("""
                    {"file": "%s", "judgements": [
                      {"gss": "%s", "area": "overall", "rating": "inadequate", "status": "new", "year": 2024}%s],
                     "alert_gss": ["%s"]}""".formatted(name, councils[i][1], earlier, councils[i][1]));
        }
        Files.writeString(dir.resolve("labels.json"), labels.append("]").toString());
        return dir;
    }

    @Test
    void trainingTwiceWritesTheSameModel(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        labelledFolder(corpus);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("train", "--out", a.toString(), corpus.toString()));
        assertEquals(0, run("train", "--out", b.toString(), corpus.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
        JsonNode model = new ObjectMapper().readTree(a.toFile());
        assertTrue(model.get("judgement").get("weights").size() > 0);
        assertTrue(model.get("provenance").asText().contains("train"));
    }

    @Test
    void crossValidationScoresEveryTextOnce(@TempDir Path dir) throws Exception {
        labelledFolder(dir);
        assertEquals(0, run("eval", "--folds", "3", dir.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(8, last.get("files").asInt());
        assertEquals(2, run("eval", "--folds", "3", dir.resolve("missing").toString()));
    }
}
