package watch.safeguarding.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The grading scale described rather than a grade given: its rungs listed or placed against each other. */
final class GradeScale {

    private GradeScale() {
    }

    /**
     * A description of the grading scale, "outstanding, good, requires improvement or inadequate": three or more
     * grades in a row with nothing but commas, quotes and "and"/"or" between them, not a history of three grades.
     */
    static boolean listed(Tokens t, List<Grade> grades) {
        Set<String> run = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            if (i > 0 && !listedAfter(t, grades.get(i - 1).to(), grades.get(i).from())) {
                run.clear();
            }
            run.add(grades.get(i).rating());
            if (run.size() >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * "one above the lowest rating - 'inadequate', and two below the top rating, which is 'outstanding'": a rung of the
     * grading scale placed against another, and what names it in apposition, grade no council.
     */
    static boolean rung(Tokens t, List<Grade> grades, int gi) {
        Grade g = grades.get(gi);
        for (int k = Math.max(0, g.from() - 3); k < g.from(); k++) {
            if (t.is(k, "above") || t.is(k, "below")) {
                return true;
            }
        }
        if (gi == 0 || !rung(t, grades, gi - 1)) {
            return false;
        }
        // the apposition: "- 'inadequate'", ", which is 'outstanding'"
        for (int k = grades.get(gi - 1).to(); k < g.from(); k++) {
            if (t.word[k] && !(t.is(k, "which") || t.is(k, "is") || t.is(k, "being"))) {
                return false;
            }
        }
        return true;
    }

    /** Only commas, quotes, "and", "or", "to" and the rungs' numbers ("grade 2 (...)", "level three") between two grades. */
    static boolean listedAfter(Tokens t, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.word[k] && !(t.is(k, "or") || t.is(k, "and") || t.is(k, "to") || t.is(k, "grade") || t.is(k, "level")
                    || Lexicon.number(t.lower[k]) > 0)) {
                return false;
            }
        }
        return true;
    }
}
