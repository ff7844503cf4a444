package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Grade mentions in a sentence and how surely each is a rating rather than an ordinary adjective. */
final class GradeFinder {

    private GradeFinder() {
    }

    static final Set<String> RATING_NOUNS = Set.of("rating", "ratings", "grade", "grades", "grading", "gradings", "mark", "marks", "judgement",
            "judgements", "judgment", "judgments");

    /** Whether the grade word is used as a rating (not an ordinary adjective), and how strongly. 0 = no. */
    static final Set<String> GRADE_WORDS = Set.of("good", "outstanding", "adequate", "inadequate",
            "improvement", "poor", "excellent");

    static List<Grade> grades(Tokens t, boolean annual, int refYear) {
        List<Grade> out = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.word[i]) {
                continue;
            }
            String w = t.lower[i];
            char c0 = w.charAt(0);
            if (c0 != 'r' && c0 != 'i' && c0 != 'o' && c0 != 'g' && c0 != 'a' && c0 != 'p' && c0 != 'e' && c0 != 'l'
                    && c0 != 'h' && c0 != 't' || w.length() < 3) {
                continue;
            }
            switch (w) {
                case "requires", "require", "requiring", "required" -> {
                    int j = i + 1;
                    if (t.hyphenAfter(i)) {
                        j++;
                    }
                    // "still requires some improvement to be rated as good"
                    if (t.is(j, "some")) {
                        j++;
                    }
                    if (t.is(j, "improvement") || t.is(j, "improvements")) {
                        int end = j + 1;
                        int k = end;
                        if (t.isQuote(k)) {
                            k++;
                        }
                        if (t.is(k, "to") && t.is(k + 1, "be")) {
                            int q = k + 2;
                            if (t.is(q, "rated") || t.is(q, "judged")) {
                                q++;
                            }
                            if (t.is(q, "as")) {
                                q++;
                            }
                            if (t.isQuote(q)) {
                                q++;
                            }
                            if (t.is(q, "good")) {
                                end = q + 1;
                            }
                        }
                        out.add(new Grade(i, end, "requires_improvement", false));
                        i = end - 1;
                    }
                }
                case "lowest", "highest", "top" -> {
                    // "received the lowest of the four ratings", "kept the top rating"
                    int noun = -1;
                    for (int k = i + 1; k < Math.min(t.size, i + 6) && noun < 0; k++) {
                        if (t.isAny(k, RATING_NOUNS)) {
                            noun = k;
                        } else if (!(t.is(k, "of") || t.is(k, "the") || t.is(k, "possible") || t.is(k, "ofsted")
                                || t.is(k, "'s") || Lexicon.number(t.lower[k]) > 0)) {
                            break;
                        }
                    }
                    // "rated 'outstanding', the highest grade": an apposition to the grade just given
                    boolean apposition = !out.isEmpty() && i - out.get(out.size() - 1).to() <= 4;
                    // "its second lowest rating", "the second-highest": the grade next to the end of the scale
                    int before = i > 1 && t.hyphenAfter(i - 2) ? i - 2 : i - 1;
                    boolean secondFromEnd = t.is(before, "second") || t.is(before, "next");
                    if (noun > 0 && !apposition && !secondFromEnd) {
                        boolean low = w.equals("lowest");
                        // the 2009-12 annual ratings' words; the assessments to 2008 used inspection grades
                        String r = annual && refYear > Lexicon.LAST_ANNUAL_ASSESSMENT && refYear < 2013
                                ? (low ? "performs_poorly" : "performs_excellently")
                                : (low ? "inadequate" : "outstanding");
                        out.add(new Grade(i, noun + 1, r, false));
                        i = noun;
                    }
                }
                case "inadequate" -> out.add(new Grade(i, i + 1, "inadequate", false));
                case "outstanding" -> out.add(new Grade(i, i + 1, "outstanding", false));
                case "good" -> out.add(new Grade(i, i + 1, "good", false));
                case "adequate" -> out.add(new Grade(i, i + 1, "adequate", false));
                case "performs", "performing", "performed", "perform" -> {
                    String r = switch (i + 1 < t.size ? t.lower[i + 1] : "") {
                        case "poorly" -> "performs_poorly";
                        case "adequately" -> "performs_adequately";
                        case "well" -> "performs_well";
                        case "excellently" -> "performs_excellently";
                        default -> null;
                    };
                    if (r != null) {
                        out.add(new Grade(i, i + 2, r, true));
                        i++;
                    }
                }
                case "poor" -> {
                    // the annual ratings' lowest grade (to 2011): "again rated poor", "two years of 'poor' ratings"
                    if (annual || refYear <= LAST_ANNUAL_RATING_TOLD && givenAsRating(t, i)) {
                        out.add(new Grade(i, i + 1, "performs_poorly", true));
                    }
                }
                case "excellent" -> {
                    if (annual) {
                        out.add(new Grade(i, i + 1, "performs_excellently", true));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The last year a text may tell of an annual rating's "poor" as the news or as recent history. */
    private static final int LAST_ANNUAL_RATING_TOLD = 2013;

    /** "rated poor", "rated as 'poor'", "from 'good' to 'poor'", "'poor' ratings": the word given as a grade. */
    private static boolean givenAsRating(Tokens t, int i) {
        int b = t.isQuote(i - 1) ? i - 2 : i - 1;
        if (t.is(b, "as")) {
            b--;
        }
        int a = t.isQuote(i + 1) ? i + 2 : i + 1;
        return t.isAny(b, Lexicon.RATE) || t.isAny(a, RATING_NOUNS)
                || t.is(b, "to") && (t.is(b - 2, "from") || t.is(b - 3, "from") || t.is(b - 4, "from"));
    }

    /** A capitalised word (likely a council name) shortly before the copula. */
    static boolean mentionBefore(Tokens t, int k, int windowStart) {
        for (int s = k - 1; s >= Math.max(windowStart, k - 8); s--) {
            if (t.word[s] && t.upper[s] && s > 0) {
                return true;
            }
        }
        return false;
    }

    static int ratingStrength(Tokens t, Grade g, int windowStart, List<Area> areas, boolean hasMention) {
        int from = g.from();
        int to = g.to();
        boolean quotedBefore = t.isQuote(from - 1);
        boolean quotedAfter = t.isQuote(to);
        boolean quoted = quotedBefore && quotedAfter;
        int next = quotedAfter ? to + 1 : to;
        String r = g.rating();
        if (!quotedBefore && from > 0 && t.word[from - 1] && Lexicon.DEGREE_ADVERBS.contains(t.lower[from - 1])) {
            return -1; // "particularly good": an ordinary adjective
        }
        // "good and outstanding practice": coordinated with a grade word that qualifies the noun after it
        if (!quotedAfter && (t.is(to, "and") || t.is(to, "or")) && to + 2 < t.size && t.word[to + 1]
                && GRADE_WORDS.contains(t.lower[to + 1]) && t.word[to + 2] && !Lexicon.FOLLOWERS.contains(t.lower[to + 2])
                && !t.isAny(to + 2, RATING_NOUNS)) {
            return -1;
        }
        // "good-quality services", "outstanding-value": a compound adjective ("'inadequate'-rated" is still a grade)
        if (to - from == 1 && t.hyphenAfter(from) && !Lexicon.RATE.contains(t.lower[from + 2])) {
            return -1;
        }
        // attributive use: "inadequate management", "good practice", "'outstanding practice'"
        if (!quoted && next < t.size && t.word[next]) {
            String nw = t.lower[next];
            boolean digit = Character.isDigit(nw.charAt(0));
            if (!digit && !Lexicon.FOLLOWERS.contains(nw) && !(t.upper[next] && t.upper[from])
                    && !(r.startsWith("performs") || r.equals("requires_improvement"))) {
                return -1;
            }
            // "good at listening", "good enough", but "rated good at the last inspection"
            boolean atInspection = false;
            for (int k = next + 1; nw.equals("at") && k <= next + 4; k++) {
                atInspection |= t.is(k, "inspection");
            }
            if (r.equals("good") && (nw.equals("at") && !atInspection || nw.equals("as") || nw.equals("enough")
                    || nw.equals("to") && !t.is(from - 1, "from"))) {
                return -1;
            }
        }
        if (quotedBefore && !quotedAfter && next < t.size && t.word[next] && !Lexicon.FOLLOWERS.contains(t.lower[next])) {
            return -1;
        }
        // "the borough's 'outstanding' work with care leavers": a quoted adjective, unless of the services themselves
        if (quoted && next < t.size && t.word[next] && !Lexicon.FOLLOWERS.contains(t.lower[next])
                && !Lexicon.SUBJECT_NOUNS.contains(t.lower[next]) && !t.isAny(next, RATING_NOUNS) && !t.is(next, "childrens")
                && !Character.isDigit(t.lower[next].charAt(0)) && !t.upper[next]) {
            boolean rated = false;
            for (int k = from - 2; k >= Math.max(windowStart, from - 8); k--) {
                rated |= t.word[k] && Lexicon.RATE.contains(t.lower[k]);
            }
            if (!rated) {
                return -1;
            }
        }
        boolean verb = false;
        // "rated the impact of leaders and ... children who need help and protection as inadequate": the verb of an
        // object complement ("as", "to be") may stand a long list of areas away
        int b0 = quotedBefore ? from - 2 : from - 1;
        boolean complement = t.is(b0, "as") || t.is(b0, "be") && t.is(b0 - 1, "to");
        for (int k = from - 1; k >= Math.max(windowStart, from - (complement ? 30 : 10)); k--) {
            if (complement && (Tokens.isPunct(t, k, ';') || Tokens.isPunct(t, k, '.'))) {
                break;
            }
            if (t.word[k] && Lexicon.RATE.contains(t.lower[k])) {
                verb = true;
                break;
            }
        }
        // "..., with overall effectiveness as inadequate": an absolute phrase grades its area
        if (t.is(b0, "as")) {
            for (int k = b0 - 1; k >= Math.max(windowStart, b0 - 6) && !verb; k--) {
                verb = t.is(k, "with") && !areas.isEmpty();
            }
        }
        // "given a rating of", "a judgement of"
        boolean ratingNounAfter = next < t.size && (t.is(next, "rating") || t.is(next, "ratings")
                || t.is(next, "judgement") || t.is(next, "judgment") || t.is(next, "grade") || t.is(next, "verdict")
                || t.is(next, "label") || t.is(next, "status")
                || t.is(next, "ofsted") && (t.is(next + 1, "rating") || t.is(next + 1, "report")
                || t.is(next + 1, "judgement") || t.is(next + 1, "judgment") || t.is(next + 1, "grade")
                || t.is(next + 1, "inspection")));
        // "an inadequate judgement in any area can trigger intervention": a kind of grade, not one given
        boolean indefinite = t.is(quotedBefore ? from - 2 : from - 1, "a") || t.is(quotedBefore ? from - 2 : from - 1, "an")
                || t.is(quotedBefore ? from - 2 : from - 1, "any");
        ratingNounAfter &= !indefinite;
        // "a good rating was given to ...", "an 'outstanding' grade was awarded": the passive gives the grade
        if (next + 2 < t.size && t.isAny(next, RATING_NOUNS) && t.isAny(next + 1, Lexicon.BE) && t.isAny(next + 2, Lexicon.RATE)) {
            verb = true;
        }
        boolean table = false;
        for (Area a : areas) {
            if (a.to() <= from && a.to() >= from - 3) {
                boolean gapOk = true;
                for (int k = a.to(); k < from; k++) {
                    if (t.word[k] && !Character.isDigit(t.lower[k].charAt(0)) || t.isQuote(k)) {
                        gapOk = t.isQuote(k);
                    }
                }
                boolean ends = to >= t.size || !t.word[to] || Character.isDigit(t.lower[to].charAt(0))
                        || t.upper[to];
                if (gapOk && (t.upper[from] || quoted) && ends) {
                    table = true;
                }
            }
        }
        // "... with children and families - Outstanding" at the end of a table row or bullet, or on its own line
        if (!table && !areas.isEmpty()) {
            int b = quotedBefore ? from - 2 : from - 1;
            boolean last = next >= t.size || !t.word[next] || Character.isDigit(t.lower[next].charAt(0));
            boolean newline = false;
            for (int c = b >= 0 ? t.end[b] : t.start[from]; c < t.start[from]; c++) {
                if (t.text.charAt(c) == '\n') {
                    newline = true;
                }
            }
            // "• Children who need help and protection – good": a lower-case grade ends its bullet's line
            int end = quotedAfter ? to + 1 : to;
            boolean lineEnds = end >= t.size || t.text.substring(t.end[end - 1], t.start[end]).indexOf('\n') >= 0;
            if (b >= 0 && (Tokens.isPunct(t, b, '-') || Tokens.isPunct(t, b, ':') || newline) && last
                    && (t.upper[from] || quoted || Tokens.isPunct(t, b, ':') || Tokens.isPunct(t, b, '-') && lineEnds)
                    && areas.get(0).to() <= b + 1) {
                table = true;
            }
        }
        // copula: "services were inadequate", "leadership ... is good"
        boolean copula = false;
        boolean copulaSubject = false;
        int k = from - 1;
        if (quotedBefore) {
            k--;
        }
        while (k >= windowStart && t.word[k] && Lexicon.ADVERBS.contains(t.lower[k]) && !Lexicon.BE.contains(t.lower[k])) {
            k--;
        }
        if (k >= windowStart && t.word[k] && Lexicon.BE.contains(t.lower[k])
                && !(t.is(k, "being") && !(t.is(k - 1, "after") || t.is(k - 1, "since") || t.is(k - 1, "despite")))
                && !(k > 0 && t.word[k - 1] && GRADE_WORDS.contains(t.lower[k - 1]))) {
            copula = true;
            for (int s = k - 1; s >= Math.max(windowStart, k - 10); s--) {
                if (t.word[s] && Lexicon.SUBJECT_NOUNS.contains(t.lower[s])) {
                    copulaSubject = true;
                    break;
                }
            }
            if (hasMention && mentionBefore(t, k, windowStart)) {
                copulaSubject = true;
            }
            // "some parts ... were good", "although ... good"
            for (int s = k - 1; s >= Math.max(windowStart, k - 12); s--) {
                if (t.is(s, "some") || t.is(s, "parts") || t.is(s, "aspects") || t.is(s, "elements")
                        || t.is(s, "although") || t.is(s, "though") || t.is(s, "whilst") || t.is(s, "most")
                        || t.is(s, "many")) {
                    copulaSubject = false;
                }
            }
        }
        boolean capital = t.upper[from] && !t.allCaps[from] && from > 0;
        if (to - from > 1 && t.isAny(to - 1, RATING_NOUNS)) {
            return 3; // "the lowest of the four ratings", "the top rating"
        }
        switch (r) {
            case "performs_poorly", "performs_adequately", "performs_well", "performs_excellently" -> {
                if (g.annualWord() && g.to() - g.from() == 1) {
                    return verb ? 2 : 0; // bare "poor"/"excellent"
                }
                return 2;
            }
            case "inadequate", "requires_improvement" -> {
                if (verb || quoted || table || ratingNounAfter) {
                    return 3;
                }
                if (copula || capital) {
                    return 2;
                }
                if (r.equals("requires_improvement")) {
                    for (int s = from - 1; s >= Math.max(windowStart, from - 8); s--) {
                        if (t.word[s] && (Lexicon.SUBJECT_NOUNS.contains(t.lower[s]))) {
                            return 1;
                        }
                    }
                }
                return 0;
            }
            default -> {
                if (verb || quoted || table) {
                    return 3;
                }
                if (ratingNounAfter || copula && copulaSubject) {
                    return 2;
                }
                return 0;
            }
        }
    }
}
