package watch.safeguarding.parser;

import java.util.List;
import java.util.Set;

/** Lists of area mentions: where a counted list starts, and what may stand between two of its items. */
final class AreaLists {

    /** How far after a list's dash or colon its first area may start ("- how the service manages children in care"). */
    static final int LIST_START = 6;

    /** "outstanding in all areas except care leavers": what follows is left out of the list, not added to it. */
    private static final Set<String> EXCEPTIONS = Set.of("except", "excepting", "excluding", "apart", "but", "save");

    /**
     * Words that open a clause or phrase grading its own areas: "..., with overall effectiveness as inadequate",
     * "... requires improvement whereas leadership was rated inadequate".
     */
    private static final Set<String> OWN_CLAUSE = Set.of("with", "whereas", "while", "whilst");

    private AreaLists() {
    }

    /**
     * "in three key areas - A, B and C", "in four areas: A, ...": the punctuation after the counted areas that
     * introduces their names, else -1.
     */
    static int countThenList(Tokens t, int k, List<Area> areas) {
        if (!(t.is(k, "in") || t.is(k, "for"))) {
            return -1;
        }
        // "in each of the four main inspection areas -"
        int n = k + 1;
        if ((t.is(n, "each") || t.is(n, "all")) && t.is(n + 1, "of") && t.is(n + 2, "the")) {
            n += 3;
        }
        if (n >= t.size || Lexicon.number(t.lower[n]) <= 0) {
            return -1;
        }
        int q = n + 1;
        // "three of the four areas"
        if (t.is(q, "of") && t.is(q + 1, "the") && q + 2 < t.size && Lexicon.number(t.lower[q + 2]) > 0) {
            q += 3;
        }
        while (t.is(q, "key") || t.is(q, "main") || t.is(q, "judgement") || t.is(q, "inspection")) {
            q++;
        }
        // "in three categories", "and good in two more"
        if (!(t.is(q, "areas") || t.is(q, "categories") || t.is(q, "more"))) {
            return -1;
        }
        int punct = q + 1;
        // "in three categories, including overall effectiveness": the ones it names
        if (Tokens.isPunct(t, punct, ',') && t.is(punct + 1, "including")) {
            punct++;
        }
        if (!(Tokens.isPunct(t, punct, ':') || Tokens.isPunct(t, punct, '-') || t.is(punct, "including"))) {
            return -1;
        }
        for (Area a : areas) {
            if (a.from() > punct && a.from() <= punct + LIST_START) {
                return punct;
            }
        }
        return -1;
    }

    /** ", the experiences and progress of" between two listed areas: no verb, a comma, semicolon or "and". */
    static boolean listContinuation(Tokens t, int from, int to) {
        boolean sep = false;
        for (int k = from; k < to; k++) {
            if (Tokens.isPunct(t, k, '.') || Tokens.isPunct(t, k, ':') || t.word[k] && (Lexicon.BE.contains(t.lower[k])
                    || Lexicon.RATE.contains(t.lower[k]) || GradeFinder.GRADE_WORDS.contains(t.lower[k])
                    || EXCEPTIONS.contains(t.lower[k]) || OWN_CLAUSE.contains(t.lower[k]))) {
                return false;
            }
            if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';') || t.is(k, "and") || Tokens.isPunct(t, k, '\u2022')) {
                sep = true;
            }
        }
        return sep;
    }

    /** Only commas, dashes, "and", articles and prepositions between two areas of one phrase or list. */
    static boolean smallGap(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(Tokens.isPunct(t, k, ',') || t.is(k, "and") || t.is(k, "the") || t.is(k, "its") || t.is(k, "of")
                    || t.is(k, "for") || t.is(k, "at") || t.is(k, "in") || Tokens.isPunct(t, k, '-') || t.is(k, "'s"))) {
                return false;
            }
        }
        return true;
    }
}
