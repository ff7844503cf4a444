package watch.safeguarding.parser;

/** Tokens of a short test sentence, and where its words are, for the tests of one parsing stage. */
final class StageTokens {

    private StageTokens() {
    }

    static Tokens of(String text) {
        return Tokens.of(text, 0, text.length());
    }

    /** The index of the first token that is {@code word} (lower case). */
    static int at(Tokens t, String word) {
        return at(t, word, 0);
    }

    /** The index of the first token that is {@code word} at or after {@code from}. */
    static int at(Tokens t, String word, int from) {
        for (int i = from; i < t.size; i++) {
            if (t.lower[i].equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no '" + word + "' in: " + t.text);
    }

    /** A one-word grade at the first {@code word}. */
    static Grade grade(Tokens t, String word) {
        int i = at(t, word);
        return new Grade(i, i + 1, word, false);
    }
}
