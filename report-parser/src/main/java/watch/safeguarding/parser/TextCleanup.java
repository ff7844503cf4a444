package watch.safeguarding.parser;

import java.util.List;
import java.util.Locale;

/** Text clean-up: the metadata lines, the byte-order mark, white space and quotes made uniform, the title. */
final class TextCleanup {

    private TextCleanup() {
    }

    static String stripLeadingBlankLines(String s) {
        int i = 0;
        int lineStart = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return s.substring(Math.min(lineStart, s.length()));
    }

    /**
     * A plain-text report's headline: a "Title:" line, else the first line that is not a byline, a date or another
     * label ("Published: ...", "By ...") and does not read as a sentence of the story.
     */
    static String firstLineTitle(String body) {
        int i = 0;
        int n = Math.min(body.length(), 2000);
        int lines = 0;
        while (i < n && lines < 6) {
            int nl = body.indexOf('\n', i);
            int end = nl < 0 || nl > n ? n : nl;
            String line = body.substring(i, end).trim();
            i = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("title:")) {
                String title = line.substring(6).trim();
                return title.isEmpty() ? null : title;
            }
            int field = DateFinder.dateFieldEnd(line);
            if (field > 0) {
                // a page's date field run into its next line: what follows it may be the headline, or a caption
                line = line.substring(field).trim();
                lower = line.toLowerCase(Locale.ROOT);
                if (line.isEmpty() || Lexicon.CAPTION_OPENERS.stream().anyMatch(lower::startsWith)) {
                    continue;
                }
            }
            if (METADATA_LABELS.stream().anyMatch(lower::startsWith) || DateFinder.dateOnly(line)) {
                continue;
            }
            return line.length() <= 200 && !line.endsWith(".") ? line : null;
        }
        return null;
    }

    static final List<String> METADATA_LABELS = List.of("published", "updated", "last updated", "date:",
            "posted", "by ", "author:", "source:", "url:", "filed under");

    /** One-for-one character normalisation: curly quotes, dashes and odd spaces. */
    static String normalise(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < '`' || c > '`' && c < 0x7f || c == '\n') {
                out[i] = c; // printable ASCII, by far the most of any text, stays as it is
                continue;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4', '`' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> c = '"';
                case '\u2013', '\u2014', '\u2015', '\u2212', '\u2010', '\u2011' -> c = '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t', '\f', '\u000B' -> c = ' ';
                case '\r' -> c = '\n';
                case '\u200B', '\uFEFF' -> c = ' ';
                default -> {
                }
            }
            out[i] = c;
        }
        return new String(out);
    }
}
