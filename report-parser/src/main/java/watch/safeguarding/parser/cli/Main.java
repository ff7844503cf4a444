package watch.safeguarding.parser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.ParsedReport;
import watch.safeguarding.parser.ReportParser;
import watch.safeguarding.parser.ofsted.PdfText;
import watch.safeguarding.parser.ofsted.PdfTextException;

/**
 * Command line: {@code parse FILE...} prints one JSON line per file; {@code eval DIR} scores the parser against
 * {@code DIR/labels.json} and ends with one JSON line of precision, recall and F1.
 */
public final class Main {

    static final String USAGE = """
            usage: report-parser parse FILE...              one JSON line per file with the outcomes found
                   report-parser eval DIR                   score against DIR/labels.json (last line: JSON metrics)
                   report-parser eval --folds K DIR...      cross-validate by document: each text scored by a model
                                                            trained on the other folds of the folders
                   report-parser train [--out FILE] DIR...  learn the decision model from the labelled folders""";

    /** PDFBox reports the fonts it substitutes on stderr: noise for a reader of the parser's output. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Main() {
    }

    public static void main(String[] args) {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        int rc = run(args, System.out, System.err);
        System.out.flush();
        if (rc != 0) {
            System.exit(rc);
        }
    }

    /** Runs the command; returns the exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args == null || args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        ObjectMapper json = mapper();
        ReportParser parser = ReportParser.withBuiltInGazetteer();
        try {
            switch (args[0]) {
                case "parse" -> {
                    if (args.length < 2) {
                        err.println(USAGE);
                        return 2;
                    }
                    int rc = 0;
                    for (int i = 1; i < args.length; i++) {
                        String file = args[i];
                        ObjectNode line = json.createObjectNode();
                        line.put("file", file);
                        try {
                            ParsedReport r = parseFile(parser, Path.of(file));
                            line.set("outcomes", json.valueToTree(r.outcomes()));
                            line.set("councilsMentioned", json.valueToTree(r.councilsMentioned()));
                            line.put("url", r.url());
                            line.put("title", r.title());
                            line.put("publishedDate", r.publishedDate() == null ? null : r.publishedDate().toString());
                            line.put("parserVersion", ReportParser.VERSION);
                            line.put("kind", r.kind());
                            line.set("inspection", json.valueToTree(r.inspection()));
                        } catch (Rejected e) {
                            // read, but not a report: say so on the line; the run goes on and succeeds
                            line.set("outcomes", json.createArrayNode());
                            line.put("rejected", e.reason.name());
                            line.put("error", e.getMessage());
                        } catch (IOException e) {
                            line.set("outcomes", json.createArrayNode());
                            line.put("error", String.valueOf(e.getMessage()));
                            err.println("cannot read " + file + ": " + e.getMessage());
                            rc = 1;
                        }
                        out.println(json.writeValueAsString(line));
                    }
                    return rc;
                }
                case "eval" -> {
                    if (args.length >= 4 && args[1].equals("--folds")) {
                        List<Path> dirs = labelledDirs(args, 3, err);
                        if (dirs == null) {
                            return 2;
                        }
                        Evaluation.Result result = Training.crossValidate(Training.load(dirs), Integer.parseInt(args[2]), out);
                        out.println(json.writeValueAsString(result.toJson(json)));
                        return 0;
                    }
                    if (args.length != 2) {
                        err.println(USAGE);
                        return 2;
                    }
                    Path dir = Path.of(args[1]);
                    if (!Files.isRegularFile(dir.resolve("labels.json"))) {
                        err.println("no labels.json in " + dir);
                        err.println(USAGE);
                        return 2;
                    }
                    Evaluation.Result result = Evaluation.run(parser, dir, out);
                    out.println(json.writeValueAsString(result.toJson(json)));
                    return 0;
                }
                case "train" -> {
                    boolean hasOut = args.length >= 3 && args[1].equals("--out");
                    Path file = hasOut ? Path.of(args[2]) : Path.of(DEFAULT_MODEL);
                    List<Path> dirs = labelledDirs(args, hasOut ? 3 : 1, err);
                    if (dirs == null) {
                        return 2;
                    }
                    StringBuilder provenance = new StringBuilder("java -jar report-parser/target/report-parser.jar train");
                    for (Path d : dirs) {
                        provenance.append(' ').append(d);
                    }
                    var model = Training.train(Training.load(dirs), provenance.toString());
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(model.toJson(json)) + "\n");
                    out.println("wrote " + file);
                    return 0;
                }
                case "-h", "--help", "help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("unknown command: " + args[0]);
                    err.println(USAGE);
                    return 2;
                }
            }
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Where {@code train} writes the model by default: the parser's resource, when run from the repository root. */
    static final String DEFAULT_MODEL = "report-parser/src/main/resources/watch/safeguarding/parser/decisions.json";

    private static List<Path> labelledDirs(String[] args, int from, PrintStream err) {
        List<Path> dirs = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            if (!Files.isRegularFile(dir.resolve("labels.json"))) {
                err.println("no labels.json in " + dir);
                err.println(USAGE);
                return null;
            }
            dirs.add(dir);
        }
        if (dirs.isEmpty()) {
            err.println(USAGE);
            return null;
        }
        return dirs;
    }

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return m;
    }

    /**
     * Reads a file and parses it as a PDF (by extension or header), HTML (by extension or content sniffing) or plain
     * text.
     *
     * @throws Rejected when a .pdf file is not a PDF with text (an HTML error page saved as .pdf, say)
     */
    public static ParsedReport parseFile(ReportParser parser, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf") || PdfText.looksLikePdf(bytes)) {
            try {
                return parser.parsePdf(bytes);
            } catch (PdfTextException e) {
                throw new Rejected(e);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return isHtml(name, text) ? parser.parseHtml(text) : parser.parse(text);
    }

    /** A file that was read but is not a report the parser can take. */
    public static final class Rejected extends IOException {
        public final PdfTextException.Reason reason;

        Rejected(PdfTextException cause) {
            super(cause.getMessage(), cause);
            this.reason = cause.reason();
        }
    }

    static boolean isHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return true;
        }
        String s = text;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        s = s.stripLeading();
        if (s.regionMatches(true, 0, "URL:", 0, 4)) {
            int nl = s.indexOf('\n');
            s = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
        }
        return s.regionMatches(true, 0, "<!DOCTYPE", 0, 9) || s.regionMatches(true, 0, "<html", 0, 5);
    }
}
