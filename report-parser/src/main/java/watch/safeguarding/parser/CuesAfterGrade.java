package watch.safeguarding.parser;

import watch.safeguarding.parser.decide.Features;

/**
 * The words after a grade, to the end of its clause: the cues of its time they give ("last month", "back in
 * November", "today", a year), each recorded as a feature, and the nearest year of the grade's own time, past the
 * words that start another time ("than in 2015", "compared with none last year", ", which was introduced in 2018").
 */
final class CuesAfterGrade {

    int prev;
    int neu;
    Integer year;
    /** How far from the grade the year found so far is: a nearer one replaces it. */
    int yearDist;

    private CuesAfterGrade(Integer year, int yearDist) {
        this.year = year;
        this.yearDist = yearDist;
    }

    /** From the grade's end to {@code hi}, the next grade at {@code windowEnd}; a year found before and its distance. */
    static CuesAfterGrade read(DocumentState doc, Tokens t, Grade g, int hi, int windowEnd, Features f, Integer year,
                               int yearDist) {
        CuesAfterGrade c = new CuesAfterGrade(year, yearDist);
        c.scan(doc, t, g, hi, windowEnd, f);
        return c;
    }

    private void scan(DocumentState doc, Tokens t, Grade g, int hi, int windowEnd, Features f) {
        boolean clauseEnded = false;
        // "judged to require improvement - the first time since the council was abolished in 2021"
        boolean otherTime = false;
        for (int k = g.to(); k < hi; k++) {
            clauseEnded |= ClauseStructure.clauseBoundary(t, k);
            otherTime |= Tokens.isPunct(t, k, '-') || (t.is(k, "since") || t.is(k, "until") || t.is(k, "before")) && !t.isYear(k + 1)
                    // "is now more stable than in 2015": a comparison's time
                    || t.is(k, "than")
                    // "inadequate overall, compared with none last year": the time of what it is compared with
                    || t.is(k, "compared") && t.is(k + 1, "with")
                    // ", which was introduced last November": a relative clause has its own time; so has ", after
                    // failing to improve on its poor 2014 rating"
                    || Tokens.isPunct(t, k, ',') && (t.is(k + 1, "which") || t.is(k + 1, "who") || t.is(k + 1, "where")
                    || t.is(k + 1, "after") || t.is(k + 1, "despite"))
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
            if (w.equals("last") && t.isAny(k + 1, YearCues.SEASONS) && !otherTime) {
                prev += f.cue("p_last_season_after", 3); // "rated good last summer"
            }
            if (w.equals("in") && t.is(k + 1, "the") && t.isAny(k + 2, YearCues.SEASONS) && !otherTime) {
                prev += f.cue("p_in_season_after", 2); // "judged inadequate in an inspection in the summer"
            }
            if (w.equals("last") && t.is(k + 1, "year") && !otherTime && !YearCues.fieldworkLastYear(t, k, doc.published)) {
                prev += f.cue("p_last_year_after", 2);
                if (doc.published != null && k - g.to() + 1 < yearDist) {
                    year = doc.published.getYear() - 1;
                    yearDist = k - g.to() + 1;
                }
            }
            // "rated inadequate earlier this month": before the story, like "last month"
            if (w.equals("earlier") && t.is(k + 1, "this") && t.isAny(k + 2, YearCues.PERIODS) && k - g.to() <= 6 && !otherTime) {
                prev += f.cue("p_earlier_this_after", 2);
            }
            if (w.equals("back") && t.is(k + 1, "in") && k - g.to() <= 6 && !otherTime) {
                prev += f.cue("p_back_in_after", 2); // "rated 'inadequate' back in November": well before the story
            }
            if (w.equals("today") || w.equals("this") && t.is(k + 1, "week")) {
                neu += f.cue("n_today_after", 2);
            }
            if (t.isYear(k) && k - g.to() + 1 < yearDist && !otherTime) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = k - g.to() + 1;
            }
            // "rated inadequate by Ofsted for more than a decade": a standing grade
            if (w.equals("for") && k - g.to() <= 4 && EarlierInspectionCues.forDuration(t, k)) {
                prev += f.cue("p_duration_after", 3);
            }
            // "rated inadequate at one point": some time in the past
            if (w.equals("at") && t.is(k + 1, "one") && (t.is(k + 2, "point") || t.is(k + 2, "stage") || t.is(k + 2, "time"))) {
                prev += f.cue("p_at_one_point", 3);
            }
            // "remains inadequate until a full re-inspection": a standing grade, not a new one
            if (w.equals("until") && k - g.to() <= 3) {
                prev += f.cue("p_until_after", 3);
            }
            if (EarlierInspectionCues.olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_after", 3);
            }
        }
    }
}
