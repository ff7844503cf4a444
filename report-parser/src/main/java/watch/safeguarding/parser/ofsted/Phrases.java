package watch.safeguarding.parser.ofsted;

import java.util.List;
import java.util.Locale;

/**
 * A phrase looked for in raw text, its words apart by any run of white space (a PDF wraps titles and labels over
 * lines), in lower, capitalised or upper case: by String.indexOf over the text's head, far cheaper than flattening
 * the text or a case-insensitive pattern. Immutable.
 */
final class Phrases {

    private final String[] words;
    /** The first word as it is written: lower case, capitalised, upper case. */
    private final String[] firsts;

    private static final int MAX_FIRST_WORD = 40;

    /** {@code phrase}: lower-case words separated by single spaces, the first at most 40 characters long. */
    Phrases(String phrase) {
        this.words = phrase.split(" ");
        if (words[0].length() > MAX_FIRST_WORD) {
            throw new IllegalArgumentException("first word too long: " + phrase);
        }
        String w = words[0];
        this.firsts = new String[] {w, Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(Locale.ROOT)};
    }

    /** Whether any of the phrases starts within the first {@code limit} characters of the text. */
    static boolean anyIn(List<Phrases> phrases, String text, int limit) {
        // String.indexOf is vectorised, but reads on to the end when the phrase is absent, as it mostly is: search
        // only the head
        String head = text.length() > limit + MAX_FIRST_WORD ? text.substring(0, limit + MAX_FIRST_WORD) : text;
        for (Phrases p : phrases) {
            for (String first : p.firsts) {
                int i = -1;
                while ((i = head.indexOf(first, i + 1)) >= 0 && i <= limit) {
                    if (p.startsAt(text, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean startsAt(String text, int start) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        int p = start + words[0].length();
        for (int k = 1; k < words.length; k++) {
            int q = p;
            while (q < text.length() && (Character.isWhitespace(text.charAt(q)) || Character.isSpaceChar(text.charAt(q)))) {
                q++;
            }
            if (q == p || !text.regionMatches(true, q, words[k], 0, words[k].length())) {
                return false;
            }
            p = q + words[k].length();
        }
        return true;
    }
}
