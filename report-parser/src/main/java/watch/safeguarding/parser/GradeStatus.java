package watch.safeguarding.parser;

import java.time.temporal.ChronoUnit;
import java.util.List;
import watch.safeguarding.parser.decide.Features;

/**
 * The time of a grade: new or previous, and its year, from the cues around it. Each cue adds to the score of one
 * side and is recorded as a feature for the learned decision.
 */
final class GradeStatus {

    /** How many tokens around a grade the cue windows look at. */
    private static final int WINDOW = 16;

    private final DocumentState doc;
    private final Tokens t;
    private final Grade g;
    private final int windowStart;
    private final int windowEnd;
    private final int gi;
    private final List<CouncilMatcher.Mention> mentions;
    private final Features f;
    private final int from;
    /** The cue window before the grade starts at lo, the one after it ends before hi. */
    private final int lo;
    private final int hi;

    private int prev;
    private int neu;
    private boolean standing;
    private boolean pastPerfect;
    private Integer year;
    /** How far from the grade the year found so far is: a nearer one replaces it. */
    private int yearDist = Integer.MAX_VALUE;

    private GradeStatus(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, int gi,
                        List<CouncilMatcher.Mention> mentions, Features f) {
        this.doc = doc;
        this.t = t;
        this.g = g;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.gi = gi;
        this.mentions = mentions;
        this.f = f;
        this.from = g.from();
        this.lo = Math.max(windowStart, from - WINDOW);
        this.hi = Math.min(windowEnd, g.to() + WINDOW);
    }

    /** {@code gi}: the grade's index among the sentence's grades. */
    static Status status(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, int gi,
                         List<CouncilMatcher.Mention> mentions, Features f) {
        return new GradeStatus(doc, t, g, windowStart, windowEnd, gi, mentions, f).decide();
    }

    private Status decide() {
        fromToCues();
        // "the council's 'inadequate' children's services", "'inadequate'-rated department": an attribute of the
        // services or council, a grade already given that the sentence builds on
        if ((EarlierInspectionCues.attributive(t, g, windowStart) || EarlierInspectionCues.describesCouncilsAfter(t, g, mentions))
                && !EarlierInspectionCues.verdictOn(t, g, windowStart)) {
            prev += f.cue("p_attributive", 2);
            // "progress made to improve 'inadequate' X children's services": the state the work started from
            int before = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
            if (t.isAny(before, Lexicon.IMPROVING_VERBS)) {
                prev += f.cue("p_improving_attributive", 3);
            }
        }
        cuesBefore();
        cuesAfter();
        relativeIntroductionCues();
        subordinateClauseCues();
        prev += f.cue("p_follow_up_then_grade", EarlierInspectionCues.followUpThenGrade(t, g, windowStart) ? 3 : 0);
        if (year == null) {
            spanAgoCues();
        }
        if (year == null) {
            year = YearCues.whenClauseYear(t, from, windowStart);
        }
        // "Before the merger, X's children's services were rated ...": the sentence is set earlier
        if (t.is(0, "before") && from > 2) {
            prev += f.cue("p_before_opening", 3);
        }
        // "In its last review, ... scored the lowest grade and was judged inadequate": an opening time covers every
        // grade of the sentence, not only the first, and reaches a first grade however long the opening
        if ((gi > 0 || lo > 2) && EarlierInspectionCues.openingLast(t) && from > windowStart) {
            prev += f.cue("p_last_opening", 2);
        }
        // a sentence that opens with its time: "In December 2010, ...", "In 2012 an inspection ... judged ..."
        if (year == null) {
            Integer opening = YearCues.openingYear(t);
            if (opening != null && opening < from) {
                year = Integer.parseInt(t.lower[opening]);
            }
        }
        if (year == null && doc.published != null) {
            Integer monthYear = YearCues.pastMonthYear(t, doc.published, lo, hi);
            if (monthYear != null) {
                prev += f.cue("p_month_past", 2);
                year = monthYear;
            }
        }
        if (year == null && doc.published != null && YearCues.saysLastYear(t, lo, hi, doc.published)) {
            year = doc.published.getYear() - 1;
        }
        // "that inspection" refers back to the previous sentence's (dated, earlier) inspection
        if (year == null && doc.prevSentenceYear > 0 && EarlierInspectionCues.refersToThatInspection(t)) {
            year = doc.prevSentenceYear;
        }
        yearBeforeReferenceCues();
        return verdict();
    }

    /** "from 'inadequate' to 'good'": the grade after "from" is previous, after "to" new. */
    private void fromToCues() {
        for (int k = from - 1; k >= Math.max(windowStart, from - 3); k--) {
            if (t.is(k, "from")) {
                prev += f.cue("p_from_before", 3);
            }
            // "to" of a destination, not the infinitive of "judged to require improvement" or "to be"
            if (t.is(k, "to") && !t.is(k + 1, "be") && !t.is(from, "require")) {
                neu += f.cue("n_to_before", 2);
            }
        }
    }

    /** How far before its grade "since" opens the clause that gives it: "since the department was rated". */
    private static final int SINCE_REACH = 8;

    /** How far a grade may follow a "since" that ends a stretch of time ("two years since ..."). */
    private static final int SINCE_DURATION_REACH = 16;

    /** The words before the grade, nearest first, and the nearest year of its own clause. */
    private void cuesBefore() {
        if (afterBeingRated()) {
            prev += f.cue("p_after_being", 2);
        }
        // a year before a clause boundary or a dash after an earlier grade is that grade's ("rated inadequate in 2019,
        // has been upgraded to good"), as is one before a change's "to" ("from 'inadequate' in 2015 to 'good'") or
        // before "now" ("deteriorated since the last inspection in 2015, and services are now inadequate")
        boolean ownClause = gi == 0 || !EarlierInspectionCues.changeDestination(t, from, windowStart);
        boolean commaSeen = false;
        int yearAt = -1;
        for (int k = from - 1; k >= lo; k--) {
            if (gi > 0 && (ClauseStructure.clauseBoundary(t, k) || Tokens.isPunct(t, k, '-')) || t.is(k, "now")) {
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
            wordCueBefore(k, t.lower[k]);
            // "delivered since 2018 by a trust, have been judged good": a year after "since" dates something else
            if (ownClause && t.isYear(k) && from - k < yearDist && !t.is(k - 1, "since")
                    && !ClauseStructure.inRelativeClause(t, k, from) && !YearCues.datesAnotherEvent(t, k)) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = from - k;
                yearAt = commaSeen ? k : -1;
            }
            if (EarlierInspectionCues.olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_before", 3);
            }
        }
    }

    /** The most tokens back from "being" to the "after" of its clause. */
    private static final int GERUND_REACH = 25;

    /**
     * "after being rated inadequate", "After a damning report and a county's children's services being rated
     * 'inadequate', a trust was set up": the grade came before what the clause leads to (a subject between "after"
     * and "being"; "after being" itself is a word cue).
     */
    private boolean afterBeingRated() {
        int k = t.isQuote(from - 1) ? from - 2 : from - 1;
        if (t.is(k, "as")) {
            k--;
        }
        if (t.isAny(k, Lexicon.RATE)) {
            k--;
        }
        if (!t.is(k, "being")) {
            return false;
        }
        for (int q = k - 1; q >= Math.max(0, k - GERUND_REACH); q--) {
            if (Tokens.isPunct(t, q, ',') || Tokens.isPunct(t, q, ';')) {
                return false;
            }
            if (t.is(q, "after") || t.is(q, "following")) {
                return q < k - 1;
            }
        }
        return false;
    }

    /** The first of the previous or new cues the word {@code w} at k, before the grade, gives. */
    private void wordCueBefore(int k, String w) {
        if (Lexicon.PREVIOUS.contains(w) && !(w.equals("once") && (t.is(k + 1, "again") || t.is(k + 1, "more")))) {
            prev += f.cue("prevword_" + w, 2);
        } else if (w.equals("last") && !YearCues.datesAnotherEventBefore(t, k) && (t.isAny(k + 1, Lexicon.LAST_NOUNS) || t.is(k + 1, "year")
                || DateFinder.MONTHS.containsKey(t.lower[Math.min(k + 1, t.size - 1)]))) {
            prev += f.cue("p_last_noun_before", 2);
        } else if (w.equals("no") && t.is(k + 1, "longer")) {
            prev += f.cue("p_no_longer", 3);
        } else if ((w.equals("after") || w.equals("of") && t.is(k - 1, "wake") && t.is(k - 3, "in")) && from - k <= 4
                && ClauseStructure.onlyDeterminers(t, k + 1, from)) {
            // "lifts the direction after 'good' Ofsted", "in the wake of an 'inadequate' judgment": the grade came first
            prev += f.cue("p_after_grade", 2);
        } else if (w.equals("currently") && (from - k <= 4 || from - k <= 10 && ClauseStructure.rateVerbBetween(t, k + 1, from)
                && !ClauseStructure.boundaryBetween(t, k + 1, from))) {
            // "are currently rated good", "currently delivering services rated 'inadequate'": a standing grade
            prev += f.cue("p_currently", 3);
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
        } else if (w.equals("first") && k + 1 < from && !t.is(k + 1, "inspection") && !t.is(k + 2, "inspection")) {
            // "were first rated inadequate in 2015", but not "in the trust's first inspection since ...": that one is
            // the report's
            prev += f.cue("p_first_before", 1);
        } else if ((w.equals("following") || w.equals("after")) && EarlierInspectionCues.judgementThatAfter(t, k, from)) {
            // "DfE issued the notice following Ofsted's judgement that the services were inadequate": the cause
            prev += f.cue("p_following_judgement", 2);
        } else if (w.equals("since") && (from - k <= SINCE_REACH || from - k <= SINCE_DURATION_REACH && t.isAny(k - 1, Lexicon.DURATION_UNITS)
                && !ClauseStructure.punctuationBetween(t, k + 1, from)) && !t.isYear(k + 1)) {
            // "two years since the council's services to children and young people were condemned as inadequate"
            // "the fourth monitoring visit since the department got the lowest rating": the start of a stretch
            prev += f.cue("p_since_before", 2);
        } else if (w.equals("when") && t.isYear(k + 2)) {
            prev += f.cue("p_when_year", 1);
        } else if (Lexicon.NEW_CUES.contains(w)) {
            // "this week", not "this area"; "a new report", "the new rating", not "a new head of children's services"
            neu += f.cue("newcue_" + w, w.equals("this") ? (t.is(k + 1, "week") || t.is(k + 1, "month") || t.is(k + 1, "morning") ? 2 : 0)
                    : w.equals("new") ? (newOfReport(k) ? 2 : 0) : 2);
        } else if ((w.equals("has") || w.equals("have")) && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
            neu += f.cue("n_has_been", 1);
        } else if (w.equals("had") && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
            pastPerfect = true;
            f.add("past_perfect");
        }
    }

    /** "a new report", "a new Ofsted inspection", "the new 'good' rating": "new" at k qualifies a report or a grade. */
    private boolean newOfReport(int k) {
        for (int q = k + 1; q <= Math.min(k + 3, from); q++) {
            if (q == from || t.isAny(q, GradeFinder.RATING_NOUNS) || t.is(q, "report") || t.is(q, "inspection")
                    || t.is(q, "verdict") || t.is(q, "assessment") || t.is(q, "findings")) {
                return true;
            }
        }
        return false;
    }

    /** The words after the grade, to the end of its clause, and the nearest year of the same time. */
    private void cuesAfter() {
        CuesAfterGrade after = CuesAfterGrade.read(doc, t, g, hi, windowEnd, f, year, yearDist);
        prev += after.prev;
        neu += after.neu;
        year = after.year;
        yearDist = after.yearDist;
    }

    /**
     * "X Council, which is rated outstanding, has offered support": a council's standing grade given in passing;
     * "X, which was rated inadequate in February, had ...": its last grade, told to introduce it.
     */
    private void relativeIntroductionCues() {
        for (int k = Math.max(windowStart, from - 4); k < from; k++) {
            if ((t.is(k, "which") || t.is(k, "who")) && Tokens.isPunct(t, k - 1, ',')
                    && (mentionEndsAt(mentions, k - 1) || t.isAny(k - 2, Lexicon.SUBJECT_NOUNS) && mainClauseResumes())
                    && (t.isAny(k + 2, Lexicon.RATE) || t.is(k + 2, "currently") || t.is(k + 2, "still"))) {
                if (t.is(k + 1, "is") || t.is(k + 1, "are")) {
                    prev += f.cue("p_which_is_rated", 3);
                } else if (t.is(k + 1, "was") || t.is(k + 1, "were")) {
                    prev += f.cue("p_which_was_rated", 2);
                }
            }
        }
    }

    /**
     * "The service, rated inadequate by Ofsted, has recruited": a grade in a participle set off by commas describes
     * its subject in passing; "set up after Ofsted rated the services inadequate": a grade in a clause of "after" or
     * "since" came before the news.
     */
    private void subordinateClauseCues() {
        int verb = t.is(from - 1, "as") ? from - 2 : from - 1;
        if (t.isAny(verb, Lexicon.RATE) && Tokens.isPunct(t, verb - 1, ',')
                && (mentionEndsAt(mentions, verb - 1) || t.isAny(verb - 2, Lexicon.SUBJECT_NOUNS)) && mainClauseResumes()) {
            prev += f.cue("p_participle_in_commas", 3);
        }
        for (int k = from - 1; k >= lo; k--) {
            if (ClauseStructure.clauseBoundary(t, k) && !t.is(k, "after")) {
                return;
            }
            // "have moved out of special measures after Ofsted rated them good": the news and its cause
            if ((t.is(k, "after") || t.is(k, "since")) && !t.is(k + 1, "being") && ClauseStructure.rateVerbBetween(t, k + 2, from)
                    && !presentPerfectBefore(k)) {
                prev += f.cue("p_after_clause", 2);
                return;
            }
        }
    }

    /** A comma within a few tokens after the grade, then a verb of the main clause. */
    private boolean mainClauseResumes() {
        for (int k = g.to(); k < Math.min(t.size - 1, g.to() + 6); k++) {
            if (Tokens.isPunct(t, k, ',')) {
                return t.isAny(k + 1, Lexicon.MAIN_CLAUSE_VERBS);
            }
        }
        return false;
    }

    private boolean presentPerfectBefore(int k) {
        for (int i = windowStart; i < k; i++) {
            if ((t.is(i, "has") || t.is(i, "have")) && i + 1 < k && t.word[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** "three years after being rated good", "rated good two years ago", "six months after a report condemned". */
    private void spanAgoCues() {
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

    private void yearBeforeReferenceCues() {
        if (year != null && doc.refYear > 0 && year < doc.refYear) {
            // a year before the publication's own is decisive; before the latest year the text names, nearly so
            prev += doc.pubYear != null && year < doc.pubYear ? f.cue("p_year_before_publication", 4) : f.cue("p_year_before_latest", 3);
            if (pastPerfect) {
                prev += f.cue("p_past_perfect_year", 1); // "had improved to good by 2023", told in 2025
            }
        }
    }

    private Status verdict() {
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

    private static boolean mentionEndsAt(List<CouncilMatcher.Mention> mentions, int end) {
        for (CouncilMatcher.Mention m : mentions) {
            if (m.to() == end) {
                return true;
            }
        }
        return false;
    }
}
