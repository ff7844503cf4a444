package watch.safeguarding.parser;

/** How the clauses of a sentence divide it between its grades. */
final class ClauseStructure {

    private ClauseStructure() {
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

    /** Only "and", "or", commas and quotes in [from, to): "'good' and 'outstanding'", "good or outstanding". */
    static boolean tightlyJoined(Tokens t, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            if (t.is(k, "and") || t.is(k, "or")) {
                joined = true;
            } else if (!(Tokens.isPunct(t, k, ',') || t.isQuote(k))) {
                return false;
            }
        }
        return joined;
    }

    /** A comma, semicolon or conjunction that ends one grade's clause. */
    static boolean clauseBoundary(Tokens t, int k) {
        return Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';') || t.is(k, "and") || t.is(k, "but") || t.is(k, "while")
                || t.is(k, "whilst") || t.is(k, "then") || t.is(k, "before") || t.is(k, "after");
    }

    /**
     * Whether the token at pos sits in a relative clause closed by a comma before the grade: "In X, where the
     * death of a child in 2007 changed child protection, services were judged ...".
     */
    static boolean inRelativeClause(Tokens t, int pos, int gradeFrom) {
        return inRelativeClause(t, pos, pos + 1, gradeFrom);
    }

    /** As above, for a phrase from pos to end: its own commas ("leadership, management and governance") close nothing. */
    static boolean inRelativeClause(Tokens t, int pos, int end, int gradeFrom) {
        boolean opened = false;
        for (int k = pos - 1; k >= 0; k--) {
            // any punctuation but a quote ends the clause: a comma, a dash, a bullet ("• Children who need help and
            // protection - good • Leadership, management and governance - outstanding")
            if (!t.word[k] && !t.isQuote(k)) {
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
        for (int k = end; k < gradeFrom; k++) {
            if (Tokens.isPunct(t, k, ',')) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or dash in [a, b): "two years since the services were condemned" has none. */
    static boolean punctuationBetween(Tokens t, int a, int b) {
        for (int q = a; q < b; q++) {
            if (Tokens.isPunct(t, q, ',') || Tokens.isPunct(t, q, ';') || Tokens.isPunct(t, q, '-')) {
                return true;
            }
        }
        return false;
    }

    static boolean boundaryBetween(Tokens t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (clauseBoundary(t, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean rateVerbBetween(Tokens t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (t.isAny(k, Lexicon.RATE)) {
                return true;
            }
        }
        return false;
    }

    /** "after its 'good'", "after Ofsted's 'requires improvement'": only determiners, possessives and quotes. */
    static boolean onlyDeterminers(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(t.isQuote(k) || t.is(k, "a") || t.is(k, "an") || t.is(k, "the") || t.is(k, "its") || t.is(k, "their")
                    || t.is(k, "ofsted") || t.is(k, "'s"))) {
                return false;
            }
        }
        return true;
    }
}
