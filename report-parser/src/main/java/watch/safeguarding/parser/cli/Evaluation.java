package watch.safeguarding.parser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.ParsedReport;
import watch.safeguarding.parser.ReportParser;

/** Scores the parser against a labelled corpus directory: micro-averaged over files, sets of tuples per file. */
public final class Evaluation {

    /** Counts of one metric. */
    public static final class Score {
        long tp;
        long fp;
        long fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        <T> void add(Set<T> expected, Set<T> actual) {
            for (T t : actual) {
                if (expected.contains(t)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (T t : expected) {
                if (!actual.contains(t)) {
                    fn++;
                }
            }
        }

        ObjectNode toJson(ObjectMapper m) {
            ObjectNode n = m.createObjectNode();
            n.put("precision", round(precision()));
            n.put("recall", round(recall()));
            n.put("f1", round(f1()));
            n.put("tp", tp);
            n.put("fp", fp);
            n.put("fn", fn);
            return n;
        }
    }

    /** The three scores and the number of files. */
    public static final class Result {
        public final Score councilRatingStatus = new Score();
        public final Score councilAreaRatingStatus = new Score();
        public final Score alertingCouncils = new Score();
        /** For a folder of Ofsted reports (labels with a framework): their dates, framework and kind. */
        public final InspectionCheck inspections = new InspectionCheck();
        /** Each council an outcome alerted for: its highest confidence, and whether the labels alert for it. */
        final List<double[]> alerts = new ArrayList<>();
        long expectedAlerts;
        public int files;

        /** Alerting precision and recall when only outcomes at or above each confidence alert. */
        public ArrayNode alertsByConfidence(ObjectMapper m) {
            ArrayNode rows = m.createArrayNode();
            for (int step = 0; step <= 18; step++) {
                double threshold = step * 0.05;
                long tp = 0;
                long fp = 0;
                for (double[] a : alerts) {
                    if (a[0] >= threshold - 1e-9) {
                        if (a[1] > 0) {
                            tp++;
                        } else {
                            fp++;
                        }
                    }
                }
                ObjectNode row = rows.addObject();
                row.put("confidence", round(threshold));
                row.put("precision", round(tp + fp == 0 ? 1.0 : (double) tp / (tp + fp)));
                row.put("recall", round(expectedAlerts == 0 ? 1.0 : (double) tp / expectedAlerts));
                row.put("false_alerts", fp);
            }
            return rows;
        }

        public ObjectNode toJson(ObjectMapper m) {
            ObjectNode n = m.createObjectNode();
            n.set("council_rating_status", councilRatingStatus.toJson(m));
            n.set("council_area_rating_status", councilAreaRatingStatus.toJson(m));
            n.set("alerting_councils", alertingCouncils.toJson(m));
            n.put("files", files);
            n.set("alerting_by_confidence", alertsByConfidence(m));
            if (inspections.checked() > 0) {
                n.set("inspections", inspections.toJson(m));
            }
            return n;
        }
    }

    private Evaluation() {
    }

    public static Result run(ReportParser parser, Path dir, PrintStream out) throws IOException {
        ObjectMapper m = Main.mapper();
        JsonNode labels = m.readTree(dir.resolve("labels.json").toFile());
        Result result = new Result();
        for (JsonNode entry : labels) {
            score(parser, dir, entry, result, out);
        }
        return result;
    }

    /** Parses one labelled file, adds its tuples to the result and prints what it missed and added. */
    static void score(ReportParser parser, Path dir, JsonNode entry, Result result, PrintStream out) throws IOException {
        String file = entry.path("file").asText();
        Set<String> expCrs = new LinkedHashSet<>();
        Set<String> expCars = new LinkedHashSet<>();
        Set<String> expAlert = new TreeSet<>();
        for (JsonNode j : entry.path("judgements")) {
            String gss = j.path("gss").asText();
            expCrs.add(gss + " " + j.path("rating").asText() + " " + j.path("status").asText());
            expCars.add(gss + " " + j.path("area").asText() + " " + j.path("rating").asText() + " "
                    + j.path("status").asText());
        }
        for (JsonNode g : entry.path("alert_gss")) {
            expAlert.add(g.asText());
        }
        ParsedReport report;
        Main.Rejected rejected = null;
        try {
            report = Main.parseFile(parser, dir.resolve(file));
        } catch (Main.Rejected e) {
            rejected = e;
            report = ParsedReport.empty();
        }
        Set<String> actCrs = new LinkedHashSet<>();
        Set<String> actCars = new LinkedHashSet<>();
        Set<String> actAlert = new TreeSet<>();
        for (Outcome o : report.outcomes()) {
            actCrs.add(o.councilCode() + " " + o.rating() + " " + o.status());
            actCars.add(o.councilCode() + " " + o.area() + " " + o.rating() + " " + o.status());
            if (o.alerting()) {
                actAlert.add(o.councilCode());
            }
        }
        result.councilRatingStatus.add(expCrs, actCrs);
        result.councilAreaRatingStatus.add(expCars, actCars);
        result.alertingCouncils.add(expAlert, actAlert);
        Map<String, Double> alertConfidence = new TreeMap<>();
        for (Outcome o : report.outcomes()) {
            if (o.alerting()) {
                alertConfidence.merge(o.councilCode(), o.confidence(), Math::max);
            }
        }
        alertConfidence.forEach((code, c) -> result.alerts.add(new double[] {c, expAlert.contains(code) ? 1 : 0}));
        result.expectedAlerts += expAlert.size();
        result.files++;
        StringBuilder sb = new StringBuilder();
        for (String t : expCars) {
            if (!actCars.contains(t)) {
                sb.append("\n  missed: ").append(t);
            }
        }
        for (Outcome o : report.outcomes()) {
            String t = o.councilCode() + " " + o.area() + " " + o.rating() + " " + o.status();
            if (!expCars.contains(t)) {
                sb.append("\n  added:  ").append(t).append(" (").append(o.council()).append(", ")
                        .append(o.year()).append(", ").append(String.format("%.2f", o.confidence()))
                        .append(") | ").append(abbreviate(o.evidence()));
            }
        }
        if (!expAlert.equals(actAlert)) {
            sb.append("\n  alert: expected ").append(expAlert).append(" got ").append(actAlert);
        }
        result.inspections.check(entry, rejected == null ? report : null, rejected, sb);
        out.println(file + (sb.length() == 0 ? ": ok" : ":" + sb));
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        s = s.replace('\n', ' ');
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
