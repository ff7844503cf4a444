package watch.safeguarding.parser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import watch.safeguarding.parser.decide.Features;

/** The time of a grade: new or previous, and its year, from the cues around it. */
final class StatusCues {

    private StatusCues() {
    }

    /** How many tokens around a grade the cue windows look at. */
    static final int WINDOW = 16;

    static final Set<String> SEASONS = Set.of("summer", "spring", "autumn", "winter");

    static Status status(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Grade> grades, int gi,
                          List<CouncilMatcher.Mention> mentions, Features f) {
        int prev = 0;
        int neu = 0;
        boolean standing = false;
        boolean pastPerfect = false;
        Integer year = null;
        int yearDist = Integer.MAX_VALUE;
        int from = g.from();
        int lo = Math.max(windowStart, from - WINDOW);
        // "from 'inadequate' to 'good'": the grade after "from" is previous, after "to" new
        for (int k = from - 1; k >= Math.max(windowStart, from - 3); k--) {
            if (t.is(k, "from")) {
                prev += f.cue("p_from_before", 3);
            }
            // "to" of a destination, not the infinitive of "judged to require improvement" or "to be"
            if (t.is(k, "to") && !t.is(k + 1, "be") && !t.is(from, "require")) {
                neu += f.cue("n_to_before", 2);
            }
        }
        // "the council's 'inadequate' children's services", "'inadequate'-rated department": an attribute of the
        // services or council, a grade already given that the sentence builds on
        if (attributive(t, g, windowStart)) {
            prev += f.cue("p_attributive", 2);
        }
        // with an earlier grade in the sentence, a year before the clause boundary is that grade's:
        // "rated inadequate in 2019, has been upgraded to good"
        boolean ownClause = true;
        boolean commaSeen = false;
        int yearAt = -1;
        for (int k = from - 1; k >= lo; k--) {
            if (gi > 0 && clauseBoundary(t, k)) {
                ownClause = false;
            }
            if (Tokens.isPunct(t, k, ',')) {
                commaSeen = true;
            }
            // "In X, where the death of a child in 2007 prompted ..., services were judged": the year is the
            // relative clause's
            if (yearAt > k && commaSeen && (t.is(k, "where") || t.is(k, "which") || t.is(k, "who"))) {
                year = null;
                yearDist = Integer.MAX_VALUE;
                yearAt = -1;
            }
            if (!t.word[k]) {
                continue;
            }
            String w = t.lower[k];
            if (Lexicon.PREVIOUS.contains(w) && !(w.equals("once") && (t.is(k + 1, "again") || t.is(k + 1, "more")))) {
                prev += f.cue("prevword_" + w, 2);
            } else if (w.equals("last") && (t.isAny(k + 1, Lexicon.LAST_NOUNS) || t.is(k + 1, "year")
                    || DateFinder.MONTHS.containsKey(t.lower[Math.min(k + 1, t.size - 1)]))) {
                prev += f.cue("p_last_noun_before", 2);
            } else if (w.equals("no") && t.is(k + 1, "longer")) {
                prev += f.cue("p_no_longer", 3);
            } else if (w.equals("after") && from - k <= 4 && onlyDeterminers(t, k + 1, from)) {
                prev += f.cue("p_after_grade", 2); // "lifts the direction after 'good' Ofsted": the grade came first
            } else if (w.equals("currently") && from - k <= 4) {
                prev += f.cue("p_currently", 3); // "are currently rated good": a standing grade given for context
                standing = true;
            } else if (Lexicon.LEAVING_VERBS.contains(w) && from - k <= 4) {
                prev += f.cue("p_left_behind", 3); // "will shed the 'inadequate' rating": the grade it holds
                standing = true;
            } else if ((w.equals("years") || w.equals("year")) && t.is(k + 1, "of") && from - k <= 4) {
                prev += f.cue("p_years_of", 3); // "after two consecutive years of 'poor' ratings": a history
            } else if (w.equals("back") && t.is(k + 1, "in")) {
                prev += f.cue("p_back_in", 2);
            } else if (w.equals("used") && t.is(k + 1, "to")) {
                prev += f.cue("p_used_to", 2);
            } else if (w.equals("out") && t.is(k + 1, "of") && from - k <= 4) {
                prev += f.cue("p_out_of", 4); // "out of 'inadequate'", not "out of special measures after ... rated good"
            } else if (w.equals("after") && (t.is(k + 1, "being") || t.is(k + 1, "its") && t.is(k + 2, "previous"))) {
                prev += f.cue("p_after_being", 2);
            } else if (w.equals("first") && k + 1 < from) {
                prev += f.cue("p_first_before", 1);
            } else if (w.equals("when") && t.isYear(k + 2)) {
                prev += f.cue("p_when_year", 1);
            } else if (Lexicon.NEW_CUES.contains(w)) {
                neu += f.cue("newcue_" + w, w.equals("this") ? (t.is(k + 1, "week") || t.is(k + 1, "month") || t.is(k + 1, "morning") ? 2 : 0) : 2);
            } else if ((w.equals("has") || w.equals("have")) && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
                neu += f.cue("n_has_been", 1);
            } else if (w.equals("had") && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
                pastPerfect = true;
                f.add("past_perfect");
            }
            // "delivered since 2018 by a trust, have been judged good": a year after "since" dates something else
            if (ownClause && t.isYear(k) && from - k < yearDist && !t.is(k - 1, "since") && !inRelativeClause(t, k, from)
                    && !datesAnotherEvent(t, k)) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = from - k;
                yearAt = commaSeen ? k : -1;
            }
            if (olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_before", 3);
            }
        }
        int hi = Math.min(windowEnd, g.to() + WINDOW);
        boolean clauseEnded = false;
        // "judged to require improvement - the first time since the council was abolished in 2021"
        boolean otherTime = false;
        for (int k = g.to(); k < hi; k++) {
            clauseEnded |= clauseBoundary(t, k);
            otherTime |= Tokens.isPunct(t, k, '-') || (t.is(k, "since") || t.is(k, "until") || t.is(k, "before")) && !t.isYear(k + 1)
                    // ", which was introduced last November": a relative clause has its own time
                    || Tokens.isPunct(t, k, ',') && (t.is(k + 1, "which") || t.is(k + 1, "who") || t.is(k + 1, "where"))
                    // "a drop from last year"
                    || t.is(k, "from") && (t.is(k + 1, "last") || t.is(k + 1, "the"));
            if (!t.word[k]) {
                if (Tokens.isPunct(t, k, ';')) {
                    break;
                }
                continue;
            }
            String w = t.lower[k];
            if (clauseEnded && windowEnd < t.size && windowEnd - k <= 5) {
                break; // past this grade's clause, cues right before the next grade belong to it
            }
            // "a drop of one grade since its last full inspection" compares with the last inspection, it is not it
            if (w.equals("ago") || !otherTime && (w.equals("previously") || w.equals("previous") && t.isAny(k + 1, Lexicon.LAST_NOUNS)
                    || w.equals("last") && t.isAny(k + 1, Lexicon.LAST_NOUNS))) {
                prev += f.cue("p_ago_previously_after", 2);
            }
            if (w.equals("last") && t.is(k + 1, "month") && k - g.to() <= 6 && doc.published != null && !otherTime) {
                prev += f.cue("p_last_month_after", 3); // "rated inadequate by Ofsted last month": the news a follow-up story builds on
                year = doc.published.minusMonths(1).getYear();
                yearDist = k - g.to() + 1;
            }
            if (w.equals("last") && t.isAny(k + 1, SEASONS) && !otherTime) {
                prev += f.cue("p_last_season_after", 3); // "rated good last summer"
            }
            if (w.equals("in") && t.is(k + 1, "the") && t.isAny(k + 2, SEASONS) && !otherTime) {
                prev += f.cue("p_in_season_after", 2); // "judged inadequate in an inspection in the summer"
            }
            if (w.equals("last") && t.is(k + 1, "year") && !otherTime) {
                prev += f.cue("p_last_year_after", 2);
                if (doc.published != null && k - g.to() + 1 < yearDist) {
                    year = doc.published.getYear() - 1;
                    yearDist = k - g.to() + 1;
                }
            }
            if (w.equals("today") || w.equals("this") && t.is(k + 1, "week")) {
                neu += f.cue("n_today_after", 2);
            }
            if (t.isYear(k) && k - g.to() + 1 < yearDist && !otherTime) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = k - g.to() + 1;
            }
            // "rated inadequate at one point": some time in the past
            if (w.equals("at") && t.is(k + 1, "one") && (t.is(k + 2, "point") || t.is(k + 2, "stage") || t.is(k + 2, "time"))) {
                prev += f.cue("p_at_one_point", 3);
            }
            // "remains inadequate until a full re-inspection": a standing grade, not a new one
            if (w.equals("until") && k - g.to() <= 3) {
                prev += f.cue("p_until_after", 3);
            }
            if (olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_after", 3);
            }
        }
        // "X Council, which is rated outstanding, has offered support": a council's standing grade given in passing;
        // "X, which was rated inadequate in February, had ...": its last grade, told to introduce it
        for (int k = Math.max(windowStart, from - 4); k < from; k++) {
            if ((t.is(k, "which") || t.is(k, "who")) && Tokens.isPunct(t, k - 1, ',') && mentionEndsAt(mentions, k - 1)
                    && (t.isAny(k + 2, Lexicon.RATE) || t.is(k + 2, "currently") || t.is(k + 2, "still"))) {
                if (t.is(k + 1, "is") || t.is(k + 1, "are")) {
                    prev += f.cue("p_which_is_rated", 3);
                } else if (t.is(k + 1, "was") || t.is(k + 1, "were")) {
                    prev += f.cue("p_which_was_rated", 2);
                }
            }
        }
        // "three years after being rated good", "rated good two years ago", "six months after a report condemned"
        if (year == null) {
            for (int k = Math.max(windowStart, from - 14); k < Math.min(hi, g.to() + 4); k++) {
                int n = Lexicon.number(t.lower[k]);
                boolean before = k < from;
                boolean years = t.is(k + 1, "years");
                boolean span = years || t.is(k + 1, "months") || t.is(k + 1, "weeks");
                if (n > 0 && n <= 20 && span && (t.is(k + 2, "ago") || t.is(k + 2, "earlier")
                        || before && (t.is(k + 2, "after") || t.is(k + 2, "since")))) {
                    if (years) {
                        year = doc.pubYear == null ? null : doc.pubYear - n;
                    } else if (doc.published != null) {
                        year = doc.published.minus(n, t.is(k + 1, "months") ? ChronoUnit.MONTHS : ChronoUnit.WEEKS).getYear();
                    }
                    prev += f.cue(years ? "p_years_ago" : "p_months_ago", 2);
                    break;
                }
            }
        }
        // "Ofsted's inspection of X in 2022, when the borough's services, run by a trust, were rated good"
        if (year == null) {
            for (int k = from - 1; k > Math.max(windowStart, 1); k--) {
                if (t.is(k, "when") && Tokens.isPunct(t, k - 1, ',') && t.isYear(k - 2)) {
                    year = Integer.parseInt(t.lower[k - 2]);
                    break;
                }
                if (Tokens.isPunct(t, k, ';')) {
                    break;
                }
            }
        }
        // "Before the merger, X's children's services were rated ...": the sentence is set earlier
        if (t.is(0, "before") && from > 2) {
            prev += f.cue("p_before_opening", 3);
        }
        // "In its last review, ... scored the lowest grade and was judged inadequate": an opening time covers every
        // grade of the sentence, not only the first
        if (gi > 0 && openingLast(t) && from > windowStart) {
            prev += f.cue("p_last_opening", 2);
        }
        // a sentence that opens with its time: "In December 2010, ...", "In 2012 an inspection ... judged ..."
        if (year == null) {
            Integer opening = openingYear(t);
            if (opening != null && opening < from) {
                year = Integer.parseInt(t.lower[opening]);
            }
        }
        // months without a year, relative to the publication date: "in October", "last June"
        if (year == null && doc.published != null) {
            for (int k = Math.max(windowStart, from - WINDOW); k < hi; k++) {
                if (k < 0 || !t.word[k] || !t.upper[k] || !DateFinder.MONTHS.containsKey(t.lower[k])
                        || t.lower[k].length() < 3 || t.is(k, "may")) {
                    continue;
                }
                if (t.isYear(k + 1) || t.isYear(k + 2) || t.is(k - 1, "since")) {
                    continue;
                }
                int month = DateFinder.MONTHS.get(t.lower[k]);
                LocalDate pub = doc.published;
                int y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                LocalDate mid = LocalDate.of(y, month, 15);
                boolean last = t.is(k - 1, "last");
                if (last && y == pub.getYear() && month == pub.getMonthValue()) {
                    y--;
                    mid = LocalDate.of(y, month, 15);
                }
                // an inspection's fieldwork ("carried out in April and May") comes weeks before its report
                boolean fieldwork = false;
                for (int q = Math.max(0, k - 5); q < k; q++) {
                    fieldwork |= t.is(q, "carried") || t.is(q, "took") || t.is(q, "inspected") || t.is(q, "inspection")
                            || t.is(q, "visit") || t.is(q, "visited") || t.is(q, "fieldwork");
                }
                fieldwork &= !(t.is(k - 1, "in") && (t.is(k - 2, "published") || t.is(k - 2, "released")));
                if (last || ChronoUnit.DAYS.between(mid, pub) > (fieldwork ? 150 : 62)) {
                    prev += f.cue("p_month_past", 2);
                    year = y;
                }
                break;
            }
        }
        if (year == null && doc.published != null) {
            for (int k = lo; k < hi; k++) {
                if (t.is(k, "last") && t.is(k + 1, "year")) {
                    year = doc.published.getYear() - 1;
                }
            }
        }
        // "that inspection" refers back to the previous sentence's (dated, earlier) inspection
        if (year == null) {
            for (int k = 0; k < t.size; k++) {
                if ((t.is(k, "that") || t.is(k, "this")) && t.is(k + 1, "inspection") && doc.prevSentenceYear > 0) {
                    year = doc.prevSentenceYear;
                    break;
                }
            }
        }
        if (year != null && doc.refYear > 0 && year < doc.refYear) {
            // a year before the publication's own is decisive; before the latest year the text names, nearly so
            prev += doc.pubYear != null && year < doc.pubYear ? f.cue("p_year_before_publication", 4) : f.cue("p_year_before_latest", 3);
            if (pastPerfect) {
                prev += f.cue("p_past_perfect_year", 1); // "had improved to good by 2023", told in 2025
            }
        }
        boolean previous = prev > neu;
        f.add(previous, "rule_previous");
        f.add(standing, "standing");
        f.set("rule_balance", Math.max(-6, Math.min(6, neu - prev)) / 6.0);
        if (year == null) {
            f.add("year_none");
        } else if (doc.pubYear == null) {
            f.add("year_stated_undated_text");
        } else {
            int age = doc.pubYear - year;
            f.add(age < 0 ? "year_after_publication" : age == 0 ? "year_of_publication" : age == 1 ? "year_before_publication"
                    : "year_long_before_publication");
        }
        return new Status(previous, year, neu - prev, standing);
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

    /** "after its 'good'", "after Ofsted's 'requires improvement'": only determiners, possessives and quotes. */
    private static boolean onlyDeterminers(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(t.isQuote(k) || t.is(k, "a") || t.is(k, "an") || t.is(k, "the") || t.is(k, "its") || t.is(k, "their")
                    || t.is(k, "ofsted") || t.is(k, "'s"))) {
                return false;
            }
        }
        return true;
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

    /** "last inspection", "previous review": an earlier inspection named at token k. */
    private static boolean namesEarlierInspection(Tokens t, int k) {
        return (t.is(k, "last") || t.is(k, "previous")) && t.isAny(k + 1, Lexicon.LAST_NOUNS);
    }

    /** The token index of the year in a sentence-opening "In [Month] YEAR", "By YEAR", "YEAR:" or "Back in YEAR". */
    static Integer openingYear(Tokens t) {
        int k = 0;
        if (t.isYear(0)) {
            return 0;
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

    /**
     * Whether the token at pos sits in a relative clause closed by a comma before the grade: "In X, where the
     * death of a child in 2007 changed child protection, services were judged ...".
     */
    static boolean inRelativeClause(Tokens t, int pos, int gradeFrom) {
        boolean opened = false;
        for (int k = pos - 1; k >= 0; k--) {
            if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';')) {
                break;
            }
            if (t.is(k, "where") || t.is(k, "which") || t.is(k, "who") || t.is(k, "whose")) {
                opened = true;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int k = pos + 1; k < gradeFrom; k++) {
            if (Tokens.isPunct(t, k, ',')) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionEndsAt(List<CouncilMatcher.Mention> mentions, int end) {
        for (CouncilMatcher.Mention m : mentions) {
            if (m.to() == end) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or conjunction that ends one grade's clause. */
    static boolean clauseBoundary(Tokens t, int k) {
        return Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';') || t.is(k, "and") || t.is(k, "but") || t.is(k, "while")
                || t.is(k, "whilst") || t.is(k, "then") || t.is(k, "before") || t.is(k, "after");
    }

    static int firstYear(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isYear(k)) {
                return Integer.parseInt(t.lower[k]);
            }
        }
        return -1;
    }

    static boolean containsPreviousInspection(Tokens t) {
        for (int k = 0; k + 1 < t.size; k++) {
            if (namesEarlierInspection(t, k)) {
                return true;
            }
        }
        return false;
    }
}
