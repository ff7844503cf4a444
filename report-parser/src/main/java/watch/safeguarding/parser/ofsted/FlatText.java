package watch.safeguarding.parser.ofsted;

/**
 * A report's text as one line: every run of white space is one space, typographic quotes and dashes are ASCII. Table
 * cells and titles wrap over lines in the PDF; flattened, a label and its grade read as one phrase.
 */
final class FlatText {

    private FlatText() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = switch (text.charAt(i)) {
                case '\u2018', '\u2019', '\u02bc', '`' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00a0', '\u2007', '\u202f', '\t', '\n', '\r', '\f', '\u000b' -> ' ';
                default -> text.charAt(i);
            };
            if (c == ' ' || Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }
}
