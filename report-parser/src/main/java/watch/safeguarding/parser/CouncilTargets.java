package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which council a grade belongs to: the councils named, their roles, and the authority of the time. */
final class CouncilTargets {

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
        return doc.published != null ? doc.published.isAfter(c.validTo()) : doc.pubYear != null && doc.pubYear > c.validTo().getYear();
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
        int best = -1;
        for (int m = 0; m < eligible.size(); m++) {
            if (eligible.get(m).to() <= g.from()) {
                best = m;
            }
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

    /** The authority that existed at the time: predecessor before a new council's start, successor after abolition. */
    Council resolveFor(DocumentState doc, List<Council> councils, Integer year) {
        Council c = CouncilMatcher.resolve(councils, year == null ? doc.published : null,
                year != null ? year : doc.councilYear());
        return timeShift(c, year != null ? year : doc.councilYear());
    }

    Council timeShift(Council c, Integer year) {
        if (c == null || year == null) {
            return c;
        }
        if (c.validFrom() != null && year < c.validFrom().getYear()) {
            Council p = predecessorOf.get(c.code());
            if (p != null && p.validInYear(year)) {
                return p;
            }
        }
        if (c.validTo() != null && year > c.validTo().getYear() && c.successors().size() == 1) {
            return gazetteer.byCode(c.successors().get(0)).orElse(c);
        }
        return c;
    }
}
