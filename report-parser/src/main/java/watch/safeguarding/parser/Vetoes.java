package watch.safeguarding.parser;

import java.util.List;
import java.util.Set;

/**
 * What makes a grade word no grade of a council's children's services: negation, other subjects, statistics, a
 * crosshead; {@link Hypotheticals} has the grades hoped for or feared.
 */
final class Vetoes {

    private Vetoes() {
    }

    /** "Gwynedd Council", "Dundee City Council": a council not in the gazetteer (Welsh, Scottish, district). */
    static boolean unknownCouncil(Tokens t, List<CouncilMatcher.Mention> mentions) {
        for (int i = 1; i < t.size; i++) {
            if (!t.is(i, "council") || !t.upper[i]) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (t.is(k, "county") || t.is(k, "borough") || t.is(k, "city") || t.is(k, "district")
                    || t.is(k, "metropolitan") || t.is(k, "town") || t.is(k, "parish"))) {
                k--;
            }
            if (k < 0 || !t.word[k] || !t.upper[k]) {
                continue;
            }
            String w = t.lower[k];
            if (w.equals("the") || w.equals("this") || w.equals("a") || w.equals("our") || w.equals("their")
                    || w.equals("its") || w.equals("each") || w.equals("every") || w.equals("which")
                    || w.equals("children") || w.equals("'s") || w.equals("and") || w.equals("ofsted")) {
                continue;
            }
            boolean covered = false;
            for (CouncilMatcher.Mention m : mentions) {
                if (k >= m.from() && k < m.to() || i >= m.from() && i < m.to()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    /** National statistics: counts or shares of councils ("a third of councils", "17 local authorities"). */
    static boolean statistics(Tokens t) {
        for (int i = 0; i < t.size; i++) {
            if (t.word[i] && Lexicon.GENERIC.contains(t.lower[i])) {
                return true;
            }
            if (t.is(i, "per") && t.is(i + 1, "cent") || Tokens.isPunct(t, i, '%') || t.is(i, "framework")
                    || t.is(i, "regime") || t.is(i, "reclassified") || t.is(i, "nationally")
                    || t.is(i, "national") && !t.is(i + 1, "report")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A generic subject before the grade: "authorities rated as poor", "a local authority that is inadequate", "there are
     * 20 councils where the standard of child protection is poor and judged inadequate".
     */
    static boolean generic(Tokens t, Grade g, int windowStart) {
        for (int k = windowStart; k + 1 < g.from(); k++) {
            if (Lexicon.number(t.lower[k]) > 1 && !t.isYear(k) && t.word[k + 1] && Lexicon.GENERIC.contains(t.lower[k + 1])) {
                return true;
            }
        }
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 6); k--) {
            if (t.word[k] && Lexicon.GENERIC.contains(t.lower[k])) {
                return true;
            }
        }
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 8); k--) {
            if ((t.is(k, "a") || t.is(k, "an") || t.is(k, "any") || t.is(k, "every")) && (t.is(k + 1, "council")
                    || t.is(k + 1, "authority") || t.is(k + 1, "local") && t.is(k + 2, "authority"))) {
                return true;
            }
        }
        return false;
    }

    /** "capacity for improvement: adequate", "its capacity to improve judged good": not a grade of the services. */
    static boolean capacityJudgement(Tokens t, Grade g, int windowStart) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 6); k--) {
            if (t.is(k, "capacity") || t.is(k, "prospects")) {
                return true;
            }
        }
        return false;
    }

    static boolean negated(Tokens t, Grade g, int windowStart) {
        int seen = 0;
        for (int k = g.from() - 1; k >= Math.max(0, windowStart - 1); k--) {
            if (t.is(k, "none") || t.is(k, "neither")) {
                return true;
            }
        }
        for (int k = g.from() - 1; k >= Math.max(0, windowStart - 1) && seen < 4; k--) {
            if (!t.word[k]) {
                if (t.isQuote(k)) {
                    continue;
                }
                if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';')) {
                    break;
                }
                continue;
            }
            seen++;
            String w = t.lower[k];
            if (w.equals("no") && t.is(k + 1, "longer")) {
                return false;
            }
            if (Lexicon.NEGATION.contains(w) || w.equals("no") || w.equals("yet") && t.is(k - 1, "not")) {
                return true;
            }
        }
        // "No areas were found to be inadequate", "nothing was judged inadequate": the clause's subject is none
        int first = -1;
        for (int k = g.from() - 1; k >= Math.max(0, windowStart); k--) {
            if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';') || Tokens.isPunct(t, k, ':')) {
                break;
            }
            if (t.word[k]) {
                first = k;
            }
        }
        return first >= 0 && (t.is(first, "no") && !t.is(first + 1, "longer") && !t.is(first + 1, "doubt")
                || t.is(first, "nothing"));
    }

    /** "The seven judged inadequate ... are", "six - A, B, ...", "include": a count or an "include" before {@code to}. */
    static boolean counted(Tokens t, int to) {
        for (int k = 0; k < to; k++) {
            if (t.word[k] && (Lexicon.number(t.lower[k]) > 1 && !t.isYear(k) || t.is(k, "include") || t.is(k, "includes")
                    || t.is(k, "including"))) {
                return true;
            }
        }
        return false;
    }

    /** School, academy, children's home, SEND, youth offending, LSCB...: not the council's children's services. */
    static boolean otherSubject(Tokens t, Grade g, List<CouncilMatcher.Mention> mentions) {
        for (int k = Math.max(0, g.from() - 12); k < Math.min(t.size, g.to() + 3); k++) {
            if (t.is(k, "adult") && (t.is(k + 1, "social") || t.is(k + 1, "care") || t.is(k + 1, "services"))) {
                return true; // adult social care, which the CQC grades
            }
        }
        // "rated inadequate by HM Inspectorate of Probation", "by Care Inspectorate Wales", "by Ofsted and the CQC"
        for (int k = g.to(); k < Math.min(t.size, g.to() + 8); k++) {
            if (t.is(k, "probation") || t.is(k, "cqc") || t.is(k, "estyn") || t.is(k, "ciw") || t.is(k, "cssiw")
                    || t.is(k, "inspectorate") && t.is(k - 1, "care")) {
                return true;
            }
        }
        int from = Math.max(0, g.from() - 25);
        for (int k = from; k < Math.min(t.size, g.to() + 5); k++) {
            if (!t.word[k]) {
                continue;
            }
            String w = t.lower[k];
            if (Lexicon.OTHER_SUBJECT.contains(w)) {
                if ((w.equals("home") || w.equals("homes")) && (t.is(k - 1, "at") || t.is(k - 1, "from")
                        || t.is(k - 1, "to") || t.is(k - 1, "their"))) {
                    continue;
                }
                if (w.equals("head") && !t.is(k + 1, "teacher")) {
                    continue;
                }
                // "Safeguarding Children Board", "Local Safeguarding Children's Board"
                int b = t.is(k - 1, "'s") ? k - 2 : k - 1;
                if (w.equals("board") && !(t.is(b, "children") || t.is(b, "safeguarding"))) {
                    continue;
                }
                if (w.equals("partnership") && !t.is(k - 1, "safeguarding")) {
                    continue;
                }
                if (w.equals("sixth") && !t.is(k + 1, "form")) {
                    continue;
                }
                // "Schools regulator Ofsted has branded X's children's services inadequate": Ofsted's epithet
                if (w.startsWith("school") && t.isAny(k + 1, Lexicon.INSPECTOR_NOUNS)) {
                    continue;
                }
                return true;
            }
            if (w.equals("send") && t.allCaps[k]) {
                return true;
            }
            if ((w.equals("youth") && (t.is(k + 1, "offending") || t.is(k + 1, "justice")))
                    || w.equals("special") && t.is(k + 1, "educational")
                    || w.equals("local") && t.is(k + 1, "area") && !t.is(k + 2, "'s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tally of sub-judgements before the grade: "judged three out of four key areas to be inadequate", "one area
     * out of five which requires improvement", "four grades of 'outstanding'", "13 'good', 6 'outstanding'".
     */
    /** "the increase in inadequate ratings", "the number of 'good' judgements": grades counted, none given. See trend-nouns.txt. */
    static boolean gradesCounted(Tokens t, Grade g) {
        int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        if (!t.isAny(after, PLURAL_RATING_NOUNS)) {
            return false;
        }
        int k = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
        if (t.is(k, "the")) {
            k--;
        }
        return (t.is(k, "in") || t.is(k, "of")) && t.isAny(k - 1, Lexicon.TREND_NOUNS);
    }

    private static final Set<String> PLURAL_RATING_NOUNS = Set.of("ratings", "judgements", "judgments", "grades", "gradings");

    static boolean countBefore(Tokens t, Grade g, int windowStart) {
        for (int k = Math.max(windowStart, g.from() - 10); k < g.from(); k++) {
            if (Lexicon.number(t.lower[k]) <= 0) {
                continue;
            }
            // "good in three out of four areas and required improvement for ...": the count is the grade's before
            if (windowStart > 0 && k - 1 <= windowStart && t.is(k - 1, "in")) {
                continue;
            }
            if (t.is(k + 1, "out") && t.is(k + 2, "of")) {
                for (int q = k + 3; q < Math.min(g.from(), k + 7); q++) {
                    if (t.isAny(q, Lexicon.COUNT_NOUNS)) {
                        return true;
                    }
                }
            }
            if (t.isAny(k + 1, Lexicon.COUNT_NOUNS) && (t.is(k + 2, "out") || t.is(k + 2, "of") && onlyQuotes(t, k + 3, g.from()))
                    || onlyQuotes(t, k + 1, g.from())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyQuotes(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isQuote(k)) {
                return false;
            }
        }
        return true;
    }

    /** The most words of a crosshead: "Inadequate rating". */
    private static final int CROSSHEAD_WORDS = 3;

    /**
     * A crosshead inside the story ("Inadequate rating" over the paragraphs that tell it): a line of a few words that
     * names no council and no area ("Adoption performance - inadequate" is a judgement listed) is a heading, not a
     * statement of a grade; the story's first line is its headline.
     */
    static boolean crosshead(Tokens t, List<CouncilMatcher.Mention> mentions, List<Area> areas, int sentenceIndex) {
        if (sentenceIndex <= 1 || !mentions.isEmpty() || !areas.isEmpty()) {
            return false;
        }
        int words = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.word[i] && ++words > CROSSHEAD_WORDS) {
                return false;
            }
        }
        return true;
    }
}
