package watch.safeguarding.parser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The years a sentence states or implies: stated years, opening times, months relative to the publication. */
final class YearCues {

    static final Set<String> SEASONS = Set.of("summer", "spring", "autumn", "winter");

    /** The spans of "this month", "earlier this year". */
    static final Set<String> PERIODS = Set.of("week", "month", "year");

    /** Words that name an inspection's fieldwork, which its report follows within weeks or months. */
    private static final Set<String> FIELDWORK_WORDS = Set.of("inspection", "inspections", "inspected", "visit", "visits",
            "visited", "fieldwork", "carried", "took");

    /** How far before its month an inspection may be named ("the inspection of ... services work in December"). */
    private static final int FIELDWORK_REACH = 10;

    /** How long after its fieldwork an inspection's report comes out, at most. */
    private static final int FIELDWORK_MONTHS = 5;

    private YearCues() {
    }

    static int firstYear(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isYear(k)) {
                return Integer.parseInt(t.lower[k]);
            }
        }
        return -1;
    }

    /**
     * The token index of the year in a sentence-opening "In [Month] YEAR", "By YEAR", "YEAR:", "Back in YEAR" or a
     * timeline's "June 2018:".
     */
    static Integer openingYear(Tokens t) {
        int k = 0;
        if (t.isYear(0)) {
            return 0;
        }
        if (DateFinder.MONTHS.containsKey(t.lower[0]) && t.upper[0] && t.isYear(1)) {
            return 1;
        }
        if (t.is(k, "back")) {
            k++;
        }
        if (!(t.is(k, "in") || t.is(k, "by") || t.is(k, "during"))) {
            return null;
        }
        k++;
        if (k < t.size && DateFinder.MONTHS.containsKey(t.lower[k])) {
            k++;
        }
        return t.isYear(k) ? k : null;
    }

    /** "introduced by Ofsted in 2022", "set up in 2018": the year at k dates the event of a dating verb before it. */
    static boolean datesAnotherEvent(Tokens t, int k) {
        if (!t.is(k - 1, "in")) {
            return false;
        }
        for (int q = k - 2; q >= Math.max(0, k - 5); q--) {
            if (t.word[q] && Lexicon.DATING_VERBS.contains(t.lower[q])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ofsted's inspection of X in 2022, when the borough's services, run by a trust, were rated good": the year of
     * a ", when" clause the grade at {@code from} is in, else null.
     */
    static Integer whenClauseYear(Tokens t, int from, int windowStart) {
        for (int k = from - 1; k > Math.max(windowStart, 1); k--) {
            if (t.is(k, "when") && Tokens.isPunct(t, k - 1, ',') && t.isYear(k - 2)) {
                return Integer.parseInt(t.lower[k - 2]);
            }
            if (Tokens.isPunct(t, k, ';')) {
                break;
            }
        }
        return null;
    }

    /**
     * Months without a year, relative to the publication date: "in October", "last June". The year of the first such
     * month in [from, to) when it lies clearly in the past, else null.
     */
    static Integer pastMonthYear(Tokens t, LocalDate pub, int from, int to) {
        for (int k = from; k < to; k++) {
            if (k < 0 || !t.word[k] || !t.upper[k] || !DateFinder.MONTHS.containsKey(t.lower[k])
                    || t.lower[k].length() < 3 || t.is(k, "may")) {
                continue;
            }
            if (t.isYear(k + 1) || t.isYear(k + 2) || t.is(k - 1, "since")) {
                continue;
            }
            int month = DateFinder.MONTHS.get(t.lower[k]);
            int y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
            LocalDate mid = LocalDate.of(y, month, 15);
            boolean last = t.is(k - 1, "last");
            if (last && y == pub.getYear() && month == pub.getMonthValue()) {
                y--;
                mid = LocalDate.of(y, month, 15);
            }
            // an inspection's fieldwork ("carried out in April and May") comes weeks before its report
            boolean fieldwork = fieldworkBefore(t, k, 6);
            fieldwork &= !(t.is(k - 1, "in") && (t.is(k - 2, "published") || t.is(k - 2, "released")));
            return last || ChronoUnit.DAYS.between(mid, pub) > (fieldwork ? 150 : 62) ? y : null;
        }
        return null;
    }

    /** "last year" anywhere in [from, to) that dates the grade. */
    static boolean saysLastYear(Tokens t, int from, int to, LocalDate pub) {
        for (int k = from; k < to; k++) {
            if (t.is(k, "last") && t.is(k + 1, "year") && !datesAnotherEventBefore(t, k) && !comparedWith(t, k)
                    && !fieldworkLastYear(t, k, pub)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rated inadequate following the inspection in December last year": the month last year at {@code k} dates the
     * inspection's fieldwork, which its report follows within months, not the grade.
     */
    static boolean fieldworkLastYear(Tokens t, int k, LocalDate pub) {
        Integer month = k > 0 ? DateFinder.MONTHS.get(t.lower[k - 1]) : null;
        if (month == null) {
            return false;
        }
        boolean inspection = fieldworkBefore(t, k - 1, FIELDWORK_REACH);
        // undated, the story is at the earliest in the January after that month
        return inspection && (pub == null ? 13 - month <= FIELDWORK_MONTHS
                : ChronoUnit.MONTHS.between(LocalDate.of(pub.getYear() - 1, month, 15), pub) <= FIELDWORK_MONTHS);
    }

    /** A word of an inspection's fieldwork in the {@code reach} tokens before k. */
    private static boolean fieldworkBefore(Tokens t, int k, int reach) {
        for (int q = Math.max(0, k - reach); q < k; q++) {
            if (t.isAny(q, FIELDWORK_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** "compared with none last year", "fewer than last year", "a decrease from last year": the time of a comparison. */
    private static boolean comparedWith(Tokens t, int k) {
        for (int q = k - 1; q >= Math.max(0, k - 3); q--) {
            if (t.is(q, "than") || t.is(q, "compared") || t.is(q, "from") || t.is(q, "against")) {
                return true;
            }
        }
        return false;
    }

    /** "since its formation last year", "the trust set up last year": the time words at k date another event. */
    static boolean datesAnotherEventBefore(Tokens t, int k) {
        for (int q = k - 1; q >= Math.max(0, k - 3); q--) {
            if (t.is(q, "since") || t.word[q] && Lexicon.DATING_VERBS.contains(t.lower[q])) {
                return true;
            }
        }
        return false;
    }
}
