package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What each council a sentence names is to its grades: a target ("X was rated good"), the council a speaker stands
 * for ("a spokesman for X said"), a place or partner ("X in Y", "shares services with Y"), or an earlier example
 * ("the third rated inadequate, after A and B").
 */
record MentionRoles(List<CouncilMatcher.Mention> eligible, Council speaker, Set<Council> earlierCouncils) {

    static MentionRoles of(DocumentState doc, Tokens t, List<CouncilMatcher.Mention> all) {
        List<CouncilMatcher.Mention> eligible = new ArrayList<>();
        // "A spokesman for X Council said its services had been judged good": the council a speaker stands for
        Council speaker = null;
        boolean previousLocator = false;
        // "the third rated inadequate, after A and B": A and B had the grade before, the news is another council's
        boolean[] earlierExample = CouncilMatcher.earlierExamples(t, all);
        Set<Council> earlierCouncils = new LinkedHashSet<>();
        for (int m = 0; m < all.size(); m++) {
            CouncilMatcher.Mention mention = all.get(m);
            Council c = doc.resolve(mention.councils(), doc.published, doc.councilYear());
            doc.mentioned.putIfAbsent(c.code(), c);
            int from = mention.from();
            boolean role = false;
            for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
                if (t.word[k] && Lexicon.ROLE.contains(t.lower[k])) {
                    // "director ... at/of/for/in X", "X's director": not the subject
                    for (int q = k + 1; q < from; q++) {
                        if (t.is(q, "at") || t.is(q, "of") || t.is(q, "for") || t.is(q, "from") || t.is(q, "in")) {
                            role = true;
                        }
                    }
                }
            }
            int after = mention.to();
            if (t.is(after, "'s") && t.isAny(after + 1, Lexicon.ROLE)) {
                role = true;
            }
            // "X in Y", "In Y, X ...", "across Y", "shares services with Y": places and partners ("in A, B and C" is a list, not "In Y, X")
            boolean locator = m > 0 && t.is(from - 1, "in") && all.get(m - 1).to() >= from - 3
                    || t.is(from - 1, "in") && Tokens.isPunct(t, mention.to(), ',') && m + 1 < all.size()
                    && !CouncilMatcher.listFrom(t, all, m)
                    || t.is(from - 1, "with") && !t.is(from - 2, "along") && !t.is(from - 2, "together")
                    || t.is(from - 1, "from") && !t.is(from - 2, "up") && !t.is(from - 2, "down")
                    || t.is(from - 1, "across")
                    || previousLocator && joinedToPrevious(t, all.get(m - 1).to(), from);
            previousLocator = locator && !role;
            if (!role && !locator && earlierExample[m]) {
                earlierCouncils.add(c);
            } else if (!role && !locator) {
                eligible.add(mention);
            } else if (role && speaker == null) {
                speaker = doc.resolve(mention.councils(), doc.published, doc.councilYear());
            }
        }
        return new MentionRoles(eligible, speaker, earlierCouncils);
    }

    /** "from X and Y": "and" or "or" between two mentions joins them in one place phrase (a bare
     * comma does not: "In X, Y performs well"). */
    private static boolean joinedToPrevious(Tokens t, int previousEnd, int from) {
        int k = Tokens.isPunct(t, previousEnd, ',') ? previousEnd + 1 : previousEnd;
        return (t.is(k, "and") || t.is(k, "or")) && from == k + 1;
    }
}
