package watch.safeguarding.parser;

import java.util.List;

/** An unnamed count of councils as the subject of a grade's clause: a statistic, not a judgement. See quantity-subjects.txt. */
final class QuantitySubject {

    private QuantitySubject() {
    }

    static boolean of(Tokens t, List<Grade> grades, int gi, List<CouncilMatcher.Mention> mentions, List<Area> areas) {
        Grade g = grades.get(gi);
        // "were found to be 'inadequate' or 'requiring improvement'", "the two lowest ratings 'inadequate', or 'requires
        // improvement'": grades in apposition or joined by "or" share the subject
        int first = gi;
        while (first > 0 && (alternatives(t, grades.get(first - 1).to(), grades.get(first).from())
                || namedRating(t, grades.get(first - 1), grades.get(first)))) {
            first--;
        }
        int windowStart = first == 0 ? 0 : grades.get(first - 1).to();
        int clauseStart = clauseStart(t, grades.get(first).from(), windowStart);
        for (int k = clauseStart; k < g.from(); k++) {
            boolean part = t.isAny(k, Lexicon.QUANTITY_PARTIALS) && t.isAny(k + 1, Lexicon.QUANTITY_PARTS);
            if (part ? areaBetween(areas, k, g.from())
                    : !isCount(t, k) || !(t.isAny(k + 1, Lexicon.QUANTITY_PREDICATES) || countsOthers(t, k))
                    || namedBetween(t, mentions, areas, k, g)) {
                continue;
            }
            int q = k - 1;
            // "three-quarters": the number and its fraction word are one count
            if (Tokens.isPunct(t, q, '-') && t.hyphenAfter(q - 1) && Lexicon.number(t.lower[q - 1]) > 0) {
                q -= 2;
            }
            while (q >= clauseStart && t.isAny(q, Lexicon.QUANTITY_LEADS)) {
                q--;
            }
            if (q < clauseStart || t.isAny(q, Lexicon.QUANTITY_OPENERS)) {
                return true;
            }
        }
        return false;
    }

    /** "Six places were judged inadequate": a count of things that are not councils (a count of councils may be named later). */
    private static boolean countsOthers(Tokens t, int k) {
        return t.isAny(k + 2, Lexicon.QUANTITY_PREDICATES) && t.word[k + 1] && !t.upper[k + 1]
                && !t.isAny(k + 1, Lexicon.QUANTITY_COUNCIL_NOUNS) && !t.isAny(k + 1, Lexicon.DURATION_UNITS);
    }

    /** "the top rating of 'outstanding'": the grade names the rating the one before it speaks of. */
    private static boolean namedRating(Tokens t, Grade before, Grade g) {
        int k = before.to();
        if (!t.isAny(k - 1, GradeFinder.RATING_NOUNS) || !t.is(k, "of")) {
            return false;
        }
        return g.from() == k + 1 || t.isQuote(k + 1) && g.from() == k + 2;
    }

    private static boolean alternatives(Tokens t, int from, int to) {
        int joins = 0;
        for (int k = from; k < to; k++) {
            if (t.is(k, "or") || t.is(k, "and")) {
                joins++;
            } else if (!t.isQuote(k) && !Tokens.isPunct(t, k, ',')) {
                return false;
            }
        }
        return joins <= 1;
    }

    private static boolean isCount(Tokens t, int k) {
        return Lexicon.number(t.lower[k]) > 0 && !t.hyphenAfter(k) || t.isAny(k, Lexicon.QUANTITY_FRACTIONS);
    }

    private static int clauseStart(Tokens t, int from, int windowStart) {
        for (int k = from - 1; k >= windowStart; k--) {
            if (!t.word[k] && !t.isQuote(k) && (t.text.charAt(t.start[k]) != '-' || k == 0 || !t.hyphenAfter(k - 1))) {
                return k + 1;
            }
        }
        return windowStart;
    }

    /** "just one, A, was rated good", "one of the four areas, care leavers, was judged good": the count is named. */
    private static boolean namedBetween(Tokens t, List<CouncilMatcher.Mention> mentions, List<Area> areas, int from, Grade g) {
        int to = g.from();
        for (CouncilMatcher.Mention m : mentions) {
            if (m.from() > from && m.from() < to) {
                return true;
            }
        }
        // "four of the key areas also rated 'good' - A; B; C": a tally of areas that the area lists read; unlisted
        // ("three of the five key areas were classified as good") it grades no area the text names
        for (int k = from + 1; k < to; k++) {
            if (t.isAny(k, Lexicon.COUNT_NOUNS)) {
                return areaBetween(areas, g.to() - 1, t.size);
            }
        }
        return areaBetween(areas, from, to);
    }

    private static boolean areaBetween(List<Area> areas, int from, int to) {
        for (Area a : areas) {
            if (a.from() > from && a.from() < to && !a.area().equals(Lexicon.OVERALL)) {
                return true;
            }
        }
        return false;
    }
}
