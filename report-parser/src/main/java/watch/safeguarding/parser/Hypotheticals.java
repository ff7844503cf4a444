package watch.safeguarding.parser;

import java.util.List;

/**
 * Grades not given: hoped for, feared, targeted or foretold ("aims to be good", "could be rated inadequate", "another
 * inadequate rating would lead to intervention"), by the words of hypothetical.txt and the scope of
 * hypothetical-scope.txt.
 */
final class Hypotheticals {

    private Hypotheticals() {
    }

    /** The word that makes the grade a hope, a fear or a target ("aims to be good", "could be rated inadequate"), or -1. */
    static int hypotheticalCue(Tokens t, Grade g, int windowStart, List<Area> areas) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 9); k--) {
            boolean inArea = false;
            for (Area a : areas) {
                if (k >= a.from() && k < a.to()) {
                    inArea = true;
                    break;
                }
            }
            if (!t.word[k] || inArea) {
                if (Tokens.isPunct(t, k, ';') || Tokens.isPunct(t, k, ':')) {
                    break;
                }
                continue;
            }
            String w = t.lower[k];
            // "will shed the 'inadequate' rating": the hope is to leave a grade the council holds; "could lose
            // control following an 'inadequate' rating": the grade is the cause
            if (Lexicon.LEAVING_VERBS.contains(w) || Lexicon.CAUSES.contains(w)) {
                return -1;
            }
            // "as well as it could and was rated inadequate", "a rocky journey where it was rated": the grade has
            // its own finite verb, and the modal belongs to the clause before
            if (Lexicon.FINITE_PAST.contains(w) && (t.isAny(k - 1, Lexicon.CLAUSE_JOINS) || t.isAny(k - 2, Lexicon.CLAUSE_JOINS))) {
                return -1;
            }
            // "the first councils to achieve the highest rating", "services that meet the requirements for good":
            // a record or a finding, not a target
            if (Lexicon.ATTAINING.contains(w) && (t.is(k - 1, "to") && ordinalBefore(t, k - 2) || t.isAny(k - 1, Lexicon.RELATIVES))) {
                continue;
            }
            // a capitalised word inside the sentence is a name ("delivered by Achieving for Children"), not a modal
            if (Lexicon.HYPOTHETICAL.contains(w) && !(t.upper[k] && k > 0 && !t.isQuote(k - 1))) {
                return k;
            }
            if (w.equals("risk") && t.is(k + 1, "of") && (t.is(k + 2, "being") || t.is(k + 2, "a"))) {
                return k;
            }
            if (w.equals("to") && (t.is(k + 1, "be") || t.is(k + 1, "become")) && k > 0
                    && wordsBetween(t, k + 2, g.from()) <= TO_BE_REACH && !t.is(k - 1, "on") && !t.is(k - 1, "all") && !t.is(k - 1, "both") && !ordinalBefore(t, k - 1)
                    && !rateEarlierInClause(t, k - 1, windowStart)
                    && !t.is(k - 1, "improvement") && !t.is(k - 1, "continue") && !t.is(k - 1, "continues")) {
                // "aims to be good" but not "judged to be good", "went on to be rated", "judged the three areas all
                // to be outstanding", "the third council this week to be rated", "progress needs to be made, rating
                // the service as good"
                return k;
            }
            if (w.equals("to") && t.isAny(k - 1, Lexicon.GETTING) && wordsBetween(t, k + 1, g.from()) == 0) {
                return k;
            }
            if (w.equals("before") && (t.is(k + 1, "they") || t.is(k + 1, "it") || t.is(k + 1, "the"))) {
                return k;
            }
        }
        return -1;
    }

    /** How far "to be" may stand before the grade it makes a target: "aims to be judged by Ofsted as good". */
    private static final int TO_BE_REACH = 4;

    /** How far before "to achieve" or "to be" a record's rank may stand: "the third department in a week to be rated". */
    private static final int RECORD_REACH = 12;

    static int wordsBetween(Tokens t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (t.word[k]) {
                n++;
            }
        }
        return n;
    }

    /** "the first council", "the third department in a week": a word a few places before that ranks a record. */
    private static boolean ordinalBefore(Tokens t, int k) {
        for (int s = k; s >= Math.max(0, k - RECORD_REACH); s--) {
            if (t.isAny(s, Lexicon.RECORD_RANKS)) {
                return true;
            }
        }
        return false;
    }

    /** A rating verb earlier in the clause: "judged the impact of leaders and ... to be good". */
    private static boolean rateEarlierInClause(Tokens t, int k, int windowStart) {
        for (int s = k; s >= Math.max(windowStart, k - 30); s--) {
            if (Tokens.isPunct(t, s, ';') || Tokens.isPunct(t, s, '.')) {
                return false;
            }
            if (t.word[s] && Lexicon.RATE.contains(t.lower[s])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "could be rated inadequate at the next inspection", "will not be judged good", "may be downgraded to
     * 'requires improvement'": a modal's passive of the rating verb is a grade not given (the labels have none).
     */
    static boolean modalPassive(Tokens t, Grade g) {
        int k = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
        if (t.is(k, "as") || t.is(k, "to")) {
            k--;
        }
        if (!t.isAny(k, Lexicon.RATE) || !t.is(k - 1, "be")) {
            return false;
        }
        int modal = t.is(k - 2, "not") ? k - 3 : k - 2;
        return t.isAny(modal, Lexicon.MODALS);
    }

    /** "another inadequate rating would lead to intervention": a conditional right after the grade and its noun. */
    static boolean conditionalAfter(Tokens t, Grade g) {
        int k = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        if (t.is(k, "rating") || t.is(k, "grade") || t.is(k, "judgement") || t.is(k, "judgment")) {
            k++;
        }
        return t.isAny(k, Lexicon.CONDITIONALS);
    }

    /** "gain an 'outstanding' rating next time Ofsted come", "good at the next inspection": a target, always. */
    static boolean forNextTime(Tokens t, Grade g) {
        for (int k = g.to(); k < Math.min(t.size - 1, g.to() + 8); k++) {
            if (ClauseStructure.clauseBoundary(t, k) || Tokens.isPunct(t, k, '.')) {
                return false;
            }
            if (t.is(k, "next") && t.isAny(k + 1, Lexicon.NEXT_EVENTS)) {
                return true;
            }
        }
        return false;
    }
}
