package watch.safeguarding.parser.ofsted;

import java.util.Locale;

/**
 * A phrase looked for in raw text, its words apart by any run of white space (a PDF wraps titles and labels over
 * lines), case-insensitively: by String.indexOf, which is far cheaper than flattening the text or a case-insensitive
 * pattern. Immutable.
 */
final class Phrases {

    private final String[] words;
    private final String[] tails;

    /** {@code phrase}: lower-case words separated by single spaces. */
    Phrases(String phrase) {
        this.words = phrase.split(" ");
        String tail = words[0].substring(1);
        this.tails = new String[] {tail, tail.toUpperCase(Locale.ROOT)};
    }

    /** Whether the phrase starts within the first {@code limit} characters of the text. */
    boolean in(String text, int limit) {
        for (String tail : tails) {
            int from = 1;
            int i;
            while ((i = text.indexOf(tail, from)) >= 0 && i <= limit) {
                from = i + 1;
                if (startsAt(text, i - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAt(String text, int start) {
        if (Character.toLowerCase(text.charAt(start)) != words[0].charAt(0)
                || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
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
