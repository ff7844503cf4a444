package watch.safeguarding.parser.ofsted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The judgement table read by the order of its cells rather than by their adjacency, for text laid out by position
 * (copied from a PDF viewer, or a PDF whose content stream is not row by row): there a wrapped grade may sit inside
 * its label ("The experiences and progress of Good children in care") or above it ("Requires / 1. Children who need
 * help and protection / improvement"). Grade words are taken out, the labels found in what is left, and the k-th
 * grade of the table given to its k-th label, only when both counts agree.
 */
final class LayoutTable {

    /** A grade word or phrase: its tokens [from, to), the printed grade, whether it may start a grade. */
    private record Fragment(int from, int to, String kind, boolean strong) {
    }

    private LayoutTable() {
    }

    /** The rows of the table's cells (not the sentences), or nothing when the cells cannot be paired safely. */
    static List<JudgementTable.Row> read(String region, String framework) {
        String[] tokens = region.split(" ");
        List<Fragment> fragments = fragments(tokens);
        boolean[] grade = new boolean[tokens.length];
        for (Fragment f : fragments) {
            for (int i = f.from(); i < f.to(); i++) {
                grade[i] = true;
            }
        }
        // the words left, and for each character of them the token it came from
        StringBuilder rest = new StringBuilder();
        List<Integer> tokenAt = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (grade[i]) {
                continue;
            }
            if (rest.length() > 0) {
                rest.append(' ');
                tokenAt.add(i);
            }
            rest.append(tokens[i]);
            for (int c = 0; c < tokens[i].length(); c++) {
                tokenAt.add(i);
            }
        }
        List<int[]> cells = new ArrayList<>(); // first token, last token, label index
        Set<String> taken = new HashSet<>();
        List<JudgementTable.Label> labels = JudgementTable.LABELS;
        List<int[]> found = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            JudgementTable.Label label = labels.get(l);
            if (label.cell() == null || !label.frameworks().contains(framework)) {
                continue;
            }
            Matcher m = label.cell().matcher(rest);
            if (m.find()) {
                found.add(new int[] {tokenAt.get(m.start()), tokenAt.get(m.end() - 1), l});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        int lastEnd = -1;
        for (int[] f : found) {
            List<String> areas = labels.get(f[2]).areas();
            if (f[0] <= lastEnd || !Collections.disjoint(taken, areas)) {
                continue; // inside a longer label, or an area already labelled
            }
            taken.addAll(areas);
            cells.add(f);
            lastEnd = f[1];
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        List<String> grades = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        grades(fragments, cells, grades, at);
        if (grades.size() != cells.size()) {
            return List.of();
        }
        for (int k = 0; k < cells.size(); k++) {
            // a cell's grade lies between the neighbouring labels, never beyond them
            if (k > 0 && at.get(k) <= cells.get(k - 1)[1] || k + 1 < cells.size() && at.get(k) >= cells.get(k + 1)[0]) {
                return List.of();
            }
        }
        List<JudgementTable.Row> rows = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String rating = JudgementTable.rating(grades.get(k));
            if (rating != null) {
                int[] c = cells.get(k);
                String evidence = String.join(" ", List.of(tokens).subList(c[0], c[1] + 1)) + " " + grades.get(k);
                rows.add(new JudgementTable.Row(labels.get(c[2]).areas(), rating, evidence));
            }
        }
        return rows;
    }

    /**
     * The table's grades in order, with the token each starts at: the grade words from just before its first label to just after its last, wrapped
     * pieces joined ("Requires" ... "improvement" ... "to be good"); a lower-case grade word in running text between
     * the cells ("receive good help") is no cell.
     */
    private static void grades(List<Fragment> fragments, List<int[]> cells, List<String> grades, List<Integer> at) {
        int from = cells.get(0)[0];
        int to = cells.get(cells.size() - 1)[1];
        // grade words directly before the first label and directly after the last belong to the table too
        for (int i = fragments.size() - 1; i >= 0; i--) {
            Fragment f = fragments.get(i);
            if (f.to() == from) {
                from = f.from();
            }
        }
        for (Fragment f : fragments) {
            if (f.from() == to + 1) {
                to = f.to() - 1;
            }
        }
        String open = null; // a "requires" still waiting for "improvement"
        for (Fragment f : fragments) {
            if (f.from() < from || f.to() - 1 > to) {
                continue;
            }
            switch (f.kind()) {
                case "improvement" -> {
                    if (open != null) {
                        grades.set(grades.size() - 1, "requires improvement");
                        open = null;
                    }
                }
                case "to be good" -> {
                    // the wrapped end of a "requires improvement to be good"
                }
                case "requires" -> {
                    if (f.strong() || cellEndsAt(cells, f.from() - 1)) {
                        grades.add("requires");
                        at.add(f.from());
                        open = "requires";
                    }
                }
                default -> {
                    if (f.strong() || cellEndsAt(cells, f.from() - 1)) {
                        grades.add(f.kind());
                        at.add(f.from());
                        open = null;
                    }
                }
            }
        }
    }

    private static boolean cellEndsAt(List<int[]> cells, int token) {
        return cells.stream().anyMatch(c -> c[1] == token);
    }

    /** Every grade word or phrase of the tokens, in order. */
    private static List<Fragment> fragments(String[] tokens) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String w = word(tokens[i]);
            boolean strong = !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0));
            if (w.equals("to") && i + 2 < tokens.length && word(tokens[i + 1]).equals("be")
                    && word(tokens[i + 2]).equals("good")) {
                out.add(new Fragment(i, i + 3, "to be good", false));
                i += 2;
            } else if (w.equals("not") && i + 1 < tokens.length && word(tokens[i + 1]).equals("judged")) {
                out.add(new Fragment(i, i + 2, "not judged", strong));
                i++;
            } else if (w.equals("requires") || w.equals("require")) {
                out.add(new Fragment(i, i + 1, "requires", strong));
            } else if (w.equals("improvement")) {
                // "Requires improvement to / be good" wraps with its "to" on the first line
                boolean to = i + 1 < tokens.length && word(tokens[i + 1]).equals("to");
                out.add(new Fragment(i, to ? i + 2 : i + 1, "improvement", false));
                i += to ? 1 : 0;
            } else if (w.equals("be") && i + 1 < tokens.length && word(tokens[i + 1]).equals("good")) {
                out.add(new Fragment(i, i + 2, "to be good", false));
                i++;
            } else if (w.equals("outstanding") || w.equals("good") || w.equals("inadequate") || w.equals("adequate")) {
                out.add(new Fragment(i, i + 1, w, strong));
            }
        }
        return out;
    }

    /** A token as a lower-case word without the punctuation or footnote digits glued to its end. */
    private static String word(String token) {
        int end = token.length();
        while (end > 0 && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
