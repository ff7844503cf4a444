package watch.safeguarding.parser;

import static watch.safeguarding.parser.AreaLists.LIST_START;
import static watch.safeguarding.parser.AreaLists.listContinuation;
import static watch.safeguarding.parser.AreaLists.smallGap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The judgement areas a grade is given for: the area mentions its sentence ties to it, or those it refers back to. */
final class GradeAreas {

    /**
     * How far after "was given to", or after an inverted "rated as good", the object's area may start ("to the local
     * authority's work with children in care", "the council's children's services leadership").
     */
    private static final int OBJECT_REACH = 10;

    /** How far after the grade a colon may introduce the areas it is given in ("applies across all of these areas:"). */
    private static final int COLON_REACH = 20;

    /** Words after "for" or "in" that do not begin an unnamed area ("good for the", "inadequate in July"). */
    private static final Set<String> NON_NOUN_AFTER = Set.of("the", "its", "their", "a", "an", "this", "last",
            "each", "both", "all", "every", "most", "many", "some", "his", "her", "our", "these", "those", "july",
            "june", "march", "april", "may", "august", "september", "october", "november", "december", "january",
            "february", "two", "three", "four", "five", "six", "order");

    private final DocumentState doc;
    private final Tokens t;
    private final Grade g;
    private final int windowStart;
    private final int windowEnd;
    private final List<Area> areas;
    private final int era;
    /** The token after the grade and what belongs to it: a quote, a noun like "rating", a passive "was given to". */
    private final int after;
    /** "was given to": the passive names what the grade went to. */
    private final boolean passiveTo;
    /** The punctuation that opens a counted list after the grade ("in three key areas -"), else -1. */
    private final int listed;
    /** "rated as good the council's leadership": the object follows its complement. */
    private final boolean inverted;

    private GradeAreas(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Area> areas, int era) {
        this.doc = doc;
        this.t = t;
        this.g = g;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.areas = areas;
        this.era = era;
        int to = g.to();
        int k = to;
        if (t.isQuote(k)) {
            k++;
        }
        // "an 'outstanding' rating in all four areas": the noun belongs to the grade, the area follows it; so does
        // "'Outstanding' sub judgements for our work with children in care"
        if (t.is(k, "sub")) {
            int noun = Tokens.isPunct(t, k + 1, '-') ? k + 2 : k + 1;
            if (t.is(noun, "judgements") || t.is(noun, "judgments") || t.is(noun, "grades")) {
                k = noun;
            }
        }
        if (t.is(k, "rating") || t.is(k, "grade") || t.is(k, "judgement") || t.is(k, "judgment")
                || t.is(k, "ratings") || t.is(k, "grades") || t.is(k, "judgements") || t.is(k, "judgments")) {
            k++;
        }
        // "the areas ruled inadequate are: • child protection • adoption" ("were;" where a page garbled the colon)
        if (t.isAny(k, Lexicon.BE) && (Tokens.isPunct(t, k + 1, ':') || Tokens.isPunct(t, k + 1, ';'))) {
            k++;
        }
        // "a good rating was attributed to the local authority's work with children who need protection", "good
        // ratings were received for the impact of leaders": the passive names what the grade went to
        passiveTo = k > to && t.isAny(k, Lexicon.BE) && (t.is(k + 1, "given") || t.is(k + 1, "attributed")
                || t.is(k + 1, "awarded") || t.is(k + 1, "received")) && (t.is(k + 2, "to") || t.is(k + 2, "for"));
        if (passiveTo) {
            k += 2;
        }
        // "requires improvement in three key areas - help and protection, ...": the count introduces the list
        listed = AreaLists.countThenList(t, k, areas);
        if (listed > 0) {
            k = listed;
        }
        after = k;
        // "rated as good the impact of leaders ...": the object after its complement
        int before = wordBefore(t, g);
        inverted = (t.is(before, "as") || t.isAny(before, Lexicon.RATE)) && t.is(after, "the");
    }

    /** {@code era}: the year the grade is of, if the text states it, else the text's year. */
    static Set<String> areasFor(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Area> areas,
                                int era) {
        doc.areaImplied = false;
        doc.allAreas = false;
        if (g.rating().startsWith("performs")) {
            Set<String> out = new LinkedHashSet<>();
            out.add(Lexicon.ANNUAL);
            return out;
        }
        return new GradeAreas(doc, t, g, windowStart, windowEnd, areas, era).find();
    }

    private Set<String> find() {
        Set<String> referred = referredBack();
        if (referred != null) {
            return referred;
        }
        List<Area> chosen = new ArrayList<>();
        addQualifiedArea(chosen);
        if (areaFollows() && chosen.isEmpty()) {
            Area first = firstAreaAfter();
            if (first == null && unnamedAreaFollows()) {
                return JudgementAreas.implied(doc, g, era);
            }
            if (first != null) {
                chosen.add(first);
                continueList(chosen, first.to(), 3);
            }
        }
        if (chosen.isEmpty()) {
            addNamedAfterColon(chosen);
        }
        if (chosen.isEmpty()) {
            addAreasBefore(chosen);
            // "inadequate overall"
            if (after < t.size && t.is(after, "overall")) {
                chosen.add(new Area(after, after + 1, Lexicon.OVERALL_WEAK));
            }
        }
        if (!chosen.isEmpty()) {
            addColonList(chosen);
        }
        if (!chosen.isEmpty()) {
            addAsWas(chosen);
        }
        if (!chosen.isEmpty()) {
            addAsWellAs(chosen);
        }
        return JudgementAreas.forGrade(doc, t, g, chosen, era);
    }

    /**
     * "in this area", "Each was rated", "rated them", "these areas were rated": the areas named or graded before, or
     * null when the grade refers back to none.
     */
    private Set<String> referredBack() {
        Set<String> out = new LinkedHashSet<>();
        // anaphora: "in this area", "in all these areas"
        for (int q = after; q < Math.min(windowEnd, after + 5); q++) {
            if ((t.is(q, "this") || t.is(q, "these") || t.is(q, "those")) && (t.is(q + 1, "area") || t.is(q + 1, "areas")
                    || t.is(q + 1, "category") || t.is(q + 1, "categories"))) {
                out.addAll(t.is(q + 1, "area") || t.is(q + 1, "category") ? doc.lastAreas : these(doc));
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        // "The inspectors reviewed four key areas: ... Each was rated as outstanding": the areas just named
        if (!doc.namedAreas.isEmpty() && eachSubject(t, windowStart, g.from())) {
            out.addAll(doc.namedAreas);
            return out;
        }
        // "judged safeguarding arrangements adequate, two years after a report rated them inadequate"
        if (t.is(g.from() - 1, "them") && !doc.sentenceAreas.isEmpty()) {
            out.addAll(doc.lastAreas);
            return out;
        }
        for (int q = Math.max(windowStart, g.from() - 6); q < g.from(); q++) {
            if ((t.is(q, "these") || t.is(q, "those")) && t.is(q + 1, "areas")) {
                out.addAll(these(doc));
                if (!out.isEmpty()) {
                    return out;
                }
            }
            // "The support for children looked after and care leavers has improved. However, these services still
            // require improvement": the services the sentences before named without grading them
            if ((t.is(q, "these") || t.is(q, "those")) && t.is(q + 1, "services") && !doc.namedAreas.isEmpty()) {
                out.addAll(doc.namedAreas);
                return out;
            }
        }
        return null;
    }

    /** "X's previously 'inadequate' fostering services": a grade no verb gives qualifies the area after it. */
    private void addQualifiedArea(List<Area> chosen) {
        int qualifiedFrom = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        if (!predicative(t, g, windowStart)) {
            for (Area a : areas) {
                if (a.from() == qualifiedFrom && !a.area().equals(Lexicon.OVERALL_WEAK)) {
                    chosen.add(a);
                }
            }
        }
    }

    /** After the grade: "inadequate for safeguarding children", "requires improvement - the impact of leaders...". */
    private boolean areaFollows() {
        return after < t.size && (t.is(after, "for") || t.is(after, "in") || t.is(after, "at") || t.is(after, "across")
                || t.is(after, "on") || Tokens.isPunct(t, after, '-') || Tokens.isPunct(t, after, ':') || inverted || listed > 0
                || Tokens.isPunct(t, after, ';') && t.isAny(after - 1, Lexicon.BE)
                || passiveTo);
    }

    private Area firstAreaAfter() {
        int reach = (passiveTo || inverted ? OBJECT_REACH : listed > 0 ? LIST_START : 4) + domainOf();

        for (Area a : areas) {
            if (a.from() >= after && a.from() <= after + reach && a.from() < windowEnd) {
                return a;
            }
        }
        return null;
    }

    /** "in the domains of the impact of leaders": the words that name the kind of area before the area itself. */
    private int domainOf() {
        int k = after + 1;
        if (t.is(k, "the")) {
            k++;
        }
        return t.isAny(k, Lexicon.COUNT_NOUNS) && t.is(k + 1, "of") ? k + 2 - after - 1 : 0;
    }

    /** "good for children", "in respect of": a noun after the preposition that is no area the lexicon knows. */
    private boolean unnamedAreaFollows() {
        return t.is(after, "in") && t.is(after + 1, "respect") || (t.is(after, "for") || t.is(after, "in"))
                && after + 1 < t.size && t.word[after + 1] && !t.upper[after + 1] && !t.isYear(after + 1)
                && !NON_NOUN_AFTER.contains(t.lower[after + 1]);
    }

    /** Adds the areas that continue a list from {@code end}, each close after the last or joined to it as a list. */
    private void continueList(List<Area> chosen, int end, int smallGapReach) {
        for (Area a : areas) {
            if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= smallGapReach && smallGap(t, end, a.from())
                    || a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                chosen.add(a);
                end = a.to();
            }
        }
    }

    /** Before the grade, nearest first, extended backwards over lists. */
    private void addAreasBefore(List<Area> chosen) {
        // not across "when"/"since": "leaders ... since the inspection in 2021, when the council was judged ..."
        int areaStart = windowStart;
        for (int b = g.from() - 1; b > windowStart; b--) {
            if (t.is(b, "when") || t.is(b, "since") || t.is(b, "until") || t.is(b, "whereas")) {
                areaStart = b;
                break;
            }
        }
        Area nearest = null;
        for (Area a : areas) {
            if (a.to() <= g.from() && a.from() >= areaStart && a.from() >= g.from() - 25
                    && !ClauseStructure.inRelativeClause(t, a.from(), a.to(), g.from())) {
                nearest = a;
            }
        }
        if (nearest != null) {
            chosen.add(nearest);
            int start = nearest.from();
            for (int ai = areas.size() - 1; ai >= 0; ai--) {
                Area a = areas.get(ai);
                if (a.to() <= start && a.from() >= windowStart && (start - a.to() <= 3 && smallGap(t, a.to(), start)
                        || start - a.to() <= 12 && listContinuation(t, a.to(), start))) {
                    chosen.add(0, a);
                    start = a.from();
                }
            }
        }
    }

    /**
     * "The Good rating applies across all of these areas: • the impact of leaders • ...": the areas a colon after the
     * grade's clause introduces.
     */
    private void addNamedAfterColon(List<Area> chosen) {
        for (int k = after; k < Math.min(windowEnd, after + COLON_REACH); k++) {
            if (Tokens.isPunct(t, k, '.') || Tokens.isPunct(t, k, ';')) {
                return;
            }
            if (Tokens.isPunct(t, k, ':') && (t.is(k - 1, "areas") || t.is(k - 1, "categories") || t.is(k - 1, "judgements"))) {
                int end = k + 1;
                for (Area a : areas) {
                    if (a.from() >= end && a.from() < windowEnd && (end == k + 1 ? a.from() - end <= LIST_START
                            : a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                        chosen.add(a);
                        end = a.to();
                    }
                }
                return;
            }
        }
    }

    /** "outstanding in every area: the impact of leaders, help and protection, children in care and care leavers". */
    private void addColonList(List<Area> chosen) {
        Area last = chosen.get(chosen.size() - 1);
        int colon = Math.max(last.to(), g.to());
        int limit = colon + 6;
        while (colon < windowEnd && colon < limit && !Tokens.isPunct(t, colon, ':') && t.word[colon]
                && !Lexicon.BE.contains(t.lower[colon]) && !Lexicon.RATE.contains(t.lower[colon])) {
            colon++;
        }
        // "the top mark in all areas judged, including the impact of leaders; ...": the areas it names
        if (last.area().equals(Lexicon.ALL_AREAS)) {
            int j = last.to();
            if (t.isAny(j, Lexicon.RATE) || t.is(j, "inspected")) {
                j++;
            }
            if (Tokens.isPunct(t, j, ',')) {
                j++;
            }
            if (t.is(j, "including")) {
                colon = j;
            }
        }
        if (Tokens.isPunct(t, colon, ':') || t.is(colon, "including")) {
            int end = colon + 1;
            for (Area a : areas) {
                if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 4 && smallGap(t, end, a.from())
                        || a.from() - end <= 12 && listContinuation(t, end, a.from()) || a.from() - end <= 6 && end == colon + 1
                        || a.from() - end <= 12 && Tokens.isPunct(t, end, ';') && listContinuation(t, end + 1, a.from()))) {
                    chosen.add(a);
                    end = a.to();
                }
            }
        }
    }

    /** "... was judged inadequate, as was the experiences and progress of children who need help and protection". */
    private void addAsWas(List<Area> chosen) {
        if (!(Tokens.isPunct(t, after, ',') && t.is(after + 1, "as") && (t.isAny(after + 2, Lexicon.BE) || t.is(after + 2, "did")))) {
            return;
        }
        for (int ai = 0; ai < areas.size(); ai++) {
            Area a = areas.get(ai);
            if (a.from() >= after + 3 && a.from() <= after + 8 && a.from() < windowEnd) {
                // "as was the overall effectiveness of services for looked after children": the specific one
                Area next = ai + 1 < areas.size() ? areas.get(ai + 1) : null;
                boolean ofSpecific = a.area().equals(Lexicon.OVERALL) && next != null && next.from() - a.to() <= 4
                        && t.is(a.to(), "of") && next.from() < windowEnd;
                chosen.add(ofSpecific ? next : a);
                break;
            }
        }
    }

    /** "rated overall effectiveness as good, as well as the impact of leaders and ... children in care". */
    private void addAsWellAs(List<Area> chosen) {
        int asWell = Tokens.isPunct(t, after, ',') ? after + 1 : after;
        if (t.is(asWell, "as") && t.is(asWell + 1, "well") && t.is(asWell + 2, "as")) {
            continueList(chosen, asWell + 3, 4);
        }
    }

    /** "Each was rated", "Each of them was judged": "each" as the subject of the verb that gives the grade. */
    private static boolean eachSubject(Tokens t, int windowStart, int gradeFrom) {
        for (int q = Math.max(windowStart, gradeFrom - 6); q < gradeFrom; q++) {
            if (t.is(q, "each") && (q == 0 || !t.word[q - 1])) {
                int v = t.is(q + 1, "of") && (t.is(q + 2, "them") || t.is(q + 2, "these")) ? q + 3 : q + 1;
                return t.isAny(v, Lexicon.BE) || t.isAny(v, Lexicon.RATE);
            }
        }
        return false;
    }

    /** "rated inadequate", "was 'good'", "as good": a verb of rating or being, or "as", just before the grade. */
    private static boolean predicative(Tokens t, Grade g, int windowStart) {
        int b = wordBefore(t, g);
        for (int q = b; q >= Math.max(windowStart, b - 2); q--) {
            if (t.word[q] && (Lexicon.RATE.contains(t.lower[q]) || Lexicon.BE.contains(t.lower[q]) || t.is(q, "as"))) {
                return true;
            }
        }
        return false;
    }

    /** The token before the grade, past an opening quote. */
    private static int wordBefore(Tokens t, Grade g) {
        return t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
    }

    /** "These areas": the ones the sentence before listed, else the ones last graded. */
    private static Set<String> these(DocumentState doc) {
        return doc.listedAreas.isEmpty() ? doc.lastSentenceAreas : doc.listedAreas;
    }
}
