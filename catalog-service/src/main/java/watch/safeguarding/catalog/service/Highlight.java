package watch.safeguarding.catalog.service;

/** Search extracts as HTML: the text escaped, then the match markers of {@link ReaderQueries} turned into mark elements. */
public final class Highlight {

    private Highlight() {
    }

    public static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case ReaderQueries.MATCH_START -> {
                    html.append(open ? "" : "<mark>");
                    open = true;
                }
                case ReaderQueries.MATCH_END -> {
                    html.append(open ? "</mark>" : "");
                    open = false;
                }
                default -> html.append(c);
            }
        }
        return html.append(open ? "</mark>" : "").toString();
    }
}
