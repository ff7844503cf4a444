package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which council a grade belongs to: the councils named, their roles, and the authority of the time. */
final class CouncilTargets {

    /** How many sentences on a lead's unnamed council may wait for its name. */
    private static final int NAME_LOOK_AHEAD = 4;

    private final Gazetteer gazetteer;
    private final Map<String, Council> predecessorOf = new HashMap<>();

    CouncilTargets(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Council c : gazetteer.councils()) {
            for (String s : c.successors()) {
                predecessorOf.putIfAbsent(s, c);
            }
        }
    }

    /** "The county's children's services": the county council named last, when the focus is not a county. */
    static Council countyAnaphor(Tokens t, DocumentState doc) {
        if (doc.focus == null || "county".equals(doc.focus.type())) {
            return null;
        }
        boolean county = false;
        for (int k = 0; k + 1 < t.size && !county; k++) {
            county = t.is(k, "the") && t.is(k + 1, "county") && !t.upper[k + 1];
        }
        if (!county) {
            return null;
        }
        Council last = null;
        for (Council c : doc.mentioned.values()) {
            if ("county".equals(c.type())) {
                last = c;
            }
        }
        return last;
    }

    static boolean abolishedBy(Council c, DocumentState doc) {
        if (c.validTo() == null) {
            return false;
        }
        if (doc.writtenSince != null && doc.writtenSince.isAfter(c.validTo())) {
            return true;
        }
        return doc.published != null ? doc.published.isAfter(c.validTo()) : doc.pubYear != null && doc.pubYear > c.validTo().getYear();
    }

    /** How a sentence speaks of a council it does not name, before the grade. */
    enum Unnamed { NONE, SUBJECT, RELATIVE }

    /**
     * "A council has been rated ..." (the subject of a verb of its own) or "a commissioner at a council where Ofsted
     * rated ..." (the grade in a relative clause on it); "a council rated inadequate will ..." is any council. See
     * unnamed-councils.txt.
     */
    static Unnamed unnamedCouncil(Tokens t, Grade g) {
        int[] view = new int[t.size];
        int n = 0;
        for (int i = 0; i < g.from(); i++) {
            if (t.word[i] && !t.lower[i].equals("'s")) {
                view[n++] = i;
            }
        }
        for (int v = 0; v < n; v++) {
            for (String[] phrase : Lexicon.UNNAMED_COUNCILS) {
                int k = 0;
                while (k < phrase.length && v + k < n && t.lower[view[v + k]].equals(phrase[k])) {
                    k++;
                }
                if (k < phrase.length) {
                    continue;
                }
                for (int w = v + k; w < Math.min(n, v + k + MAX_WORDS_TO_VERB + 1); w++) {
                    int i = view[w];
                    if (t.is(i, "where") || t.is(i, "that") || t.is(i, "which") || t.is(i, "whose")) {
                        // "a department which has been rated good" tells the news in its relative clause
                        return presentPerfectBetween(t, i + 1, g.from()) ? Unnamed.SUBJECT : Unnamed.RELATIVE;
                    }
                    if (t.isAny(i, Lexicon.BE) || t.is(i, "has") || t.is(i, "have") || t.is(i, "had")) {
                        return Unnamed.SUBJECT;
                    }
                }
            }
        }
        return Unnamed.NONE;
    }

    private static boolean presentPerfectBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, "has") || t.is(k, "have")) {
                return true;
            }
        }
        return false;
    }

    /** The most words between an unnamed council and its verb: "a county's children's services have been". */
    private static final int MAX_WORDS_TO_VERB = 3;

    /** "respectively" right after the grade (its quote and a comma aside). */
    private static boolean respectively(Tokens t, Grade g) {
        for (int k = g.to(); k < Math.min(t.size, g.to() + 3); k++) {
            if (t.is(k, "respectively")) {
                return true;
            }
            if (t.word[k]) {
                return false;
            }
        }
        return false;
    }

    static List<CouncilMatcher.Mention> targetsFor(Tokens t, List<CouncilMatcher.Mention> eligible,
                                                    List<Grade> grades, int gi, int distinctRatings) {
        if (distinctRatings <= 1 && grades.size() == 1 || eligible.size() == 1) {
            // "X climbs to 'good' as Y and Z await ...": councils after a subordinator that
            // follows the grade are the subject of another clause
            Grade g = grades.get(gi);
            List<CouncilMatcher.Mention> before = new ArrayList<>();
            for (CouncilMatcher.Mention m : eligible) {
                if (m.from() < g.from() || !subordinateBetween(t, g.to(), m.from())) {
                    before.add(m);
                }
            }
            return before.isEmpty() ? eligible : before;
        }
        Grade g = grades.get(gi);
        // "A and B, which were previously rated 'good' and 'adequate' respectively": the n-th grade is the n-th council's
        for (int r = gi; r < grades.size(); r++) {
            if (respectively(t, grades.get(r)) && eligible.size() == r + 1) {
                return eligible.subList(gi, gi + 1);
            }
        }
        int best = -1;
        for (int m = 0; m < eligible.size(); m++) {
            if (eligible.get(m).to() <= g.from()) {
                best = m;
            }
        }
        // "progress at 'inadequate' A, B and C": a grade set before the councils it describes
        int described = mentionRightAfter(t, g, eligible);
        if (described >= 0) {
            best = described;
        }
        if (best < 0) {
            best = 0;
        }
        // extend to the list the mention is part of ("A, B and C")
        int lo = best;
        int hi = best;
        while (lo > 0 && listGap(t, eligible.get(lo - 1).to(), eligible.get(lo).from())) {
            lo--;
        }
        while (hi + 1 < eligible.size() && listGap(t, eligible.get(hi).to(), eligible.get(hi + 1).from())) {
            hi++;
        }
        return eligible.subList(lo, hi + 1);
    }

    /** The index of the mention that starts right after the grade (and its closing quote), else -1. */
    static int mentionRightAfter(Tokens t, Grade g, List<CouncilMatcher.Mention> mentions) {
        int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
        for (int m = 0; m < mentions.size(); m++) {
            if (mentions.get(m).from() == after) {
                return m;
            }
        }
        return -1;
    }

    static boolean subordinateBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            // "as were Y and Z" shares the grade; "as Y and Z await ..." does not
            boolean sharing = t.isAny(k + 1, Lexicon.BE) || t.is(k + 1, "did") || t.is(k + 1, "has") || t.is(k + 1, "have")
                    || t.is(k + 1, "had") || t.is(k + 1, "well");
            if (t.is(k, "as") && !sharing || t.is(k, "while") || t.is(k, "whilst") || t.is(k, "whereas")
                    || t.is(k, "although") || t.is(k, "but") || t.is(k, "unlike")) {
                return true;
            }
        }
        return false;
    }

    static boolean listGap(Tokens t, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(Tokens.isPunct(t, k, ',') || t.is(k, "and") || t.is(k, "or"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The authorities that held the grade at the time: the predecessor before a new council's start, the successor
     * after abolition, and every successor of a council split in two (a county split in 2021 is, in 2022, both its
     * unitary heirs, inspected together). An earlier grade of no stated year stays with the council named: which of
     * the heirs it belongs to is unknown.
     */
    List<Council> resolveFor(DocumentState doc, List<Council> councils, Integer year, boolean previous) {
        Council c = doc.resolve(councils, year == null ? doc.published : null,
                year != null ? year : doc.councilYear());
        return timeShift(c, yearOf(doc, c, year), year != null || !previous, doc.lowerText());
    }

    /** The year a grade of the council is of: its own, else the text's, past the council's end if the text is. */
    static Integer yearOf(DocumentState doc, Council c, Integer year) {
        if (year != null) {
            return year;
        }
        if (c != null && c.validTo() != null && doc.writtenSince != null && doc.writtenSince.isAfter(c.validTo())) {
            return Math.max(doc.councilYear(), c.validTo().getYear() + 1);
        }
        return doc.councilYear();
    }

    List<Council> timeShift(Council c, Integer year, boolean split) {
        return timeShift(c, year, split, null);
    }

    /** @param lowerText the whole text in lower case, to choose among the heirs of a split council; null: all */
    List<Council> timeShift(Council c, Integer year, boolean split, String lowerText) {
        if (c == null || year == null) {
            return Collections.singletonList(c);
        }
        if (c.validFrom() != null && year < c.validFrom().getYear()) {
            Council p = predecessorOf.get(c.code());
            if (p != null && p.validInYear(year)) {
                return List.of(p);
            }
        }
        if (c.validTo() != null && year > c.validTo().getYear() && (c.successors().size() == 1 || split && !c.successors().isEmpty())) {
            List<Council> heirs = new ArrayList<>();
            for (String code : c.successors()) {
                gazetteer.byCode(code).ifPresent(heirs::add);
            }
            // "parts of the old county ... the X Council": the heir the text names, if it names only some
            if (heirs.size() > 1 && lowerText != null) {
                List<Council> named = heirs.stream().filter(h -> gazetteer.namesOwnName(lowerText, h.code())).toList();
                heirs = named.isEmpty() ? heirs : named;
            }
            return heirs.isEmpty() ? List.of(c) : heirs;
        }
        return List.of(c);
    }

    /**
     * The first council named as a council ("X Council") in the sentences after the one being read, else the first
     * place named; none as an earlier one or an example ("the company that runs children's services in Y" is no
     * council the lead meant).
     */
    static Council namedLater(DocumentState doc, CouncilMatcher matcher) {
        int last = Math.min(doc.sentences.size(), doc.sentenceIndex + NAME_LOOK_AHEAD);
        Council place = null;
        for (int k = doc.sentenceIndex; k < last; k++) {
            Span s = doc.sentences.get(k);
            Tokens t = Tokens.of(doc.text, s.start(), Math.min(s.end(), s.start() + SentenceSplitter.MAX_SENTENCE));
            for (CouncilMatcher.Mention m : matcher.find(t)) {
                if (!t.isAny(m.from() - 1, Lexicon.PREDECESSOR_MARKERS) && !t.isAny(m.from() - 1, Lexicon.EARLIER_EXAMPLE_MARKERS)) {
                    Council c = doc.resolve(m.councils(), doc.published, doc.councilYear());
                    if (m.explicit()) {
                        return c;
                    }
                    place = place == null ? c : place;
                }
            }
        }
        return place;
    }
}
