package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Judgement-area mentions in a sentence and the areas a grade is given for. */
final class AreaFinder {

    /** The area phrases by their first word, longest first. */
    private static final Map<String, List<String[]>> AREAS_BY_FIRST_WORD = new HashMap<>();

    static {
        for (String[] a : Lexicon.AREAS) {
            String[] words = a[0].split(" ");
            String[] entry = new String[words.length + 1];
            System.arraycopy(words, 0, entry, 0, words.length);
            entry[words.length] = a[1];
            AREAS_BY_FIRST_WORD.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        }
        for (List<String[]> l : AREAS_BY_FIRST_WORD.values()) {
            l.sort((x, y) -> y.length - x.length);
        }
    }

    private AreaFinder() {
    }

    static List<Area> areas(Tokens t) {
        List<Area> out = new ArrayList<>();
        // word view: skip punctuation and possessive 's
        int[] view = new int[t.size];
        int n = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.word[i] && !t.lower[i].equals("'s")) {
                view[n++] = i;
            }
        }
        for (int v = 0; v < n; v++) {
            List<String[]> cands = AREAS_BY_FIRST_WORD.get(t.lower[view[v]]);
            if (cands == null) {
                continue;
            }
            for (String[] c : cands) {
                int len = c.length - 1;
                if (v + len > n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < len && ok; k++) {
                    ok = t.lower[view[v + k]].equals(c[k]);
                }
                if (ok) {
                    out.add(new Area(view[v], view[v + len - 1] + 1, c[len]));
                    v += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** {@code era}: the year the grade is of, if the text states it, else the text's year. */
    static Set<String> areasFor(DocumentState doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Area> areas,
                                int era) {
        doc.areaImplied = false;
        doc.allAreas = false;
        Set<String> out = new LinkedHashSet<>();
        if (g.rating().startsWith("performs")) {
            out.add(Lexicon.ANNUAL);
            return out;
        }
        int to = g.to();
        int k = to;
        if (t.isQuote(k)) {
            k++;
        }
        // "an 'outstanding' rating in all four areas": the noun belongs to the grade, the area follows it
        if (t.is(k, "rating") || t.is(k, "grade") || t.is(k, "judgement") || t.is(k, "judgment")) {
            k++;
        }
        // "the areas ruled inadequate are: • child protection • adoption"
        if (t.isAny(k, Lexicon.BE) && Tokens.isPunct(t, k + 1, ':')) {
            k++;
        }
        // "a good rating was attributed to the local authority's work with children who need protection": the
        // passive names what the grade went to
        boolean passiveTo = k > to && t.isAny(k, Lexicon.BE) && (t.is(k + 1, "given") || t.is(k + 1, "attributed")
                || t.is(k + 1, "awarded")) && (t.is(k + 2, "to") || t.is(k + 2, "for"));
        if (passiveTo) {
            k += 2;
        }
        // "requires improvement in three key areas - help and protection, ...": the count introduces the list
        int listed = countThenList(t, k, areas);
        if (listed > 0) {
            k = listed;
        }
        // anaphora: "in this area", "in all these areas"
        for (int q = k; q < Math.min(windowEnd, k + 5); q++) {
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
        }
        List<Area> chosen = new ArrayList<>();
        // "Sandwell's previously 'inadequate' fostering services": a grade no verb gives qualifies the area after it
        int qualifiedFrom = t.isQuote(to) ? to + 1 : to;
        if (!predicative(t, g, windowStart)) {
            for (Area a : areas) {
                if (a.from() == qualifiedFrom && !a.area().equals(Lexicon.OVERALL_WEAK)) {
                    chosen.add(a);
                }
            }
        }
        // after the grade: "inadequate for safeguarding children", "requires improvement - the impact of leaders..."
        // "rated as good the impact of leaders ...": the object after its complement
        boolean inverted = (t.is(g.from() - 1, "as") || t.isAny(g.from() - 1, Lexicon.RATE)) && t.is(k, "the");
        boolean trigger = k < t.size && (t.is(k, "for") || t.is(k, "in") || t.is(k, "at") || t.is(k, "across")
                || t.is(k, "on") || Tokens.isPunct(t, k, '-') || Tokens.isPunct(t, k, ':') || inverted || listed > 0 || passiveTo);
        if (trigger && chosen.isEmpty()) {
            Area first = null;
            for (Area a : areas) {
                if (a.from() >= k && a.from() <= k + (passiveTo ? PASSIVE_OBJECT : listed > 0 ? LIST_START : 4) && a.from() < windowEnd) {
                    first = a;
                    break;
                }
            }
            if (first == null && (t.is(k, "in") && t.is(k + 1, "respect") || (t.is(k, "for") || t.is(k, "in"))
                    && k + 1 < t.size && t.word[k + 1] && !t.upper[k + 1] && !t.isYear(k + 1)
                    && !NON_NOUN_AFTER.contains(t.lower[k + 1]))) {
                doc.areaImplied = true;
                Set<String> def = new LinkedHashSet<>();
                def.add(childProtectionInspection(doc, g, era) ? Lexicon.SAFEGUARDING
                        : Lexicon.OVERALL);
                return def;
            }
            if (first != null) {
                chosen.add(first);
                int end = first.to();
                for (Area a : areas) {
                    if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 3 && smallGap(t, end, a.from())
                            || a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                        chosen.add(a);
                        end = a.to();
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            // before the grade, nearest first, extended backwards over lists
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
                if (a.to() <= g.from() && a.from() >= areaStart && a.from() >= g.from() - 25 && !StatusCues.inRelativeClause(t, a.from(), g.from())) {
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
            // "inadequate overall"
            if (k < t.size && t.is(k, "overall")) {
                chosen.add(new Area(k, k + 1, Lexicon.OVERALL_WEAK));
            }
        }
        // "outstanding in every area: the impact of leaders, help and protection, children in care and care leavers"
        if (!chosen.isEmpty()) {
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
        // "... was judged inadequate, as was the experiences and progress of children who need help and protection"
        if (!chosen.isEmpty() && Tokens.isPunct(t, k, ',') && t.is(k + 1, "as") && (t.isAny(k + 2, Lexicon.BE) || t.is(k + 2, "did"))) {
            for (int ai = 0; ai < areas.size(); ai++) {
                Area a = areas.get(ai);
                if (a.from() >= k + 3 && a.from() <= k + 8 && a.from() < windowEnd) {
                    // "as was the overall effectiveness of services for looked after children": the specific one
                    Area next = ai + 1 < areas.size() ? areas.get(ai + 1) : null;
                    boolean ofSpecific = a.area().equals(Lexicon.OVERALL) && next != null && next.from() - a.to() <= 4
                            && t.is(a.to(), "of") && next.from() < windowEnd;
                    chosen.add(ofSpecific ? next : a);
                    break;
                }
            }
        }
        // "rated overall effectiveness as good, as well as the impact of leaders and ... children in care"
        int asWell = Tokens.isPunct(t, k, ',') ? k + 1 : k;
        if (!chosen.isEmpty() && t.is(asWell, "as") && t.is(asWell + 1, "well") && t.is(asWell + 2, "as")) {
            int end = asWell + 3;
            for (Area a : areas) {
                if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 4 && smallGap(t, end, a.from())
                        || a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                    chosen.add(a);
                    end = a.to();
                }
            }
        }
        boolean ilacsList = false;
        boolean specific = false;
        boolean outcomeStrand = false;
        for (Area a : chosen) {
            String ar = a.area();
            if (ar.equals(Lexicon.LEADERSHIP) || ar.equals(Lexicon.OVERALL) || ar.equals(Lexicon.IN_CARE)
                    || ar.equals(Lexicon.CARE_LEAVERS)) {
                ilacsList = true;
            }
            if (!ar.equals(Lexicon.OVERALL_WEAK) && !ar.equals(Lexicon.OVERALL)) {
                specific = true;
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            Area a = chosen.get(i);
            String ar = a.area();
            Area nextArea = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            boolean modifier = nextArea != null && nextArea.from() - a.to() <= 1
                    && (nextArea.from() == a.to() || t.is(a.to(), "at") || t.is(a.to(), "of") || t.is(a.to(), "for")
                    || t.is(a.to(), "in"));
            switch (ar) {
                case Lexicon.OVERALL_WEAK -> {
                    if (!specific) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.OVERALL -> {
                    if (!modifier) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.SAFEGUARDING -> {
                    // the single framework (2014) has no safeguarding judgement: "good for safeguarding" is its help
                    // and protection
                    if (!modifier) {
                        out.add(era >= Lexicon.FIRST_SIF_YEAR ? Lexicon.HELP : Lexicon.SAFEGUARDING);
                    }
                }
                case Lexicon.ALL_AREAS -> {
                    out.add(Lexicon.OVERALL);
                    // "in every area: leaders, ..." names them; a bare "in every area" leaves them to the era
                    doc.allAreas = chosen.stream().allMatch(c -> c.area().equals(Lexicon.ALL_AREAS)
                            || c.area().equals(Lexicon.OVERALL) || c.area().equals(Lexicon.OVERALL_WEAK));
                }
                case Lexicon.STAYING_SAFE, Lexicon.CHILD_PROTECTION -> {
                    // the annual assessments graded five outcomes for children besides the whole; "staying safe" is
                    // one of them, and so is "child protection" in a text that names it: no judgement area
                    boolean strand = era > 0 && era <= Lexicon.LAST_ANNUAL_ASSESSMENT
                            && (ar.equals(Lexicon.STAYING_SAFE) || doc.stayingSafeNamed);
                    if (strand) {
                        doc.stayingSafeNamed = true;
                        outcomeStrand = true;
                    } else {
                        out.add(ilacsList || era >= Lexicon.FIRST_SIF_YEAR && !g.rating().equals("adequate") ? Lexicon.HELP
                                : Lexicon.SAFEGUARDING);
                    }
                }
                case Lexicon.IN_AND_LEAVING_CARE -> {
                    out.add(Lexicon.IN_CARE);
                    out.add(Lexicon.CARE_LEAVERS);
                }
                default -> out.add(ar);
            }
        }
        if (out.isEmpty() && outcomeStrand) {
            return out;
        }
        if (out.isEmpty()) {
            doc.areaImplied = true;
            out.add(childProtectionInspection(doc, g, era) ? Lexicon.SAFEGUARDING
                    : Lexicon.OVERALL);
        } else if (doc.cpInspection && out.size() == 1 && out.contains(Lexicon.OVERALL)
                && !g.rating().equals("requires_improvement")) {
            out.clear();
            out.add(Lexicon.SAFEGUARDING);
        }
        return out;
    }

    /**
     * "in three key areas - A, B and C", "in four areas: A, ...": the punctuation after the counted areas that
     * introduces their names, else -1.
     */
    static int countThenList(Tokens t, int k, List<Area> areas) {
        if (!(t.is(k, "in") || t.is(k, "for")) || k + 1 >= t.size || Lexicon.number(t.lower[k + 1]) <= 0) {
            return -1;
        }
        int q = k + 2;
        // "three of the four areas"
        if (t.is(q, "of") && t.is(q + 1, "the") && q + 2 < t.size && Lexicon.number(t.lower[q + 2]) > 0) {
            q += 3;
        }
        if (t.is(q, "key") || t.is(q, "main") || t.is(q, "judgement") || t.is(q, "inspection")) {
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

    /** How far after "was given to" the area may start ("to the local authority's work with children in care"). */
    private static final int PASSIVE_OBJECT = 10;

    /** How far after a list's dash or colon its first area may start ("- how the service manages children in care"). */
    private static final int LIST_START = 6;

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

    /**
     * A grade with no area named that a child protection inspection gave: the text is about one, or the grade is an
     * "adequate" of 2013, when those inspections were the only ones to give that word.
     */
    private static boolean childProtectionInspection(DocumentState doc, Grade g, int era) {
        return doc.cpInspection && !g.rating().equals("requires_improvement")
                || g.rating().equals("adequate") && era == LAST_CHILD_PROTECTION_INSPECTION_YEAR;
    }

    private static final int LAST_CHILD_PROTECTION_INSPECTION_YEAR = 2013;

    /** "rated inadequate", "was 'good'", "as good": a verb of rating or being, or "as", just before the grade. */
    private static boolean predicative(Tokens t, Grade g, int windowStart) {
        int b = t.isQuote(g.from() - 1) ? g.from() - 2 : g.from() - 1;
        for (int q = b; q >= Math.max(windowStart, b - 2); q--) {
            if (t.word[q] && (Lexicon.RATE.contains(t.lower[q]) || Lexicon.BE.contains(t.lower[q]) || t.is(q, "as"))) {
                return true;
            }
        }
        return false;
    }

    /** "These areas": the ones the sentence before listed, else the ones last graded. */
    private static Set<String> these(DocumentState doc) {
        return doc.listedAreas.isEmpty() ? doc.lastSentenceAreas : doc.listedAreas;
    }

    /**
     * "The inspection looked at three areas: the impact of leaders ...; ... and ...": the areas a sentence lists after
     * a colon, for a grade of "these areas" in the next one; empty for any other sentence.
     */
    static Set<String> listed(Tokens t, int refYear) {
        int colon = -1;
        for (int k = 1; k < t.size && colon < 0; k++) {
            if (Tokens.isPunct(t, k, ':') && (t.is(k - 1, "areas") || t.is(k - 1, "services") || t.is(k - 1, "judgements")
                    || t.is(k - 1, "categories"))) {
                colon = k;
            }
        }
        if (colon < 0) {
            return Set.of();
        }
        Set<String> out = judgementAreas(t, colon + 1, refYear);
        return out.size() >= 2 ? out : Set.of();
    }

    /**
     * The judgement areas a sentence without a grade names ("The inspectors reviewed four key areas: how it supports
     * children who need help and protection, children in care, care leavers and leadership"), for a later "each area
     * was rated good" to take.
     */
    static Set<String> named(Tokens t, int refYear) {
        Set<String> out = judgementAreas(t, 0, refYear);
        out.remove(Lexicon.OVERALL);
        return out;
    }

    private static Set<String> judgementAreas(Tokens t, int from, int refYear) {
        Set<String> out = new LinkedHashSet<>();
        for (Area a : areas(t)) {
            if (a.from() >= from) {
                switch (a.area()) {
                    case Lexicon.OVERALL_WEAK, Lexicon.ALL_AREAS, Lexicon.ANNUAL -> {
                    }
                    case Lexicon.CHILD_PROTECTION, Lexicon.STAYING_SAFE -> out.add(refYear >= Lexicon.FIRST_SIF_YEAR ? Lexicon.HELP : Lexicon.SAFEGUARDING);
                    case Lexicon.IN_AND_LEAVING_CARE -> {
                        out.add(Lexicon.IN_CARE);
                        out.add(Lexicon.CARE_LEAVERS);
                    }
                    default -> out.add(a.area());
                }
            }
        }
        return out;
    }

    /** The grade at {@code to} is coordinated with the accepted one ending at {@code from}. */
    static boolean coordinated(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, "and") || t.is(k, "but") || t.is(k, "while") || t.is(k, "whilst") || Tokens.isPunct(t, k, ',')) {
                return true;
            }
            if (Tokens.isPunct(t, k, ';') || Tokens.isPunct(t, k, '.')) {
                return false;
            }
        }
        return false;
    }

    /** ", the experiences and progress of" between two listed areas: no verb, a comma or "and". */
    /** "outstanding in all areas except care leavers": what follows is left out of the list, not added to it. */
    private static final Set<String> EXCEPTIONS = Set.of("except", "excepting", "excluding", "apart", "but", "save");

    static boolean listContinuation(Tokens t, int from, int to) {
        boolean sep = false;
        for (int k = from; k < to; k++) {
            if (Tokens.isPunct(t, k, ';') || Tokens.isPunct(t, k, '.') || Tokens.isPunct(t, k, ':') || t.word[k] && (Lexicon.BE.contains(t.lower[k])
                    || Lexicon.RATE.contains(t.lower[k]) || GradeFinder.GRADE_WORDS.contains(t.lower[k])
                    || EXCEPTIONS.contains(t.lower[k]))) {
                return false;
            }
            if (Tokens.isPunct(t, k, ',') || t.is(k, "and") || Tokens.isPunct(t, k, '\u2022')) {
                sep = true;
            }
        }
        return sep;
    }

    static final Set<String> NON_NOUN_AFTER = Set.of("the", "its", "their", "a", "an", "this", "last",
            "each", "both", "all", "every", "most", "many", "some", "his", "her", "our", "these", "those", "july",
            "june", "march", "april", "may", "august", "september", "october", "november", "december", "january",
            "february", "two", "three", "four", "five", "six", "order");

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
