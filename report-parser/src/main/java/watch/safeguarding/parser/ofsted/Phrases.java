package watch.safeguarding.parser.ofsted;

import java.util.List;
import java.util.Locale;

/**
 * A phrase looked for in raw text, its words apart by any run of white space (a PDF wraps titles and labels over
 * lines), in lower, capitalised or upper case: by a scan of the text's head, far cheaper than flattening the text or
 * a case-insensitive pattern. Immutable.
 */
final class Phrases {

    private final String[] words;
    /** The first word as it is written: lower case, capitalised, upper case. */
    private final String[] firsts;

    /** {@code phrase}: lower-case words separated by single spaces. */
    Phrases(String phrase) {
        this.words = phrase.split(" ");
        String w = words[0];
        this.firsts = new String[] {w, Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(Locale.ROOT)};
    }

    /** Whether any of the phrases starts within the first {@code limit} characters of the text: one pass over them. */
    static boolean anyIn(List<Phrases> phrases, String text, int limit) {
        boolean[] firstChar = new boolean[128];
        for (Phrases p : phrases) {
            for (String first : p.firsts) {
                char c = first.charAt(0);
                if (c < 128) {
                    firstChar[c] = true;
                }
            }
        }
        int last = Math.min(limit, text.length() - 1);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            // most characters start none of the phrases: one table look-up rules them out
            if (c >= 128 || !firstChar[c] || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (Phrases p : phrases) {
                if (p.startsAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAt(String text, int start) {
        if (!text.startsWith(firsts[0], start) && !text.startsWith(firsts[1], start)
                && !text.startsWith(firsts[2], start)) {
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
