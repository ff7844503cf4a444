package watch.safeguarding.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Finds a report's publication date in bylines, datelines, "Published:"/"Date:" lines and URLs. */
final class DateFinder {

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun");

    /** A date found at token index {@code at}; {@code endToken} is the index after it. */
    record Found(LocalDate date, int at, int endToken) {
    }

    private DateFinder() {
    }

    /** How much of a line a date field takes: "date 2019-03-18", "date 18 March 2019". */
    private static final int DATE_FIELD = 24;

    /** The publication date: a "published"/"date" labelled date, else a short dateline near the top. */
    static LocalDate published(String text) {
        int limit = Math.min(text.length(), 2500);
        LocalDate dateline = null;
        LocalDate updated = null; // a "last updated" date: the best there is when nothing gives the first publication
        int lineStart = 0;
        int lines = 0;
        while (lineStart < limit && lines < 40) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > limit ? limit : nl;
            lines++;
            if (!hasDigit(text, lineStart, lineEnd)) {
                lineStart = lineEnd + 1;
                continue;
            }
            String line;
            if (lineEnd - lineStart > 200) {
                // long paragraph: only look right after a "published"/"date" label
                int p = label(text, "ublished", lineStart, lineEnd);
                if (p < 0) {
                    p = label(text, "ate:", lineStart, lineEnd);
                }
                // " date 2019-03-18 Image copyright ...": a page's date field run into its first paragraph
                int first = lineStart;
                while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                    first++;
                }
                boolean field = p < 0 && text.regionMatches(true, first, "date ", 0, 5);
                if (field) {
                    p = first + 1;
                }
                if (p < 0) {
                    lineStart = lineEnd + 1;
                    continue;
                }
                // from the label's first letter ("ublished", "ate:" match in any case), so that the label is read
                line = text.substring(Math.max(lineStart, p - 1), Math.min(lineEnd, p + (field ? DATE_FIELD : 60)));
            } else {
                line = text.substring(lineStart, lineEnd);
                int field = dateFieldEnd(line);
                if (field > 0) {
                    line = line.substring(0, field); // the date field alone, not the caption's copyright after it
                }
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (updated == null && lower.contains("updated") && !lower.contains("copyright")) {
                Tokens t = Tokens.of(line, 0, line.length());
                for (int i = 0; i < t.size && updated == null; i++) {
                    Found f = at(t, i);
                    updated = f == null ? null : f.date();
                }
            } else if (!lower.contains("copyright") && !lower.contains("\u00a9") && !lower.contains("updated")) {
                Tokens t = Tokens.of(line, 0, line.length());
                for (int i = 0; i < t.size; i++) {
                    Found f = at(t, i);
                    if (f == null) {
                        continue;
                    }
                    boolean labelled = false;
                    for (int k = Math.max(0, i - 4); k < i; k++) {
                        if (t.is(k, "published") || t.is(k, "date") || t.is(k, "posted") || t.is(k, "issued")
                                || t.is(k, "dated")) {
                            labelled = true;
                        }
                    }
                    if (labelled) {
                        return f.date();
                    }
                    // a dateline: a short line that is mostly the date (optionally a byline before a bar)
                    boolean byline = lower.startsWith("by ") && line.length() <= 120 && wordsOutside(t, i, f.endToken()) <= 10;
                    if (dateline == null && (line.trim().length() <= 60 && wordsOutside(t, i, f.endToken()) <= 6 || byline)
                            && !lower.contains("inspect") && !lower.contains("visit")) {
                        dateline = f.date();
                    }
                    i = f.endToken() - 1;
                }
            }
            lineStart = lineEnd + 1;
        }
        return dateline != null ? dateline : updated;
    }

    /**
     * Where a page's date field run into the line after it ends ("date 2019-03-18 Image copyright ..."): the offset
     * just after the date, or -1 when the line does not open with one.
     */
    static int dateFieldEnd(String line) {
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        if (!line.regionMatches(true, first, "date ", 0, 5)) {
            return -1;
        }
        int to = Math.min(line.length(), first + DATE_FIELD);
        Tokens t = Tokens.of(line, first, to);
        Found f = t.size > 1 ? at(t, 1) : null;
        return f == null ? -1 : t.end[f.endToken() - 1];
    }

    /** A short line that is only a date, perhaps with its weekday and a time: "Tuesday 12 March 2019 10:32". */
    static boolean dateOnly(String line) {
        if (line.length() > 40) {
            return false;
        }
        Tokens t = Tokens.of(line, 0, line.length());
        for (int i = 0; i < t.size; i++) {
            Found f = at(t, i);
            if (f != null) {
                return wordsOutside(t, f.at(), f.endToken()) <= 2;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Where a label ("ublished", "ate:") first starts in [from, to), in any case, else -1. */
    private static int label(String s, String lower, int from, int to) {
        char l = lower.charAt(0);
        char u = Character.toUpperCase(l);
        int n = lower.length();
        for (int i = from; i + n <= to; i++) {
            char c = s.charAt(i);
            if ((c == l || c == u) && s.regionMatches(true, i, lower, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    private static int wordsOutside(Tokens t, int from, int to) {
        int n = 0;
        for (int i = 0; i < t.size; i++) {
            if ((i < from || i >= to) && t.word[i] && !WEEKDAYS.contains(t.lower[i])) {
                n++;
            }
        }
        return n;
    }

    /** A full date starting at token i: "[Weekday,] 1 September 2015", "February 28, 2011", "21 OCT 2013". */
    static Found at(Tokens t, int i) {
        int j = i;
        if (t.isAny(j, WEEKDAYS)) {
            j++;
            if (j < t.size && !t.word[j]) {
                j++;
            }
        }
        if (j >= t.size || !t.word[j]) {
            return null;
        }
        // "04/05/2011", "29.01.18": day first, as British pages write it
        Found numeric = dayMonthYear(t, i, j);
        if (numeric != null) {
            return numeric;
        }
        Integer day = day(t, j);
        if (day != null) {
            int m = j + 1;
            if (m < t.size && MONTHS.containsKey(t.lower[m])) {
                int y = m + 1;
                if (y < t.size && !t.word[y] && t.text.charAt(t.start[y]) == ',') {
                    y++;
                }
                if (t.isYear(y)) {
                    LocalDate d = make(Integer.parseInt(t.lower[y]), MONTHS.get(t.lower[m]), day);
                    return d == null ? null : new Found(d, i, y + 1);
                }
            }
            return null;
        }
        if (MONTHS.containsKey(t.lower[j]) && !t.lower[j].equals("may") || t.is(j, "may") && t.upper[j]) {
            int dIdx = j + 1;
            Integer d2 = day(t, dIdx);
            if (d2 != null) {
                int y = dIdx + 1;
                if (y < t.size && !t.word[y]) {
                    y++;
                }
                if (t.isYear(y)) {
                    LocalDate d = make(Integer.parseInt(t.lower[y]), MONTHS.get(t.lower[j]), d2);
                    return d == null ? null : new Found(d, i, y + 1);
                }
            }
        }
        if (t.isYear(j) && j + 4 < t.size && t.text.charAt(t.start[j + 1]) == '-') {
            LocalDate d = Dates.parseIsoPrefix(t.text.substring(t.start[j], Math.min(t.text.length(), t.start[j] + 10)));
            if (d != null) {
                return new Found(d, i, j + 5);
            }
        }
        return null;
    }

    private static Found dayMonthYear(Tokens t, int i, int j) {
        if (j + 4 >= t.size || t.word[j + 1] || t.word[j + 3] || !t.word[j + 2] || !t.word[j + 4]) {
            return null;
        }
        char sep = t.text.charAt(t.start[j + 1]);
        if (sep != '/' && sep != '.' || t.text.charAt(t.start[j + 3]) != sep
                || t.end[j] != t.start[j + 1] || t.end[j + 1] != t.start[j + 2] || t.end[j + 3] != t.start[j + 4]) {
            return null;
        }
        String d = t.lower[j];
        String m = t.lower[j + 2];
        String y = t.lower[j + 4];
        if (!digits(d, 2) || !digits(m, 2) || !(t.isYear(j + 4) || digits(y, 2) && y.length() == 2)) {
            return null;
        }
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        LocalDate date = make(year, Integer.parseInt(m), Integer.parseInt(d));
        return date == null ? null : new Found(date, i, j + 5);
    }

    /** One or two (at most {@code max}) digits and nothing else. */
    private static boolean digits(String s, int max) {
        return !s.isEmpty() && s.length() <= max && s.chars().allMatch(Character::isDigit);
    }

    private static Integer day(Tokens t, int j) {
        if (j >= t.size || !t.word[j]) {
            return null;
        }
        String s = t.lower[j];
        int n = 0;
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k)) && k < 2) {
            n = n * 10 + (s.charAt(k) - '0');
            k++;
        }
        if (k == 0) {
            return null;
        }
        String rest = s.substring(k);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) {
            return null;
        }
        return n >= 1 && n <= 31 ? n : null;
    }

    private static LocalDate make(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Date or year-month from a URL path: /2022-11-22/, /2009/06/, /2014/02/; returns {year, month, day} or null. */
    static int[] fromUrl(String url) {
        if (url == null) {
            return null;
        }
        int n = url.length();
        for (int i = 0; i + 4 <= n; i++) {
            if ((i == 0 || url.charAt(i - 1) == '/' || url.charAt(i - 1) == '-' || url.charAt(i - 1) == '_')
                    && isDigits(url, i, 4)) {
                int y = Integer.parseInt(url.substring(i, i + 4));
                if (y < 1995 || y > 2035 || i + 4 < n && Character.isDigit(url.charAt(i + 4))) {
                    continue;
                }
                int j = i + 4;
                int[] named = namedMonth(url, j, y);
                if (named != null) {
                    return named;
                }
                if (j < n && (url.charAt(j) == '/' || url.charAt(j) == '-') && j + 3 <= n && isDigits(url, j + 1, 2)
                        && (j + 3 == n || !Character.isDigit(url.charAt(j + 3)))) {
                    int m = Integer.parseInt(url.substring(j + 1, j + 3));
                    if (m < 1 || m > 12) {
                        continue;
                    }
                    int k = j + 3;
                    if (k < n && url.charAt(k) == url.charAt(j) && k + 3 <= n && isDigits(url, k + 1, 2)
                            && (k + 3 == n || !Character.isDigit(url.charAt(k + 3)))) {
                        return new int[] {y, m, Integer.parseInt(url.substring(k + 1, k + 3))};
                    }
                    return new int[] {y, m, 0};
                }
            }
        }
        return null;
    }

    /** "/2008/dec/18/": a month by its name after the year's slash, and the day after the next; null if none. */
    private static int[] namedMonth(String url, int slash, int year) {
        int n = url.length();
        if (slash >= n || url.charAt(slash) != '/') {
            return null;
        }
        int end = slash + 1;
        while (end < n && Character.isLetter(url.charAt(end))) {
            end++;
        }
        Integer month = end < n && url.charAt(end) == '/' ? MONTHS.get(url.substring(slash + 1, end).toLowerCase(java.util.Locale.ROOT)) : null;
        if (month == null) {
            return null;
        }
        int digits = 0;
        while (end + 1 + digits < n && digits < 3 && Character.isDigit(url.charAt(end + 1 + digits))) {
            digits++;
        }
        boolean day = (digits == 1 || digits == 2) && (end + 1 + digits == n || url.charAt(end + 1 + digits) == '/');
        return new int[] {year, month, day ? Integer.parseInt(url.substring(end + 1, end + 1 + digits)) : 0};
    }

    private static boolean isDigits(String s, int from, int len) {
        if (from + len > s.length()) {
            return false;
        }
        for (int i = from; i < from + len; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
