package watch.safeguarding.ingest.service;

/**
 * Control characters end at the boundary: they carry no meaning in a report, PostgreSQL cannot store U+0000 (a report
 * holding one was accepted here and then dead-lettered by the catalog), and they would shift the report id.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Text with its line structure: tab, CR and LF stay; form feed, vertical tab and NEL become LF; the rest go. */
    public static String strip(String text) {
        if (text == null || firstControl(text) < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c)) {
                clean.append(c);
            } else if (c == '\f' || c == '\u000b' || c == '\u0085') {
                clean.append('\n');
            }
        }
        return clean.toString();
    }

    /** A one-line value such as a title: line breaks and tabs become spaces, other control characters go. */
    public static String inLine(String value) {
        if (value == null || firstControl(value) < 0) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c)) {
                clean.append(c);
            } else if (Character.isWhitespace(c) || c == '\u0085') {
                clean.append(' ');
            }
        }
        return clean.toString();
    }

    /** The index of the first control character, or -1. */
    public static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
