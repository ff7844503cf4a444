package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sentences of a cleaned text: line structure, abbreviations, readers' comments and page furniture. */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** Longest sentence the expensive steps look at; longer runs are cut (keeps the work linear). */
    static final int MAX_SENTENCE = 1500;

    static int maxYear(String text, List<Span> sentences) {
        int max = -1;
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))
                    && (i + 4 == n || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
                int y = (c - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
                        + (text.charAt(i + 3) - '0');
                if (y >= 2000 && y <= 2035) {
                    // ignore copyright lines
                    int ls = text.lastIndexOf('\n', i) + 1;
                    String pre = text.substring(Math.max(ls, i - 40), i).toLowerCase(Locale.ROOT);
                    if (!pre.contains("copyright") && !pre.contains("\u00a9") && !pre.contains("(c)")) {
                        max = Math.max(max, y);
                    }
                }
            }
        }
        return max;
    }

    /** Hand-written splitter: lines, then sentence ends; boilerplate and related-story lists dropped. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean inRelated = false;
        boolean inComments = false;
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? n : nl;
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            i = lineEnd + 1;
            if (s >= e) {
                continue;
            }
            int len = e - s;
            String line = text.substring(s, Math.min(e, s + (len > 220 ? 24 : 220))).toLowerCase(Locale.ROOT);
            if (len <= 60 && Lexicon.RELATED_MARKERS.contains(stripPunct(line))) {
                inRelated = true;
                continue;
            }
            if (len <= 40 && commentsHeading(stripPunct(line))) {
                inComments = true;
                continue;
            }
            if (inComments) {
                // readers' comments ("Handle: text", "Reply", "2 hours ago") are not the story, however they read
                if (len <= 40 || commentHandle(text, s, e)) {
                    continue;
                }
                inComments = false;
            }
            if (inRelated) {
                char last = text.charAt(e - 1);
                if (len < 160 && last != '.' && last != '"' && last != '\'') {
                    continue;
                }
                inRelated = false;
            }
            if (boilerplate(line, len)) {
                continue;
            }
            splitLine(text, s, e, out);
        }
        // judgement tables broken across lines: "Overall effectiveness" / "Requires improvement to be good"
        List<Span> merged = new ArrayList<>(out.size());
        boolean listOpen = false;
        for (Span sp : out) {
            // "Among the areas ruled inadequate are:" and the bullets that follow it: one sentence
            if (!merged.isEmpty() && bullet(text, sp) && sp.end() - sp.start() < MAX_BULLET) {
                Span prev = merged.get(merged.size() - 1);
                if ((listOpen || text.charAt(prev.end() - 1) == ':' && prev.end() - prev.start() < 200)
                        && sp.end() - prev.start() < MAX_SENTENCE) {
                    merged.set(merged.size() - 1, new Span(prev.start(), sp.end()));
                    listOpen = true;
                    continue;
                }
            }
            listOpen = false;
            // a line wrapped inside a table cell: "... children who need help and" / "protection" / "Good"
            if (!merged.isEmpty() && Character.isLowerCase(text.charAt(sp.start()))) {
                Span prev = merged.get(merged.size() - 1);
                char last = text.charAt(prev.end() - 1);
                if (prev.end() - prev.start() < 200 && last != '.' && last != '!' && last != '?' && last != ':'
                        && singleLineBreak(text, prev.end(), sp.start())) {
                    merged.set(merged.size() - 1, new Span(prev.start(), sp.end()));
                    continue;
                }
            }
            if (!merged.isEmpty() && isBareGrade(text, sp)) {
                Span prev = merged.get(merged.size() - 1);
                if (prev.end() - prev.start() < 160 && sp.start() - prev.end() < 4
                        && text.indexOf('\n', prev.end()) < sp.start() && !isBareGrade(text, prev)) {
                    merged.set(merged.size() - 1, new Span(prev.start(), sp.end()));
                    continue;
                }
            }
            merged.add(sp);
        }
        return merged;
    }

    /** A list item: a line that starts with a bullet. */
    private static boolean bullet(String text, Span sp) {
        char c = text.charAt(sp.start());
        return c == '\u2022' || c == '\u00b7' || c == '\u25aa' || c == '*';
    }

    /** The longest list item merged into the sentence that introduces its list. */
    private static final int MAX_BULLET = 120;

    /** "Comments", "Comments (14)", "3 comments", "Reader comments", "Have your say", "Post a comment". */
    static boolean commentsHeading(String line) {
        StringBuilder words = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isDigit(line.charAt(i))) {
                words.append(line.charAt(i));
            }
        }
        String l = words.toString().trim();
        return l.equals("comments") || l.equals("comment") || l.equals("reader comments") || l.equals("readers comments")
                || l.equals("have your say") || l.equals("post a comment") || l.equals("leave a comment")
                || l.equals("join the discussion") || l.equals("join the conversation") || l.equals("show comments");
    }

    /** A line that starts with a commenter's handle: one word (letters, digits, _ . -) and a colon. */
    static boolean commentHandle(String text, int s, int e) {
        int colon = -1;
        for (int i = s; i < Math.min(e, s + 31); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return colon > s;
    }

    /** Only white space with exactly one line break between the two offsets. */
    static boolean singleLineBreak(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return breaks == 1;
    }

    static String stripPunct(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ') {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    static boolean boilerplate(String line, int len) {
        if (line.startsWith("read more") || line.startsWith("related:") || line.startsWith("see also")
                || line.startsWith("more:") || line.startsWith("also read") || line.startsWith("read next")) {
            return true;
        }
        if (len > 220) {
            return false;
        }
        return line.contains("click here") || line.contains("comments powered by") || line.contains("cookie")
                || line.startsWith("copyright") || line.startsWith("\u00a9") || line.startsWith("sign in")
                || line.startsWith("sign up") || line.startsWith("register") || line.startsWith("subscribe")
                || line.startsWith("share this") || line.startsWith("follow us") || line.startsWith("got a story")
                || line.contains("already have an account") || line.startsWith("advertisement")
                || line.startsWith("skip to") || line.contains("newsletter");
    }

    static boolean isBareGrade(String text, Span sp) {
        int len = sp.end() - sp.start();
        if (len > 40) {
            return false;
        }
        String s = stripPunct(text.substring(sp.start(), sp.end()).toLowerCase(Locale.ROOT));
        return s.equals("inadequate") || s.equals("good") || s.equals("outstanding") || s.equals("adequate")
                || s.startsWith("requires improvement") || s.equals("require improvement")
                || s.equals("requires improvement to be good");
    }

    static final Set<String> ABBREV = Set.of("mr", "mrs", "ms", "dr", "st", "cllr", "coun", "prof", "rev",
            "no", "vs", "etc", "inc", "ltd", "co", "gen", "col", "sgt", "jr", "sr", "cf", "eg", "ie", "approx",
            "dept", "govt", "nos", "vol", "fig", "mt", "capt", "lt", "hon", "rt", "cllrs");

    static void splitLine(String text, int s, int e, List<Span> out) {
        int start = s;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (i - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                out.add(new Span(start, i));
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < e && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')')) {
                j++;
            }
            if (j >= e || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < e && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= e) {
                continue;
            }
            char next = text.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\''
                    || next == '(' || next == '-')) {
                continue;
            }
            if (c == '.') {
                int w = i;
                while (w > start && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                String word = text.substring(w, i).toLowerCase(Locale.ROOT);
                if (ABBREV.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
                    continue;
                }
            }
            out.add(new Span(start, j));
            start = k;
            i = k - 1;
        }
        if (start < e) {
            out.add(new Span(start, e));
        }
    }
}
