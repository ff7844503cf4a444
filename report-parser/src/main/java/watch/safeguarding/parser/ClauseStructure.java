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
}
