package watch.safeguarding.parser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.parser.ParsedReport;

/**
 * The eval's check of Ofsted reports beyond their judgements (labels with {@code framework}, {@code
 * inspection_start}, {@code inspection_end}, {@code published}): is each report read as one, with its framework,
 * inspection dates and outcome years, and its publication date where it prints one; is each file that is not a report
 * rejected.
 */
final class InspectionCheck {

    private int reports;
    private int kindRight;
    private int frameworkRight;
    private int datesRight;
    private int yearsRight;
    private int publishedRight;
    private int publishedWrong;
    private int publishedNotPrinted;
    private int nonReports;
    private int nonReportsRejected;

    int checked() {
        return reports + nonReports;
    }

    /**
     * Checks one labelled file and appends what is wrong to {@code problems}.
     *
     * @param report   what the parser read, or null when it rejected the file
     * @param rejected why it rejected it, or null
     */
    void check(JsonNode label, ParsedReport report, Exception rejected, StringBuilder problems) {
        if (!label.has("framework")) {
            return;
        }
        if (label.path("framework").isNull()) {
            nonReports++;
            if (rejected != null) {
                nonReportsRejected++;
                problems.append("\n  not a report, rejected: ").append(rejected.getMessage());
            } else if (!report.ofstedReport()) {
                nonReportsRejected++;
                problems.append("\n  not a report, read as news");
            } else {
                problems.append("\n  read as an Ofsted report but it is not one");
            }
            return;
        }
        reports++;
        if (report == null) {
            problems.append("\n  rejected: ").append(rejected.getMessage());
            return;
        }
        if (report.ofstedReport()) {
            kindRight++;
        } else {
            problems.append("\n  kind: expected ").append(ReportParsed.KIND_OFSTED_REPORT).append(" got ")
                    .append(report.kind());
        }
        Inspection got = report.inspection() == null ? new Inspection(null, null, null, null) : report.inspection();
        String framework = switch (label.path("framework").asText()) {
            case "other" -> "lac";
            default -> label.path("framework").asText().toLowerCase(Locale.ROOT);
        };
        if (framework.equals(got.framework())) {
            frameworkRight++;
        } else {
            problems.append("\n  framework: expected ").append(framework).append(" got ").append(got.framework());
        }
        LocalDate start = date(label, "inspection_start");
        LocalDate end = date(label, "inspection_end");
        if (Objects.equals(start, got.start()) && Objects.equals(end, got.end())) {
            datesRight++;
        } else {
            problems.append("\n  inspection dates: expected ").append(start).append(" to ").append(end)
                    .append(" got ").append(got.start()).append(" to ").append(got.end());
        }
        Set<Integer> years = new TreeSet<>();
        Set<Integer> expectedYears = new TreeSet<>();
        report.outcomes().forEach(o -> years.add(o.year()));
        label.path("judgements").forEach(j -> expectedYears.add(j.path("year").asInt()));
        if (years.equals(expectedYears)) {
            yearsRight++;
        } else {
            problems.append("\n  outcome years: expected ").append(expectedYears).append(" got ").append(years);
        }
        LocalDate published = date(label, "published");
        if (got.published() == null) {
            publishedNotPrinted++;
        } else if (got.published().equals(published)) {
            publishedRight++;
        } else {
            publishedWrong++;
            problems.append("\n  published: expected ").append(published).append(" got ").append(got.published());
        }
    }

    private static LocalDate date(JsonNode label, String field) {
        String s = label.path(field).asText(null);
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    ObjectNode toJson(ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("reports", reports);
        n.put("kind_right", kindRight);
        n.put("framework_right", frameworkRight);
        n.put("dates_right", datesRight);
        n.put("outcome_years_right", yearsRight);
        n.put("published_right", publishedRight);
        n.put("published_wrong", publishedWrong);
        n.put("published_not_printed", publishedNotPrinted);
        n.put("non_reports", nonReports);
        n.put("non_reports_rejected", nonReportsRejected);
        return n;
    }
}
