package watch.safeguarding.parser.ofsted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The graded judgements on a report's front page, by framework: the ILACS table (label, then grade), the SIF numbered
 * list and its overall sentence, and the overall grade of a 2013 looked-after children's services inspection (the
 * older safeguarding and looked-after inspections have no rows here yet, so they grade nothing). Works on
 * {@link FlatText}, where a wrapped label or grade ("Requires improvement / to be good") reads as one phrase.
 */
final class JudgementTable {

    /** One graded row: the areas it grades (two for the pre-2023 combined row), the rating and the row's text. */
    record Row(List<String> areas, String rating, String evidence) {
    }

    private static final String GRADE =
            "(outstanding|good|requires? improvement(?: to be good)?|inadequate|not judged|adequate)\\b";
    /** A footnote number printed between a label and its grade ("governance 1 Requires improvement"). */
    private static final String NOTE = "(?:\\d{1,2} )?";
    private static final String ILACS = "(?:the )?experiences and progress of ";

    /**
     * A row's label pattern (followed by its grade), the frameworks whose reports print it, the areas it grades, and
     * the label alone when it is a table cell that {@link LayoutTable} may find with its grade elsewhere.
     */
    record Label(Pattern pattern, Set<String> frameworks, List<String> areas, Pattern cell) {
    }

    static final List<Label> LABELS = new ArrayList<>();

    static {
        Set<String> ilacs = Set.of("ilacs");
        Set<String> sif = Set.of("sif");
        row(ilacs, "(?:the )?impact of leaders on social work practice with children and families ", "leadership");
        row(ilacs, ILACS + "children who need help and protection ", "help_and_protection");
        row(ilacs, ILACS + "children in care and care leavers ", "children_in_care", "care_leavers");
        row(ilacs, ILACS + "children in care ", "children_in_care");
        row(Set.of("ilacs", "sif"), "(?:the )?experiences and progress of care leavers ", "care_leavers");
        row(ilacs, "overall effectiveness ", "overall");
        // SIF 2013-17: the numbered list, and the overall grade in a sentence above it
        row(sif, "(?:1\\. )?children who need help and protection ", "help_and_protection");
        row(sif, "(?:2\\. )?children looked after and achieving permanence ", "children_in_care");
        row(sif, "(?:2\\.1 )?adoption performance ", "adoption");
        row(sif, "(?:3\\. )?leadership, management and governance ", "leadership");
        sentence(sif, "the overall judgement is (?:that (?:the )?children's services (?:are |is )?)?", "overall");
        sentence(sif, "children's services in [^.]{1,100}? (?:are |is )?", "overall");
        // 2013 inspections of looked after children's services: their one overall grade
        sentence(Set.of("lac"), "overall effectiveness of (?:the )?services for looked after children(?: and young "
                + "people)?:? grade \\d \\(", "children_in_care");
    }

    private static void row(Set<String> frameworks, String label, String... areas) {
        LABELS.add(new Label(grade(label), frameworks, List.of(areas),
                Pattern.compile("\\b" + label.strip() + "\\b", Pattern.CASE_INSENSITIVE)));
    }

    /** A label whose grade is part of the same sentence, never in another cell. */
    private static void sentence(Set<String> frameworks, String label, String... areas) {
        LABELS.add(new Label(grade(label), frameworks, List.of(areas), null));
    }

    private static Pattern grade(String label) {
        return Pattern.compile("\\b" + label + NOTE + GRADE, Pattern.CASE_INSENSITIVE);
    }

    private JudgementTable() {
    }

    /**
     * Every graded row of the region, one per area: the first statement of an area wins (the front page comes before
     * the body's headings); "Not judged" takes its area and grades nothing.
     */
    static List<Row> read(String region, String framework) {
        List<Row> strict = readInLine(region, framework);
        List<Row> cells = LayoutTable.read(region, framework);
        if (cells.isEmpty()) {
            return strict;
        }
        List<Row> merged = new ArrayList<>();
        for (Row r : strict) {
            if (cells.stream().noneMatch(c -> !Collections.disjoint(c.areas(), r.areas()))) {
                merged.add(r); // a sentence's grade (the SIF overall) or a row the layout reading did not see
            }
        }
        merged.addAll(cells);
        return merged.size() > strict.size() && agrees(strict, merged) ? merged : strict;
    }

    /** Whether every row read in line has the same grade in the layout reading. */
    private static boolean agrees(List<Row> strict, List<Row> layout) {
        for (Row r : strict) {
            if (layout.stream().noneMatch(l -> l.areas().equals(r.areas()) && l.rating().equals(r.rating()))) {
                return false;
            }
        }
        return true;
    }

    /** Each label directly followed by its grade, as the PDF's content stream gives a table row. */
    static List<Row> readInLine(String region, String framework) {
        List<Matcher> found = new ArrayList<>();
        List<List<String>> areasOf = new ArrayList<>();
        for (Label label : LABELS) {
            if (!label.frameworks().contains(framework)) {
                continue;
            }
            Matcher m = label.pattern().matcher(region);
            if (m.find()) {
                found.add(m);
                areasOf.add(label.areas());
            }
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> found.get(i).start()));
        Set<String> taken = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i : order) {
            List<String> areas = areasOf.get(i);
            if (!Collections.disjoint(taken, areas)) {
                continue;
            }
            taken.addAll(areas);
            Matcher m = found.get(i);
            String rating = rating(m.group(1));
            if (rating != null) {
                rows.add(new Row(areas, rating, m.group()));
            }
        }
        return rows;
    }

    /** The vocabulary's rating of a printed grade; null for "Not judged". */
    static String rating(String grade) {
        String g = grade.toLowerCase(Locale.ROOT);
        if (g.startsWith("require")) {
            return "requires_improvement";
        }
        return switch (g) {
            case "outstanding" -> "outstanding";
            case "good" -> "good";
            case "inadequate" -> "inadequate";
            case "adequate" -> "adequate";
            default -> null;
        };
    }
}
