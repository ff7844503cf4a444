package watch.safeguarding.parser;

import java.util.List;

/** Cues that a grade or an inspection came before the news: held already, repeated, or of an earlier framework. */
final class EarlierInspectionCues {

    /** How far before an attributive grade its verb of verdict may stand ("slams X Council's 'inadequate'"). */
    private static final int VERDICT_REACH = 5;

    private EarlierInspectionCues() {
    }

    /** The grade modifies a noun of the services or council, or a name, with no rating verb just before it. */
    static boolean attributive(Tokens t, Grade g, int windowStart) {
        int k = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        if (Tokens.isPunct(t, k, '-')) {
            if (!t.is(k + 1, "rated")) {
                return false;
            }
            k += 2;
        }
        if (k >= t.size || !t.word[k] || !(t.isAny(k, Lexicon.ATTRIBUTIVE_HEADS) || t.upper[k] && !t.allCaps[k]
                && !t.is(k, "ofsted") && !t.isAny(k, GradeFinder.RATING_NOUNS) && !t.is(k, "report"))) {
            return false;
        }
        int b = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
        for (int q = b; q >= Math.max(windowStart, b - 3); q--) {
            if (t.word[q] && (Lexicon.RATE.contains(t.lower[q]) || Lexicon.BE.contains(t.lower[q]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ofsted slams X's 'inadequate' children's services", "inspectors praised the 'outstanding' service": a
     * verb of verdict gives the attribute now. See verdict-verbs.txt.
     */
    static boolean verdictOn(Tokens t, Grade g, int windowStart) {
        int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        if (Tokens.isPunct(t, after, '-') && t.is(after + 1, "rated")) {
            return false; // "praises good-rated X": the grade the council holds
        }
        int b = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
        for (int q = b; q >= Math.max(windowStart, b - VERDICT_REACH); q--) {
            if (t.isAny(q, Lexicon.VERDICT_VERBS)) {
                return true;
            }
            // only the object's determiners and names between: "slams X's", "praised the borough's", not
            // "praise progress of"
            if (!(t.word[q] && (t.upper[q] || t.is(q, "the") || t.is(q, "its") || t.is(q, "their") || t.is(q, "'s")
                    || t.is(q, "council") || t.is(q, "county") || t.is(q, "borough") || t.is(q, "city")))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "remain 'inadequate'", "outstanding again", "continue to require improvement", "a third consecutive
     * 'outstanding'", "inadequate for the second time": the council had this grade before.
     */
    static boolean repeated(Tokens t, Grade g, int windowStart, int windowEnd) {
        for (int k = Math.max(windowStart, g.from() - 3); k < g.from(); k++) {
            if (t.word[k] && Lexicon.REPETITION.contains(t.lower[k]) && !t.is(k, "again")) {
                return true;
            }
        }
        for (int k = g.to(); k < Math.min(windowEnd, g.to() + 5); k++) {
            if (t.is(k, "again") || (t.is(k, "second") || t.is(k, "third")) && (t.is(k + 1, "time") || t.is(k + 1, "consecutive"))) {
                return true;
            }
            if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';')) {
                return false;
            }
        }
        return false;
    }

    /** "under the single inspection framework" (2013-17, told after 2018), "under the old framework": an earlier era. */
    static boolean olderFramework(Tokens t, int k, DocumentState doc) {
        return (t.is(k, "framework") || t.is(k, "regime")) && (t.is(k - 1, "inspection") && t.is(k - 2, "single")
                && doc.refYear >= 2018 || t.isAny(k - 1, Lexicon.PREVIOUS) || t.is(k - 1, "old") || t.is(k - 1, "former"));
    }

    /** A sentence that opens "In its last review", "At the previous inspection", "Following the last inspection". */
    static boolean openingLast(Tokens t) {
        if (!(t.is(0, "in") || t.is(0, "at") || t.is(0, "during") || t.is(0, "following") || t.is(0, "after"))) {
            return false;
        }
        int k = t.is(1, "its") || t.is(1, "the") || t.is(1, "their") || t.is(1, "our") ? 2 : 1;
        return namesEarlierInspection(t, k);
    }

    /** "last inspection", "previous review", "the earlier report": an earlier inspection named at token k. */
    private static boolean namesEarlierInspection(Tokens t, int k) {
        return (t.is(k, "last") || t.is(k, "previous") || t.is(k, "earlier")) && t.isAny(k + 1, Lexicon.LAST_NOUNS);
    }

    static boolean containsPreviousInspection(Tokens t) {
        for (int k = 0; k + 1 < t.size; k++) {
            if (namesEarlierInspection(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "that inspection", "this inspection", and a sentence that opens "The judgement was ...": the inspection
     * the sentence before told of.
     */
    static boolean refersToThatInspection(Tokens t) {
        if (t.is(0, "the") && (t.is(1, "judgement") || t.is(1, "judgment") || t.is(1, "verdict")) && (t.is(2, "was") || t.is(2, "is"))) {
            return true;
        }
        for (int k = 0; k < t.size; k++) {
            if ((t.is(k, "that") || t.is(k, "this")) && t.is(k + 1, "inspection")) {
                return true;
            }
        }
        return false;
    }

    /** "for more than a decade", "for the past six years" (durations.txt): from the "for" at k. */
    static boolean forDuration(Tokens t, int k) {
        for (int q = k + 1; q < Math.min(t.size, k + 6); q++) {
            if (t.isAny(q, Lexicon.DURATION_UNITS)) {
                return true;
            }
            if (!(t.isAny(q, Lexicon.DURATION_FILLERS) || Lexicon.number(t.lower[q]) > 0)) {
                return false;
            }
        }
        return false;
    }

    /** "following Ofsted's judgement that", "after the finding that": from the word at k, before the grade at from. */
    static boolean judgementThatAfter(Tokens t, int k, int from) {
        int q = k + 1;
        if (t.is(q, "ofsted") || t.is(q, "the") || t.is(q, "its") || t.is(q, "an") || t.is(q, "a")) {
            q++;
        }
        if (t.is(q, "'s")) {
            q++;
        }
        return (t.is(q, "judgement") || t.is(q, "judgment") || t.is(q, "finding") || t.is(q, "decision")
                || t.is(q, "conclusion")) && t.is(q + 1, "that") && q + 1 < from;
    }

    /** "progress at 'inadequate' A, B and C": the grade an attribute of the councils right after it. */
    static boolean describesCouncilsAfter(Tokens t, Grade g, List<CouncilMatcher.Mention> mentions) {
        return CouncilTargets.mentionRightAfter(t, g, mentions) >= 0;
    }

    /**
     * "uplifted from 'good' to 'outstanding'", "moved from requires improvement to good": the grade a change started
     * from, with "from" just before it and "to" and the next grade just after.
     */
    static boolean changedFrom(Tokens t, Grade g, int nextGradeFrom) {
        int before = g.from() - 1;
        while (before >= 0 && t.isQuote(before)) {
            before--;
        }
        int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        return t.is(before, "from") && t.is(after, "to") && nextGradeFrom > after && nextGradeFrom - after <= 2;
    }

    /** "was also judged inadequate", "is also rated good": the grade adds to those just given. */
    static boolean also(Tokens t, Grade g, int windowStart) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - ALSO_REACH); k--) {
            if (t.is(k, "also")) {
                return true;
            }
        }
        return false;
    }

    /** How far before its grade "also" may stand: "were also found to be inadequate". */
    private static final int ALSO_REACH = 5;

    /**
     * "The DfE has appointed a commissioner at X after the department was rated inadequate", "its second monitoring
     * visit since it rated the services inadequate", "a commissioner to oversee X's services, which were rated
     * inadequate": the sentence's event is what followed the grade, which it restates.
     */
    static boolean followUpThenGrade(Tokens t, Grade g, int windowStart) {
        for (int k = g.from() - 1; k > windowStart; k--) {
            // "subject to intervention since 2009": a year dates the follow-up, not the grade; ", which were rated":
            // the relative clause describes what the follow-up is about
            boolean relative = Tokens.isPunct(t, k - 1, ',') && (t.is(k, "which") || t.is(k, "whose"));
            if ((t.is(k, "after") || t.is(k, "following") || t.is(k, "since")) && !t.isYear(k + 1) || relative) {
                for (int i = windowStart; i < k; i++) {
                    if (t.isAny(i, Lexicon.FOLLOW_UP_WORDS) || t.is(i, "monitoring")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** How far before the grade before it a change's "from" may stand: "from the 'requires improvement' grade". */
    private static final int FROM_REACH = 6;

    /** The grade a change went to, after the one it came from: "from 'inadequate' in 2015 to 'requires improvement'". */
    static boolean changeDestination(Tokens t, int gradeFrom, int windowStart) {
        int to = t.isQuote(gradeFrom - 1) ? gradeFrom - 2 : gradeFrom - 1;
        if (!t.is(to, "to")) {
            return false;
        }
        for (int k = windowStart - 1; k >= Math.max(0, windowStart - FROM_REACH); k--) {
            if (t.is(k, "from")) {
                return true;
            }
        }
        return false;
    }
}
