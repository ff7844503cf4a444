package watch.safeguarding.parser.ofsted;

import java.util.Locale;

/**
 * A phrase looked for in raw text, its words apart by any run of white space (a PDF wraps titles and labels over
 * lines), in lower, capitalised or upper case: by String.indexOf, which is far cheaper than flattening the text or
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

    /** Whether the phrase starts within the first {@code limit} characters of the text. */
    boolean in(String text, int limit) {
        for (String first : firsts) {
            int from = 0;
            int i;
            while ((i = text.indexOf(first, from)) >= 0 && i <= limit) {
                from = i + 1;
                if (startsAt(text, i)) {
                    return true;
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
