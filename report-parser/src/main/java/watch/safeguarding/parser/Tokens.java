package watch.safeguarding.parser;

import java.util.Arrays;

/**
 * Word and punctuation tokens of one sentence. Words are runs of letters/digits (apostrophes inside a word split
 * off as a separate token, so "Council's" is "council" + "'s"); every other visible character is a one-char token.
 * Offsets refer to the (normalised) text the tokens were read from.
 */
final class Tokens {

    final String text;
    int size;
    int[] start = new int[32];
    int[] end = new int[32];
    String[] lower = new String[32];
    boolean[] word = new boolean[32];
    boolean[] upper = new boolean[32];   // first char upper case
    boolean[] allCaps = new boolean[32];

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (letterOrDigit(c)) {
                // one pass over the word finds its end and its case
                int s = i;
                boolean ascii = c < 128;
                boolean up = ascii ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
                boolean caps = up;
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (d < 128) {
                        if (d >= 'a' && d <= 'z') {
                            caps = false;
                        } else if (!(d >= 'A' && d <= 'Z' || d >= '0' && d <= '9')) {
                            break;
                        }
                    } else if (Character.isLetterOrDigit(d)) {
                        ascii = false;
                        caps &= !Character.isLowerCase(d);
                    } else {
                        break;
                    }
                    i++;
                }
                String lowerCase = ascii ? WordForms.lowerAscii(text, s, i) : lowerCase(text, s, i);
                t.addWord(s, i, lowerCase, up, caps && i - s > 1);
            } else if (c == '\'' && i + 1 < to && i > from && Character.isLetter(text.charAt(i - 1))
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                t.addWord(i, i + 2, "'s", false, false); // possessive 's
                i += 2;
            } else if (c == '&') {
                t.addWord(i, i + 1, "and", false, false);
                i++;
            } else if (c == ' ' || c == '\n' || Character.isWhitespace(c)) {
                i++;
            } else {
                t.addPunct(i, c);
                i++;
            }
        }
        return t;
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private void grow() {
        int n = start.length * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        lower = Arrays.copyOf(lower, n);
        word = Arrays.copyOf(word, n);
        upper = Arrays.copyOf(upper, n);
        allCaps = Arrays.copyOf(allCaps, n);
    }

    private void addWord(int s, int e, String lowerCase, boolean up, boolean caps) {
        add(s, e, lowerCase, true, up, caps);
    }

    private void addPunct(int s, char c) {
        add(s, s + 1, single(c), false, false, false);
    }

    private void add(int s, int e, String lowerCase, boolean isWord, boolean up, boolean caps) {
        if (size == start.length) {
            grow();
        }
        start[size] = s;
        end[size] = e;
        lower[size] = lowerCase;
        word[size] = isWord;
        upper[size] = up;
        allCaps[size] = caps;
        size++;
    }

    /** Character by character, so that offsets into the lower case are offsets into the text. */
    private static String lowerCase(String text, int s, int e) {
        char[] buf = new char[e - s];
        for (int k = s; k < e; k++) {
            buf[k - s] = Character.toLowerCase(text.charAt(k));
        }
        return new String(buf);
    }

    private static final String[] ASCII = new String[128];

    static {
        for (int i = 0; i < 128; i++) {
            ASCII[i] = String.valueOf((char) i).intern();
        }
    }

    private static String single(char c) {
        return c < 128 ? ASCII[c] : String.valueOf(c);
    }

    boolean is(int i, String s) {
        return i >= 0 && i < size && lower[i].equals(s);
    }

    boolean isAny(int i, java.util.Set<String> set) {
        return i >= 0 && i < size && set.contains(lower[i]);
    }

    boolean isQuote(int i) {
        if (i < 0 || i >= size || word[i]) {
            return false;
        }
        char c = text.charAt(start[i]);
        return c == '\'' || c == '"';
    }

    boolean isYear(int i) {
        if (i < 0 || i >= size || !word[i] || lower[i].length() != 4) {
            return false;
        }
        String s = lower[i];
        if (!(s.startsWith("19") || s.startsWith("20"))) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1990 && y <= 2035;
    }

    /** Whether a hyphen (no spaces) joins token i to token i+1. */
    boolean hyphenAfter(int i) {
        return i + 1 < size && !word[i + 1] && text.charAt(start[i + 1]) == '-' && end[i] == start[i + 1]
                && i + 2 < size && end[i + 1] == start[i + 2];
    }

    static boolean isPunct(Tokens t, int i, char c) {
        return i >= 0 && i < t.size && !t.word[i] && t.text.charAt(t.start[i]) == c;
    }
}
