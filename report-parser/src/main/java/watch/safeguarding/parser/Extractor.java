package watch.safeguarding.parser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.decide.DecisionModel;
import watch.safeguarding.parser.decide.Features;

/**
 * The extraction pipeline: clean text, split sentences, find councils, grade phrases, areas and status cues,
 * attach grades to councils (explicit in the sentence, else the discourse focus), gate and deduplicate.
 * Stateless apart from the immutable gazetteer matcher, so it is thread-safe.
 */
final class Extractor {

    /** Longest sentence the expensive steps look at; longer runs are cut (keeps the work linear). */
    static final int MAX_SENTENCE = 1500;
    /** How many tokens around a grade the cue windows look at. */
    static final int WINDOW = 16;

    private final Gazetteer gazetteer;
    private final CouncilMatcher matcher;
    private final Map<String, List<String[]>> areaByFirst = new HashMap<>();
    private final Map<String, Council> predecessorOf = new HashMap<>();
    private final DecisionModel model;

    Extractor(Gazetteer gazetteer, DecisionModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.matcher = new CouncilMatcher(gazetteer);
        for (String[] a : Lexicon.AREAS) {
            String[] words = a[0].split(" ");
            String[] entry = new String[words.length + 1];
            System.arraycopy(words, 0, entry, 0, words.length);
            entry[words.length] = a[1];
            areaByFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        }
        for (List<String[]> l : areaByFirst.values()) {
            l.sort((x, y) -> y.length - x.length);
        }
        for (Council c : gazetteer.councils()) {
            for (String s : c.successors()) {
                predecessorOf.putIfAbsent(s, c);
            }
        }
    }

    // ------------------------------------------------------------------ document level

    /** Per-document state. */
    private static final class Doc {
        String text;
        String url;
        String title;
        LocalDate published;
        Integer pubYear;
        int refYear;
        boolean annual;
        boolean cpInspection;
        Council focus;
        Council domainCouncil;
        List<Draft> drafts = new ArrayList<>();
        Set<String> lastAreas = new LinkedHashSet<>();
        Set<String> lastSentenceAreas = new LinkedHashSet<>();
        Map<String, Council> mentioned = new LinkedHashMap<>();
        int prevSentenceYear = -1;
        boolean prevSentencePrevious;
        /** The areas of the grades accepted so far in the sentence being read. */
        Set<String> sentenceAreas = Set.of();
        /** The story's subject is a school, a children's home or another service, not children's services. */
        boolean otherTopic;
        /** The last areasFor call found no area in the text and fell back to a default. */
        boolean areaImplied;
        /** The last areasFor call found a grade given in every area ("outstanding in all four areas"). */
        boolean allAreas;
        /** How many sentences have been read. */
        int sentenceIndex;
        /** The text is about inspections of children's services at all. */
        boolean gated;
    }

    /** An outcome before resolution and deduplication. */
    private static final class Draft {
        Council council;
        String area;
        String rating;
        boolean previous;
        Integer year;
        String evidence;
        double confidence;
        int newScore;
        int order;
        boolean areaImplied;
        boolean yearStated;
        Features features;
        /** The hand-written rules alone would drop it. */
        boolean vetoed;
    }

    private record Span(int start, int end) {
    }

    ParsedReport extract(String raw, HtmlText.Page page) {
        Doc doc = analyse(raw, page);
        List<Outcome> outcomes = doc.gated ? finish(doc) : List.of();
        List<CouncilRef> refs = new ArrayList<>();
        for (Council c : doc.mentioned.values()) {
            refs.add(new CouncilRef(c.code(), c.name()));
        }
        return new ParsedReport(doc.text, outcomes, refs, doc.url, doc.title, doc.published);
    }

    /** The candidate outcomes and the cues of each, before any decision: what the decision model learns from. */
    List<Candidate> candidates(String raw, HtmlText.Page page) {
        Doc doc = analyse(raw, page);
        documentFeatures(doc);
        List<Candidate> out = new ArrayList<>();
        for (Draft d : doc.drafts) {
            out.add(new Candidate(d.council.code(), d.area, d.rating, d.previous, d.year, d.evidence, d.features));
        }
        return out;
    }

    private Doc analyse(String raw, HtmlText.Page page) {
        Doc doc = new Doc();
        String body = raw;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        if (page != null) {
            doc.url = page.url();
            doc.title = page.title();
            doc.published = page.publishedDate();
        }
        String trimmedStart = body.stripLeading();
        if (trimmedStart.regionMatches(true, 0, "URL:", 0, 4)) {
            int nl = trimmedStart.indexOf('\n');
            String first = nl < 0 ? trimmedStart : trimmedStart.substring(0, nl);
            String u = first.substring(4).trim();
            if (!u.isEmpty() && doc.url == null) {
                doc.url = u;
            }
            body = nl < 0 ? "" : trimmedStart.substring(nl + 1);
            body = stripLeadingBlankLines(body);
        }
        String text = normalise(body);
        doc.text = text;

        // metadata
        if (doc.published == null) {
            doc.published = DateFinder.published(text);
        }
        int[] urlDate = DateFinder.fromUrl(doc.url);
        if (doc.published == null && urlDate != null && urlDate[2] > 0) {
            try {
                doc.published = LocalDate.of(urlDate[0], urlDate[1], urlDate[2]);
            } catch (java.time.DateTimeException e) {
                // ignore
            }
        }
        doc.pubYear = doc.published != null ? Integer.valueOf(doc.published.getYear())
                : urlDate != null ? Integer.valueOf(urlDate[0]) : null;
        if (doc.title == null) {
            doc.title = firstLineTitle(body);
        }
        doc.domainCouncil = gazetteer.byUrl(doc.url).orElse(null);

        List<Span> sentences = sentences(text);
        doc.refYear = doc.pubYear != null ? doc.pubYear : maxYear(text, sentences);

        String lower = text.toLowerCase(Locale.ROOT);
        doc.annual = lower.contains("annual rating") || lower.contains("annual children's services rating")
                || lower.contains("annual performance assessment") || lower.contains("performing poorly")
                || lower.contains("performs poorly") || lower.contains("performing excellently")
                || lower.contains("annual assessment");
        // the 2009-13 safeguarding and child protection inspections: their grades default to the safeguarding area;
        // SIF and ILACS inspections (from late 2013) were unannounced too, so the word alone says nothing after that;
        // with no year in the text, the word stands (an "adequate" there is of that era; "requires improvement" is not)
        boolean before2014 = doc.refYear < 2014;
        doc.cpInspection = doc.refYear <= 2014 && (lower.contains("protection of children")
                || lower.contains("child protection inspection"))
                || before2014 && (lower.contains("unannounced") || lower.contains("spot check")
                || lower.contains("spot-check") || lower.contains("surprise inspection"));
        boolean inspection = lower.contains("ofsted") || lower.contains("inspect") || lower.contains("ilacs");
        boolean childrenContext = lower.contains("children's services") || lower.contains("childrens services")
                || lower.contains("children's social care") || lower.contains("social care")
                || lower.contains("child protection") || lower.contains("safeguarding")
                || lower.contains("looked after") || lower.contains("looked-after")
                || lower.contains("children in care") || lower.contains("care leavers")
                || lower.contains("help and protection") || lower.contains("annual rating")
                || lower.contains("children and young people's services") || lower.contains("childcare protection")
                || lower.contains("children services") || lower.contains("children's social work")
                || lower.contains("family services") || lower.contains("early help");
        boolean otherInspectorate = !lower.contains("ofsted") && (lower.contains("probation")
                || lower.contains("youth offending") || lower.contains("youth justice")
                || lower.contains("care inspectorate") || lower.contains("hmie") || lower.contains("estyn"));
        boolean gated = inspection && childrenContext && !otherInspectorate;

        doc.focus = doc.domainCouncil;
        doc.gated = gated;
        int order = 0;
        for (Span s : sentences) {
            order = sentence(doc, s, gated, order);
        }
        return doc;
    }

    /** Cues of a candidate that only the whole text shows: how many councils it names, which it is about. */
    private void documentFeatures(Doc doc) {
        int councils = doc.mentioned.size();
        String councilsCue = councils <= 1 ? "text_councils_one" : councils <= 3 ? "text_councils_few" : "text_councils_many";
        Council first = doc.mentioned.isEmpty() ? null : doc.mentioned.values().iterator().next();
        String title = doc.title == null ? "" : doc.title.toLowerCase(Locale.ROOT);
        Map<String, Integer> perCouncil = new HashMap<>();
        Map<String, Integer> perGrade = new HashMap<>();
        Map<String, Set<String>> ratingsPerArea = new HashMap<>();
        for (Draft d : doc.drafts) {
            perCouncil.merge(d.council.code(), 1, Integer::sum);
            perGrade.merge(d.council.code() + "|" + d.rating, 1, Integer::sum);
            ratingsPerArea.computeIfAbsent(d.council.code() + "|" + d.area, k -> new HashSet<>()).add(d.rating);
        }
        Set<String> titleWords = new HashSet<>();
        if (!title.isEmpty()) {
            Tokens tt = Tokens.of(title, 0, Math.min(title.length(), MAX_SENTENCE));
            for (int i = 0; i < tt.size; i++) {
                if (tt.word[i]) {
                    titleWords.add(tt.lower[i]);
                }
            }
        }
        Set<String> gradeSeen = new HashSet<>();
        for (Draft d : doc.drafts) {
            Features f = d.features;
            f.add(councilsCue);
            f.add(d == doc.drafts.get(0), "first_candidate_of_text");
            f.add(gradeSeen.add(d.council.code()), "first_grade_of_council");
            String ratingWord = d.rating.startsWith("requires") ? "improvement" : d.rating.startsWith("performs")
                    ? d.rating.substring("performs_".length()) : d.rating;
            f.add(titleWords.contains(ratingWord), "title_states_grade");
            f.add(titleWords.stream().anyMatch(Lexicon.TITLE_GRADE_WORDS::contains), "title_states_a_grade");
            for (String w : titleWords) {
                if (Lexicon.CUE_WORDS.contains(w)) {
                    f.add("title_" + w);
                }
            }
            f.add(d.council.equals(first), "council_first_named");
            f.add(!title.isEmpty() && title.contains(d.council.name().toLowerCase(Locale.ROOT)), "council_in_title");
            f.add(perCouncil.get(d.council.code()) == 1 ? "council_once" : "council_repeated");
            f.add(perGrade.get(d.council.code() + "|" + d.rating) > 1, "grade_repeated");
            f.add(ratingsPerArea.get(d.council.code() + "|" + d.area).size() > 1, "area_has_other_grades");
        }
    }

    private static String stripLeadingBlankLines(String s) {
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
    private static String firstLineTitle(String body) {
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
            if (METADATA_LABELS.stream().anyMatch(lower::startsWith) || DateFinder.dateOnly(line)) {
                continue;
            }
            return line.length() <= 200 && !line.endsWith(".") ? line : null;
        }
        return null;
    }

    private static final List<String> METADATA_LABELS = List.of("published", "updated", "last updated", "date:",
            "posted", "by ", "author:", "source:", "url:", "filed under");

    /** One-for-one character normalisation: curly quotes, dashes and odd spaces. */
    static String normalise(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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

    private static int maxYear(String text, List<Span> sentences) {
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

    // ------------------------------------------------------------------ sentences

    /** Hand-written splitter: lines, then sentence ends; boilerplate and related-story lists dropped. */
    List<Span> sentences(String text) {
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
        for (Span sp : out) {
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

    /** "Comments", "Comments (14)", "3 comments", "Reader comments", "Have your say", "Post a comment". */
    private static boolean commentsHeading(String line) {
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
    private static boolean commentHandle(String text, int s, int e) {
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
    private static boolean singleLineBreak(String text, int from, int to) {
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

    private static String stripPunct(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ') {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    private static boolean boilerplate(String line, int len) {
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

    private static boolean isBareGrade(String text, Span sp) {
        int len = sp.end() - sp.start();
        if (len > 40) {
            return false;
        }
        String s = stripPunct(text.substring(sp.start(), sp.end()).toLowerCase(Locale.ROOT));
        return s.equals("inadequate") || s.equals("good") || s.equals("outstanding") || s.equals("adequate")
                || s.startsWith("requires improvement") || s.equals("require improvement")
                || s.equals("requires improvement to be good");
    }

    private static final Set<String> ABBREV = Set.of("mr", "mrs", "ms", "dr", "st", "cllr", "coun", "prof", "rev",
            "no", "vs", "etc", "inc", "ltd", "co", "gen", "col", "sgt", "jr", "sr", "cf", "eg", "ie", "approx",
            "dept", "govt", "nos", "vol", "fig", "mt", "capt", "lt", "hon", "rt", "cllrs");

    private static void splitLine(String text, int s, int e, List<Span> out) {
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

    // ------------------------------------------------------------------ grades

    private record Grade(int from, int to, String rating, boolean annualWord) {
    }

    private record Area(int from, int to, String area) {
    }

    private List<Grade> grades(Tokens t, boolean annual, int refYear) {
        List<Grade> out = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.word[i]) {
                continue;
            }
            String w = t.lower[i];
            char c0 = w.charAt(0);
            if (c0 != 'r' && c0 != 'i' && c0 != 'o' && c0 != 'g' && c0 != 'a' && c0 != 'p' && c0 != 'e' && c0 != 'l'
                    && c0 != 'h' && c0 != 't' || w.length() < 3) {
                continue;
            }
            switch (w) {
                case "requires", "require", "requiring", "required" -> {
                    int j = i + 1;
                    if (t.hyphenAfter(i)) {
                        j++;
                    }
                    if (t.is(j, "improvement") || t.is(j, "improvements")) {
                        int end = j + 1;
                        int k = end;
                        if (t.isQuote(k)) {
                            k++;
                        }
                        if (t.is(k, "to") && t.is(k + 1, "be") && t.is(k + 2, "good")) {
                            end = k + 3;
                        }
                        out.add(new Grade(i, end, "requires_improvement", false));
                        i = end - 1;
                    }
                }
                case "lowest", "highest", "top" -> {
                    // "received the lowest of the four ratings", "kept the top rating"
                    int noun = -1;
                    for (int k = i + 1; k < Math.min(t.size, i + 6) && noun < 0; k++) {
                        if (t.isAny(k, RATING_NOUNS)) {
                            noun = k;
                        } else if (!(t.is(k, "of") || t.is(k, "the") || t.is(k, "possible") || t.is(k, "ofsted")
                                || t.is(k, "'s") || Lexicon.number(t.lower[k]) > 0)) {
                            break;
                        }
                    }
                    // "rated 'outstanding', the highest grade": an apposition to the grade just given
                    boolean apposition = !out.isEmpty() && i - out.get(out.size() - 1).to() <= 4;
                    if (noun > 0 && !apposition) {
                        boolean low = w.equals("lowest");
                        String r = annual && refYear < 2013 ? (low ? "performs_poorly" : "performs_excellently")
                                : (low ? "inadequate" : "outstanding");
                        out.add(new Grade(i, noun + 1, r, false));
                        i = noun;
                    }
                }
                case "inadequate" -> out.add(new Grade(i, i + 1, "inadequate", false));
                case "outstanding" -> out.add(new Grade(i, i + 1, "outstanding", false));
                case "good" -> out.add(new Grade(i, i + 1, "good", false));
                case "adequate" -> out.add(new Grade(i, i + 1, "adequate", false));
                case "performs", "performing", "performed", "perform" -> {
                    String r = switch (i + 1 < t.size ? t.lower[i + 1] : "") {
                        case "poorly" -> "performs_poorly";
                        case "adequately" -> "performs_adequately";
                        case "well" -> "performs_well";
                        case "excellently" -> "performs_excellently";
                        default -> null;
                    };
                    if (r != null) {
                        out.add(new Grade(i, i + 2, r, true));
                        i++;
                    }
                }
                case "poor" -> {
                    if (annual) {
                        out.add(new Grade(i, i + 1, "performs_poorly", true));
                    }
                }
                case "excellent" -> {
                    if (annual) {
                        out.add(new Grade(i, i + 1, "performs_excellently", true));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static final Set<String> SEASONS = Set.of("summer", "spring", "autumn", "winter");

    private static final Set<String> RATING_NOUNS = Set.of("rating", "ratings", "grade", "grades", "judgement",
            "judgements", "judgment", "judgments");

    private List<Area> areas(Tokens t) {
        List<Area> out = new ArrayList<>();
        // word view: skip punctuation and possessive 's
        int[] view = new int[t.size];
        int n = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.word[i] && !t.lower[i].equals("'s")) {
                view[n++] = i;
            }
        }
        for (int v = 0; v < n; v++) {
            List<String[]> cands = areaByFirst.get(t.lower[view[v]]);
            if (cands == null) {
                continue;
            }
            for (String[] c : cands) {
                int len = c.length - 1;
                if (v + len > n) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < len && ok; k++) {
                    ok = t.lower[view[v + k]].equals(c[k]);
                }
                if (ok) {
                    out.add(new Area(view[v], view[v + len - 1] + 1, c[len]));
                    v += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isPunct(Tokens t, int i, char c) {
        return i >= 0 && i < t.size && !t.word[i] && t.text.charAt(t.start[i]) == c;
    }

    /** Whether the grade word is used as a rating (not an ordinary adjective), and how strongly. 0 = no. */
    private static final Set<String> GRADE_WORDS = Set.of("good", "outstanding", "adequate", "inadequate",
            "improvement", "poor", "excellent");

    /** A capitalised word (likely a council name) shortly before the copula. */
    private static boolean mentionBefore(Tokens t, int k, int windowStart) {
        for (int s = k - 1; s >= Math.max(windowStart, k - 8); s--) {
            if (t.word[s] && t.upper[s] && s > 0) {
                return true;
            }
        }
        return false;
    }

    private int ratingStrength(Tokens t, Grade g, int windowStart, List<Area> areas, boolean hasMention) {
        int from = g.from();
        int to = g.to();
        boolean quotedBefore = t.isQuote(from - 1);
        boolean quotedAfter = t.isQuote(to);
        boolean quoted = quotedBefore && quotedAfter;
        int next = quotedAfter ? to + 1 : to;
        String r = g.rating();
        // attributive use: "inadequate management", "good practice", "'outstanding practice'"
        if (!quoted && next < t.size && t.word[next]) {
            String nw = t.lower[next];
            boolean digit = Character.isDigit(nw.charAt(0));
            if (!digit && !Lexicon.FOLLOWERS.contains(nw) && !(t.upper[next] && t.upper[from])
                    && !(r.startsWith("performs") || r.equals("requires_improvement"))) {
                return -1;
            }
            if (r.equals("good") && (nw.equals("at") || nw.equals("as") || nw.equals("enough") || nw.equals("to") && !t.is(from - 1, "from"))) {
                return -1;
            }
        }
        if (quotedBefore && !quotedAfter && next < t.size && t.word[next] && !Lexicon.FOLLOWERS.contains(t.lower[next])) {
            return -1;
        }
        // "the borough's 'outstanding' work with care leavers": a quoted adjective, unless of the services themselves
        if (quoted && next < t.size && t.word[next] && !Lexicon.FOLLOWERS.contains(t.lower[next])
                && !Lexicon.SUBJECT_NOUNS.contains(t.lower[next]) && !t.isAny(next, RATING_NOUNS) && !t.is(next, "childrens")
                && !Character.isDigit(t.lower[next].charAt(0)) && !t.upper[next]) {
            boolean rated = false;
            for (int k = from - 2; k >= Math.max(windowStart, from - 8); k--) {
                rated |= t.word[k] && Lexicon.RATE.contains(t.lower[k]);
            }
            if (!rated) {
                return -1;
            }
        }
        boolean verb = false;
        // "rated the impact of leaders and ... children who need help and protection as inadequate": the verb of an
        // object complement ("as", "to be") may stand a long list of areas away
        int b0 = quotedBefore ? from - 2 : from - 1;
        boolean complement = t.is(b0, "as") || t.is(b0, "be") && t.is(b0 - 1, "to");
        for (int k = from - 1; k >= Math.max(windowStart, from - (complement ? 30 : 10)); k--) {
            if (complement && (isPunct(t, k, ';') || isPunct(t, k, '.'))) {
                break;
            }
            if (t.word[k] && Lexicon.RATE.contains(t.lower[k])) {
                verb = true;
                break;
            }
        }
        // "given a rating of", "a judgement of"
        boolean ratingNounAfter = next < t.size && (t.is(next, "rating") || t.is(next, "ratings")
                || t.is(next, "judgement") || t.is(next, "judgment") || t.is(next, "grade") || t.is(next, "verdict")
                || t.is(next, "label") || t.is(next, "status")
                || t.is(next, "ofsted") && (t.is(next + 1, "rating") || t.is(next + 1, "report")
                || t.is(next + 1, "judgement") || t.is(next + 1, "judgment") || t.is(next + 1, "grade")
                || t.is(next + 1, "inspection")));
        // "an inadequate judgement in any area can trigger intervention": a kind of grade, not one given
        boolean indefinite = t.is(quotedBefore ? from - 2 : from - 1, "a") || t.is(quotedBefore ? from - 2 : from - 1, "an")
                || t.is(quotedBefore ? from - 2 : from - 1, "any");
        ratingNounAfter &= !indefinite;
        boolean table = false;
        for (Area a : areas) {
            if (a.to() <= from && a.to() >= from - 3) {
                boolean gapOk = true;
                for (int k = a.to(); k < from; k++) {
                    if (t.word[k] && !Character.isDigit(t.lower[k].charAt(0)) || t.isQuote(k)) {
                        gapOk = t.isQuote(k);
                    }
                }
                boolean ends = to >= t.size || !t.word[to] || Character.isDigit(t.lower[to].charAt(0))
                        || t.upper[to];
                if (gapOk && (t.upper[from] || quoted) && ends) {
                    table = true;
                }
            }
        }
        // "... with children and families - Outstanding" at the end of a table row or bullet, or on its own line
        if (!table && !areas.isEmpty()) {
            int b = quotedBefore ? from - 2 : from - 1;
            boolean last = next >= t.size || !t.word[next] || Character.isDigit(t.lower[next].charAt(0));
            boolean newline = false;
            for (int c = b >= 0 ? t.end[b] : t.start[from]; c < t.start[from]; c++) {
                if (t.text.charAt(c) == '\n') {
                    newline = true;
                }
            }
            if (b >= 0 && (isPunct(t, b, '-') || isPunct(t, b, ':') || newline) && last
                    && (t.upper[from] || quoted || isPunct(t, b, ':')) && areas.get(0).to() <= b + 1) {
                table = true;
            }
        }
        // copula: "services were inadequate", "leadership ... is good"
        boolean copula = false;
        boolean copulaSubject = false;
        int k = from - 1;
        if (quotedBefore) {
            k--;
        }
        while (k >= windowStart && t.word[k] && Lexicon.ADVERBS.contains(t.lower[k]) && !Lexicon.BE.contains(t.lower[k])) {
            k--;
        }
        if (k >= windowStart && t.word[k] && Lexicon.BE.contains(t.lower[k])
                && !(t.is(k, "being") && !(t.is(k - 1, "after") || t.is(k - 1, "since") || t.is(k - 1, "despite")))
                && !(k > 0 && t.word[k - 1] && GRADE_WORDS.contains(t.lower[k - 1]))) {
            copula = true;
            for (int s = k - 1; s >= Math.max(windowStart, k - 10); s--) {
                if (t.word[s] && Lexicon.SUBJECT_NOUNS.contains(t.lower[s])) {
                    copulaSubject = true;
                    break;
                }
            }
            if (hasMention && mentionBefore(t, k, windowStart)) {
                copulaSubject = true;
            }
            // "some parts ... were good", "although ... good"
            for (int s = k - 1; s >= Math.max(windowStart, k - 12); s--) {
                if (t.is(s, "some") || t.is(s, "parts") || t.is(s, "aspects") || t.is(s, "elements")
                        || t.is(s, "although") || t.is(s, "though") || t.is(s, "whilst") || t.is(s, "most")
                        || t.is(s, "many")) {
                    copulaSubject = false;
                }
            }
        }
        boolean capital = t.upper[from] && !t.allCaps[from] && from > 0;
        if (to - from > 1 && t.isAny(to - 1, RATING_NOUNS)) {
            return 3; // "the lowest of the four ratings", "the top rating"
        }
        switch (r) {
            case "performs_poorly", "performs_adequately", "performs_well", "performs_excellently" -> {
                if (g.annualWord() && g.to() - g.from() == 1) {
                    return verb ? 2 : 0; // bare "poor"/"excellent"
                }
                return 2;
            }
            case "inadequate", "requires_improvement" -> {
                if (verb || quoted || table || ratingNounAfter) {
                    return 3;
                }
                if (copula || capital) {
                    return 2;
                }
                if (r.equals("requires_improvement")) {
                    for (int s = from - 1; s >= Math.max(windowStart, from - 8); s--) {
                        if (t.word[s] && (Lexicon.SUBJECT_NOUNS.contains(t.lower[s]))) {
                            return 1;
                        }
                    }
                }
                return 0;
            }
            default -> {
                if (verb || quoted || table) {
                    return 3;
                }
                if (ratingNounAfter || copula && copulaSubject) {
                    return 2;
                }
                return 0;
            }
        }
    }

    // ------------------------------------------------------------------ per sentence

    private int sentence(Doc doc, Span span, boolean gated, int order) {
        doc.sentenceIndex++;
        String text = doc.text;
        Tokens t = Tokens.of(text, span.start(), Math.min(span.end(), span.start() + MAX_SENTENCE + 200));
        if (t.size == 0) {
            return order;
        }
        List<CouncilMatcher.Mention> all = matcher.find(t);
        // roles: eligible targets vs "director ... at X Council" and "X in Y" locators
        List<CouncilMatcher.Mention> eligible = new ArrayList<>();
        // "A spokesman for X Council said its services had been judged good": the council a speaker stands for
        Council speaker = null;
        for (int m = 0; m < all.size(); m++) {
            CouncilMatcher.Mention mention = all.get(m);
            Council c = CouncilMatcher.resolve(mention.councils(), doc.published, doc.pubYear);
            doc.mentioned.putIfAbsent(c.code(), c);
            int from = mention.from();
            boolean role = false;
            for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
                if (t.word[k] && Lexicon.ROLE.contains(t.lower[k])) {
                    // "director ... at/of/for X", "X's director": not the subject
                    for (int q = k + 1; q < from; q++) {
                        if (t.is(q, "at") || t.is(q, "of") || t.is(q, "for") || t.is(q, "from")) {
                            role = true;
                        }
                    }
                }
            }
            int after = mention.to();
            if (t.is(after, "'s") && t.isAny(after + 1, Lexicon.ROLE)) {
                role = true;
            }
            // "X in Y", "In Y, X ...", "shares services with Y": places and partners
            boolean locator = m > 0 && t.is(from - 1, "in") && all.get(m - 1).to() >= from - 3
                    || t.is(from - 1, "in") && isPunct(t, mention.to(), ',') && m + 1 < all.size()
                    || t.is(from - 1, "with") && !t.is(from - 2, "along") && !t.is(from - 2, "together")
                    || t.is(from - 1, "from") && !t.is(from - 2, "up") && !t.is(from - 2, "down");
            if (!role && !locator) {
                eligible.add(mention);
            } else if (role && speaker == null) {
                speaker = CouncilMatcher.resolve(mention.councils(), doc.published, doc.pubYear);
            }
        }
        boolean unknownCouncil = unknownCouncil(t, all);

        if (namesChildrensServices(t)) {
            doc.otherTopic = false;
        } else if (namesOtherService(t)) {
            doc.otherTopic = true;
        }
        List<Grade> grades = gated ? grades(t, doc.annual, doc.refYear) : List.of();
        List<Area> areas = grades.isEmpty() ? List.of() : areas(t);
        int sentenceYear = firstYear(t, 0, t.size);
        boolean sentencePrevious = false;
        Set<String> sentenceAreas = new LinkedHashSet<>();
        doc.sentenceAreas = sentenceAreas;

        if (!grades.isEmpty()) {
            // a description of the grading scale: "four grades - outstanding, good, requires improvement, inadequate"
            Set<String> distinct = new LinkedHashSet<>();
            Set<String> ratings = new LinkedHashSet<>();
            for (Grade g : grades) {
                ratings.add(g.rating());
                if (!g.annualWord()) {
                    distinct.add(g.rating());
                }
            }
            boolean scale = distinct.size() >= 3 && gradeScale(t, grades);
            boolean statistics = eligible.isEmpty() && statistics(t);
            int lastAccepted = -1;
            boolean standingBefore = false;
            for (int gi = 0; gi < grades.size(); gi++) {
                Grade g = grades.get(gi);
                int windowStart = gi == 0 ? 0 : grades.get(gi - 1).to();
                int windowEnd = gi + 1 < grades.size() ? grades.get(gi + 1).from() : t.size;
                // "has dropped from good to requires improvement": both grades hang on the one verb
                int verbStart = windowStart;
                if (gi > 0 && t.is(g.from() - 1, "to") && t.is(grades.get(gi - 1).from() - 1, "from")) {
                    verbStart = gi > 1 ? grades.get(gi - 2).to() : 0;
                }
                int strength = ratingStrength(t, g, verbStart, areas, !eligible.isEmpty());
                if (strength == 0 && lastAccepted >= 0 && g.from() - lastAccepted < 25
                        && coordinated(t, lastAccepted, g.from())) {
                    strength = 2; // "inadequate for X and adequate in Y"
                }
                if (strength < 0) {
                    continue;
                }
                // the rules' vetoes are cues for the learned decision: each names why the rules would drop the grade
                Features f = gradeFeatures(doc, t, g, strength, grades.size(), eligible.size());
                f.add(strength == 0, "veto_weak_rating_word");
                f.add(scale, "veto_grading_scale");
                // the vetoes the labels bear out every time stay hard: no grade in a text that is not about
                // inspections of children's services, none that is negated, none of the capacity to improve
                if (!gated || negated(t, g, windowStart) || capacityJudgement(t, g, windowStart)) {
                    continue;
                }
                f.add(hypothetical(t, g, windowStart, areas), "veto_hypothetical");
                // "good in three of the four areas": a count of sub-judgements, not an overall grade
                int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
                // "judged good or better": a range, not a grade
                if (t.is(after, "or") && (t.is(after + 1, "better") || t.is(after + 1, "above") || t.is(after + 1, "worse")
                        || t.is(after + 1, "higher") || t.is(after + 1, "below"))) {
                    continue;
                }
                if (t.is(after, "in") && Lexicon.number(t.lower[Math.min(after + 1, t.size - 1)]) > 0
                        && (t.is(after + 2, "of") || t.is(after + 2, "areas") || t.is(after + 3, "areas"))) {
                    continue;
                }
                if (otherSubject(t, g, eligible)) {
                    doc.otherTopic = true;
                    continue;
                }
                // councils
                List<Council> targets = new ArrayList<>();
                boolean explicit = !eligible.isEmpty();
                Integer year = null;
                Status st = status(doc, t, g, windowStart, windowEnd, grades, gi, eligible, f);
                // "A and B are currently rated good, while C ... require improvement": both are standing grades
                if (standingBefore && !st.previous && lastAccepted >= 0 && coordinated(t, lastAccepted, g.from())) {
                    st = new Status(true, st.year, st.newScore, true);
                }
                standingBefore = st.standing();
                year = st.year;
                if (explicit) {
                    for (CouncilMatcher.Mention m : targetsFor(t, eligible, grades, gi, ratings.size())) {
                        targets.add(resolveFor(doc, m.councils(), year));
                    }
                } else {
                    // with a school, a children's home or a youth justice service the story's subject, "inspectors
                    // rated leadership inadequate" is about that, until children's services are named again
                    if (doc.focus == null) {
                        continue;
                    }
                    f.add(statistics, "veto_statistics");
                    if (unknownCouncil) {
                        continue;
                    }
                    f.add(generic(t, g, windowStart), "veto_generic_authority");
                    f.add(doc.otherTopic, "veto_story_about_other_service");
                    Council county = speaker == null ? countyAnaphor(t, doc) : null;
                    Council implied = speaker != null ? speaker : county != null ? county : doc.focus;
                    f.add(speaker != null ? "council_speaker" : county != null ? "council_county" : "council_focus");
                    targets.add(timeShift(implied, year != null ? year : doc.pubYear));
                }
                // an authority abolished by then is a place name, not the subject of a newly published grade
                if (!st.previous) {
                    targets.removeIf(c -> abolishedBy(c, doc));
                }
                boolean vetoed = f.values().keySet().stream().anyMatch(k -> k.startsWith("veto_"));
                Set<String> gradeAreas = areasFor(doc, t, g, windowStart, windowEnd, areas);
                int eraYear = year != null ? year : st.previous || doc.pubYear == null ? -1 : doc.pubYear;
                Set<String> quantified = new LinkedHashSet<>();
                if (doc.allAreas && eraYear > 0) {
                    // the judgements of that framework, for the model to weigh: labels give them when the text says so
                    quantified.addAll(Lexicon.areasOfEra(eraYear));
                    quantified.removeAll(gradeAreas);
                    gradeAreas.addAll(quantified);
                }
                // the annual performance assessments graded the services as a whole
                if (eraYear > 0 && eraYear <= Lexicon.LAST_ANNUAL_ASSESSMENT && gradeAreas.remove(Lexicon.OVERALL)) {
                    gradeAreas.add(Lexicon.ANNUAL);
                }
                f.add(doc.areaImplied, "area_implied");
                f.add("targets_" + Math.min(targets.size(), 3));
                for (Council c : targets) {
                    for (String area : gradeAreas) {
                        Draft d = new Draft();
                        d.features = f.copy().add("area_" + area).add(c.equals(doc.domainCouncil), "council_of_site")
                                .add(quantified.contains(area), "area_from_every_area");
                        d.vetoed = vetoed;
                        d.council = c;
                        d.area = area;
                        d.rating = g.rating();
                        d.previous = st.previous;
                        d.year = st.previous ? year : year != null ? year : doc.pubYear;
                        d.yearStated = year != null;
                        d.evidence = evidence(text, span);
                        d.confidence = confidence(strength, explicit, st, t);
                        d.newScore = st.newScore;
                        d.order = order++;
                        d.areaImplied = doc.areaImplied;
                        doc.drafts.add(d);
                    }
                }
                if (vetoed) {
                    continue;
                }
                lastAccepted = g.to();
                sentenceAreas.addAll(gradeAreas);
                doc.lastAreas = gradeAreas;
                if (st.previous) {
                    sentencePrevious = true;
                }
            }
        }
        if (!sentenceAreas.isEmpty()) {
            doc.lastSentenceAreas = sentenceAreas;
        }
        // discourse focus
        if (unknownCouncil) {
            doc.focus = null;
        } else if (!eligible.isEmpty()) {
            CouncilMatcher.Mention first = eligible.get(0);
            doc.focus = CouncilMatcher.resolve(first.councils(), doc.published, doc.pubYear);
        }
        doc.prevSentenceYear = sentenceYear;
        doc.prevSentencePrevious = sentencePrevious || containsPreviousInspection(t);
        return order;
    }

    /** The cues of one grade phrase in its sentence that the decisions weigh, besides the status cues. */
    private static Features gradeFeatures(Doc doc, Tokens t, Grade g, int strength, int gradesInSentence, int councils) {
        Features f = new Features();
        f.add("bias_rating_" + g.rating());
        f.add("strength_" + strength);
        f.add(councils == 0 ? "councils_none" : councils == 1 ? "councils_one" : councils == 2 ? "councils_two" : "councils_list");
        f.add("grades_" + Math.min(gradesInSentence, 4));
        f.add(doc.sentenceIndex == 1 ? "sentence_first" : doc.sentenceIndex <= 3 ? "sentence_lead" : "sentence_body");
        f.add(doc.pubYear == null, "text_undated");
        f.add(doc.annual, "text_annual_ratings");
        f.add(doc.otherTopic, "story_other_service");
        f.add(t.isQuote(g.from() - 1) && t.isQuote(g.to()), "grade_quoted");
        boolean question = false;
        for (int i = 0; i < t.size; i++) {
            if (t.word[i]) {
                String w = t.lower[i];
                if (Lexicon.CUE_WORDS.contains(w)) {
                    f.add("word_" + w);
                }
            } else {
                question |= t.text.charAt(t.start[i]) == '?';
            }
        }
        f.add(question, "question");
        return f;
    }

    /**
     * A description of the grading scale, "outstanding, good, requires improvement or inadequate": three or more
     * grades in a row with nothing but commas, quotes and "and"/"or" between them, not a history of three grades.
     */
    private static boolean gradeScale(Tokens t, List<Grade> grades) {
        Set<String> run = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            if (i > 0 && !listedAfter(t, grades.get(i - 1).to(), grades.get(i).from())) {
                run.clear();
            }
            run.add(grades.get(i).rating());
            if (run.size() >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean listedAfter(Tokens t, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.word[k] && !(t.is(k, "or") || t.is(k, "and") || t.is(k, "to"))) {
                return false;
            }
        }
        return true;
    }

    /** "children's services", "children's social care", "social care", "children's social work". */
    private static boolean namesChildrensServices(Tokens t) {
        for (int k = 0; k + 1 < t.size; k++) {
            if (t.is(k, "social") && (t.is(k + 1, "care") || t.is(k + 1, "work")) && !t.is(k - 1, "adult")
                    || (t.is(k, "children") || t.is(k, "childrens")) && (t.is(k + 1, "services") || t.is(k + 1, "'s") && t.is(k + 2, "services"))) {
                return true;
            }
        }
        return false;
    }

    /** "The county's children's services": the county council named last, when the focus is not a county. */
    private static Council countyAnaphor(Tokens t, Doc doc) {
        if (doc.focus == null || "county".equals(doc.focus.type())) {
            return null;
        }
        boolean county = false;
        for (int k = 0; k + 1 < t.size && !county; k++) {
            county = t.is(k, "the") && t.is(k + 1, "county") && !t.upper[k + 1];
        }
        if (!county) {
            return null;
        }
        Council last = null;
        for (Council c : doc.mentioned.values()) {
            if ("county".equals(c.type())) {
                last = c;
            }
        }
        return last;
    }

    /** SEND, youth justice or offending, a children's home: services other inspections grade. */
    private static boolean namesOtherService(Tokens t) {
        for (int k = 0; k < t.size; k++) {
            if (t.is(k, "send") && t.allCaps[k] || t.is(k, "special") && t.is(k + 1, "educational")
                    || t.is(k, "adult") && t.is(k + 1, "social") && t.is(k + 2, "care")
                    || t.is(k, "youth") && (t.is(k + 1, "justice") || t.is(k + 1, "offending"))
                    || (t.is(k, "children") || t.is(k, "childrens")) && t.is(k + 1, "'s") && t.is(k + 2, "home")) {
                return true;
            }
        }
        return false;
    }

    private static boolean abolishedBy(Council c, Doc doc) {
        if (c.validTo() == null) {
            return false;
        }
        return doc.published != null ? doc.published.isAfter(c.validTo()) : doc.pubYear != null && doc.pubYear > c.validTo().getYear();
    }

    private static String evidence(String text, Span span) {
        int e = Math.min(span.end(), span.start() + 600);
        return text.substring(span.start(), e).replace('\n', ' ').trim();
    }

    private static double confidence(int strength, boolean explicit, Status st, Tokens t) {
        double c = 0.45 + 0.12 * strength + (explicit ? 0.12 : 0.0);
        boolean ofsted = false;
        for (int i = 0; i < t.size; i++) {
            if (t.is(i, "ofsted") || t.is(i, "inspectors") || t.is(i, "inspection")) {
                ofsted = true;
                break;
            }
        }
        if (ofsted) {
            c += 0.05;
        }
        return Math.min(0.97, Math.round(c * 100) / 100.0);
    }

    /** "Gwynedd Council", "Dundee City Council": a council not in the gazetteer (Welsh, Scottish, district). */
    private static boolean unknownCouncil(Tokens t, List<CouncilMatcher.Mention> mentions) {
        for (int i = 1; i < t.size; i++) {
            if (!t.is(i, "council") || !t.upper[i]) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (t.is(k, "county") || t.is(k, "borough") || t.is(k, "city") || t.is(k, "district")
                    || t.is(k, "metropolitan") || t.is(k, "town") || t.is(k, "parish"))) {
                k--;
            }
            if (k < 0 || !t.word[k] || !t.upper[k]) {
                continue;
            }
            String w = t.lower[k];
            if (w.equals("the") || w.equals("this") || w.equals("a") || w.equals("our") || w.equals("their")
                    || w.equals("its") || w.equals("each") || w.equals("every") || w.equals("which")
                    || w.equals("children") || w.equals("'s") || w.equals("and") || w.equals("ofsted")) {
                continue;
            }
            boolean covered = false;
            for (CouncilMatcher.Mention m : mentions) {
                if (k >= m.from() && k < m.to() || i >= m.from() && i < m.to()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    /** National statistics: counts or shares of councils ("a third of councils", "17 local authorities"). */
    private static boolean statistics(Tokens t) {
        for (int i = 0; i < t.size; i++) {
            if (t.word[i] && Lexicon.GENERIC.contains(t.lower[i])) {
                return true;
            }
            if (t.is(i, "per") && t.is(i + 1, "cent") || isPunct(t, i, '%') || t.is(i, "framework")
                    || t.is(i, "regime") || t.is(i, "reclassified") || t.is(i, "nationally")
                    || t.is(i, "national") && !t.is(i + 1, "report")) {
                return true;
            }
        }
        return false;
    }

    /** A generic subject before the grade: "authorities rated as poor", "a local authority that is inadequate". */
    private static boolean generic(Tokens t, Grade g, int windowStart) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 6); k--) {
            if (t.word[k] && Lexicon.GENERIC.contains(t.lower[k])) {
                return true;
            }
        }
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 8); k--) {
            if ((t.is(k, "a") || t.is(k, "an") || t.is(k, "any") || t.is(k, "every")) && (t.is(k + 1, "council")
                    || t.is(k + 1, "authority") || t.is(k + 1, "local") && t.is(k + 2, "authority"))) {
                return true;
            }
        }
        return false;
    }

    /** "capacity for improvement: adequate", "its capacity to improve judged good": not a grade of the services. */
    private static boolean capacityJudgement(Tokens t, Grade g, int windowStart) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 6); k--) {
            if (t.is(k, "capacity") || t.is(k, "prospects")) {
                return true;
            }
        }
        return false;
    }

    /** A rating verb earlier in the clause: "judged the impact of leaders and ... to be good". */
    private static boolean rateEarlierInClause(Tokens t, int k, int windowStart) {
        for (int s = k; s >= Math.max(windowStart, k - 30); s--) {
            if (isPunct(t, s, ';') || isPunct(t, s, '.')) {
                return false;
            }
            if (t.word[s] && Lexicon.RATE.contains(t.lower[s])) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Tokens t, Grade g, int windowStart) {
        int seen = 0;
        for (int k = g.from() - 1; k >= Math.max(0, windowStart - 1); k--) {
            if (t.is(k, "none") || t.is(k, "neither")) {
                return true;
            }
        }
        for (int k = g.from() - 1; k >= Math.max(0, windowStart - 1) && seen < 4; k--) {
            if (!t.word[k]) {
                if (t.isQuote(k)) {
                    continue;
                }
                if (isPunct(t, k, ',') || isPunct(t, k, ';')) {
                    break;
                }
                continue;
            }
            seen++;
            String w = t.lower[k];
            if (w.equals("no") && t.is(k + 1, "longer")) {
                return false;
            }
            if (Lexicon.NEGATION.contains(w) || w.equals("no") || w.equals("yet") && t.is(k - 1, "not")) {
                return true;
            }
        }
        // "does not mean", "is not" right after
        return false;
    }

    private static boolean hypothetical(Tokens t, Grade g, int windowStart, List<Area> areas) {
        for (int k = g.from() - 1; k >= Math.max(windowStart, g.from() - 9); k--) {
            boolean inArea = false;
            for (Area a : areas) {
                if (k >= a.from() && k < a.to()) {
                    inArea = true;
                    break;
                }
            }
            if (!t.word[k] || inArea) {
                if (isPunct(t, k, ';') || isPunct(t, k, ':')) {
                    break;
                }
                continue;
            }
            String w = t.lower[k];
            // a capitalised word inside the sentence is a name ("delivered by Achieving for Children"), not a modal
            if (Lexicon.HYPOTHETICAL.contains(w) && !(t.upper[k] && k > 0 && !t.isQuote(k - 1))) {
                return true;
            }
            if (w.equals("risk") && t.is(k + 1, "of") && (t.is(k + 2, "being") || t.is(k + 2, "a"))) {
                return true;
            }
            if (w.equals("to") && (t.is(k + 1, "be") || t.is(k + 1, "become")) && k > 0
                    && !rateEarlierInClause(t, k - 1, windowStart)
                    && !t.is(k - 1, "improvement") && !t.is(k - 1, "continue") && !t.is(k - 1, "continues")) {
                // "aims to be good" but not "judged to be good"
                return true;
            }
            if (w.equals("before") && (t.is(k + 1, "they") || t.is(k + 1, "it") || t.is(k + 1, "the"))) {
                return true;
            }
        }
        return false;
    }

    /** School, academy, children's home, SEND, youth offending, LSCB...: not the council's children's services. */
    private static boolean otherSubject(Tokens t, Grade g, List<CouncilMatcher.Mention> mentions) {
        for (int k = Math.max(0, g.from() - 12); k < Math.min(t.size, g.to() + 3); k++) {
            if (t.is(k, "adult") && (t.is(k + 1, "social") || t.is(k + 1, "care") || t.is(k + 1, "services"))) {
                return true; // adult social care, which the CQC grades
            }
        }
        // "rated inadequate by HM Inspectorate of Probation", "by Care Inspectorate Wales", "by Ofsted and the CQC"
        for (int k = g.to(); k < Math.min(t.size, g.to() + 8); k++) {
            if (t.is(k, "probation") || t.is(k, "cqc") || t.is(k, "estyn") || t.is(k, "ciw") || t.is(k, "cssiw")
                    || t.is(k, "inspectorate") && t.is(k - 1, "care")) {
                return true;
            }
        }
        int from = Math.max(0, g.from() - 25);
        for (int k = from; k < Math.min(t.size, g.to() + 3); k++) {
            if (!t.word[k]) {
                continue;
            }
            String w = t.lower[k];
            if (Lexicon.OTHER_SUBJECT.contains(w)) {
                if ((w.equals("home") || w.equals("homes")) && (t.is(k - 1, "at") || t.is(k - 1, "from")
                        || t.is(k - 1, "to") || t.is(k - 1, "their"))) {
                    continue;
                }
                if (w.equals("head") && !t.is(k + 1, "teacher")) {
                    continue;
                }
                if (w.equals("board") && !(t.is(k - 1, "children") || t.is(k - 1, "safeguarding"))) {
                    continue;
                }
                if (w.equals("partnership") && !t.is(k - 1, "safeguarding")) {
                    continue;
                }
                if (w.equals("sixth") && !t.is(k + 1, "form")) {
                    continue;
                }
                return true;
            }
            if (w.equals("send") && t.allCaps[k]) {
                return true;
            }
            if ((w.equals("youth") && (t.is(k + 1, "offending") || t.is(k + 1, "justice")))
                    || w.equals("special") && t.is(k + 1, "educational")
                    || w.equals("local") && t.is(k + 1, "area") && !t.is(k + 2, "'s")) {
                return true;
            }
        }
        return false;
    }

    private List<CouncilMatcher.Mention> targetsFor(Tokens t, List<CouncilMatcher.Mention> eligible,
                                                    List<Grade> grades, int gi, int distinctRatings) {
        if (distinctRatings <= 1 && grades.size() == 1 || eligible.size() == 1) {
            // "X climbs to 'good' as Y and Z await ...": councils after a subordinator that
            // follows the grade are the subject of another clause
            Grade g = grades.get(gi);
            List<CouncilMatcher.Mention> before = new ArrayList<>();
            for (CouncilMatcher.Mention m : eligible) {
                if (m.from() < g.from() || !subordinateBetween(t, g.to(), m.from())) {
                    before.add(m);
                }
            }
            return before.isEmpty() ? eligible : before;
        }
        Grade g = grades.get(gi);
        int best = -1;
        for (int m = 0; m < eligible.size(); m++) {
            if (eligible.get(m).to() <= g.from()) {
                best = m;
            }
        }
        if (best < 0) {
            best = 0;
        }
        // extend to the list the mention is part of ("A, B and C")
        int lo = best;
        int hi = best;
        while (lo > 0 && listGap(t, eligible.get(lo - 1).to(), eligible.get(lo).from())) {
            lo--;
        }
        while (hi + 1 < eligible.size() && listGap(t, eligible.get(hi).to(), eligible.get(hi + 1).from())) {
            hi++;
        }
        return eligible.subList(lo, hi + 1);
    }

    private static boolean subordinateBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            // "as were Y and Z" shares the grade; "as Y and Z await ..." does not
            boolean sharing = t.isAny(k + 1, Lexicon.BE) || t.is(k + 1, "did") || t.is(k + 1, "has") || t.is(k + 1, "have")
                    || t.is(k + 1, "had") || t.is(k + 1, "well");
            if (t.is(k, "as") && !sharing || t.is(k, "while") || t.is(k, "whilst") || t.is(k, "whereas")
                    || t.is(k, "although") || t.is(k, "but") || t.is(k, "unlike")) {
                return true;
            }
        }
        return false;
    }

    private static boolean listGap(Tokens t, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(isPunct(t, k, ',') || t.is(k, "and") || t.is(k, "or"))) {
                return false;
            }
        }
        return true;
    }

    /** The authority that existed at the time: predecessor before a new council's start, successor after abolition. */
    private Council resolveFor(Doc doc, List<Council> councils, Integer year) {
        Council c = CouncilMatcher.resolve(councils, year == null ? doc.published : null,
                year != null ? year : doc.pubYear);
        return timeShift(c, year != null ? year : doc.pubYear);
    }

    private Council timeShift(Council c, Integer year) {
        if (c == null || year == null) {
            return c;
        }
        if (c.validFrom() != null && year < c.validFrom().getYear()) {
            Council p = predecessorOf.get(c.code());
            if (p != null && p.validInYear(year)) {
                return p;
            }
        }
        if (c.validTo() != null && year > c.validTo().getYear() && c.successors().size() == 1) {
            return gazetteer.byCode(c.successors().get(0)).orElse(c);
        }
        return c;
    }

    // ------------------------------------------------------------------ status and year

    /** standing: given as the grade a council holds ("currently rated"), which a coordinated grade shares. */
    private record Status(boolean previous, Integer year, int newScore, boolean standing) {
    }

    private Status status(Doc doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Grade> grades, int gi,
                          List<CouncilMatcher.Mention> mentions, Features f) {
        int prev = 0;
        int neu = 0;
        boolean standing = false;
        boolean pastPerfect = false;
        Integer year = null;
        int yearDist = Integer.MAX_VALUE;
        int from = g.from();
        int lo = Math.max(windowStart, from - WINDOW);
        // "from 'inadequate' to 'good'": the grade after "from" is previous, after "to" new
        for (int k = from - 1; k >= Math.max(windowStart, from - 3); k--) {
            if (t.is(k, "from")) {
                prev += f.cue("p_from_before", 3);
            }
            // "to" of a destination, not the infinitive of "judged to require improvement" or "to be"
            if (t.is(k, "to") && !t.is(k + 1, "be") && !t.is(from, "require")) {
                neu += f.cue("n_to_before", 2);
            }
        }
        // with an earlier grade in the sentence, a year before the clause boundary is that grade's:
        // "rated inadequate in 2019, has been upgraded to good"
        boolean ownClause = true;
        boolean commaSeen = false;
        int yearAt = -1;
        for (int k = from - 1; k >= lo; k--) {
            if (gi > 0 && clauseBoundary(t, k)) {
                ownClause = false;
            }
            if (isPunct(t, k, ',')) {
                commaSeen = true;
            }
            // "In X, where the death of a child in 2007 prompted ..., services were judged": the year is the
            // relative clause's
            if (yearAt > k && commaSeen && (t.is(k, "where") || t.is(k, "which") || t.is(k, "who"))) {
                year = null;
                yearDist = Integer.MAX_VALUE;
                yearAt = -1;
            }
            if (!t.word[k]) {
                continue;
            }
            String w = t.lower[k];
            if (Lexicon.PREVIOUS.contains(w) && !(w.equals("once") && (t.is(k + 1, "again") || t.is(k + 1, "more")))) {
                prev += f.cue("prevword_" + w, 2);
            } else if (w.equals("last") && (t.isAny(k + 1, Lexicon.LAST_NOUNS) || t.is(k + 1, "year")
                    || DateFinder.MONTHS.containsKey(t.lower[Math.min(k + 1, t.size - 1)]))) {
                prev += f.cue("p_last_noun_before", 2);
            } else if (w.equals("no") && t.is(k + 1, "longer")) {
                prev += f.cue("p_no_longer", 3);
            } else if (w.equals("after") && (from - k == 1 || from - k == 2 && (t.isQuote(k + 1) || t.is(k + 1, "a")
                    || t.is(k + 1, "its") || t.is(k + 1, "their")))) {
                prev += f.cue("p_after_grade", 2); // "lifts the direction after 'good' Ofsted": the grade came first
            } else if (w.equals("currently") && from - k <= 4) {
                prev += f.cue("p_currently", 3); // "are currently rated good": a standing grade given for context
                standing = true;
            } else if (w.equals("back") && t.is(k + 1, "in")) {
                prev += f.cue("p_back_in", 2);
            } else if (w.equals("used") && t.is(k + 1, "to")) {
                prev += f.cue("p_used_to", 2);
            } else if (w.equals("out") && t.is(k + 1, "of") && from - k <= 4) {
                prev += f.cue("p_out_of", 4); // "out of 'inadequate'", not "out of special measures after ... rated good"
            } else if (w.equals("after") && (t.is(k + 1, "being") || t.is(k + 1, "its") && t.is(k + 2, "previous"))) {
                prev += f.cue("p_after_being", 2);
            } else if (w.equals("first") && k + 1 < from) {
                prev += f.cue("p_first_before", 1);
            } else if (w.equals("when") && t.isYear(k + 2)) {
                prev += f.cue("p_when_year", 1);
            } else if (Lexicon.NEW_CUES.contains(w)) {
                neu += f.cue("newcue_" + w, w.equals("this") ? (t.is(k + 1, "week") || t.is(k + 1, "month") || t.is(k + 1, "morning") ? 2 : 0) : 2);
            } else if ((w.equals("has") || w.equals("have")) && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
                neu += f.cue("n_has_been", 1);
            } else if (w.equals("had") && (t.is(k + 1, "been") || t.isAny(k + 1, Lexicon.RATE))) {
                pastPerfect = true;
                f.add("past_perfect");
            }
            // "delivered since 2018 by a trust, have been judged good": a year after "since" dates something else
            if (ownClause && t.isYear(k) && from - k < yearDist && !t.is(k - 1, "since") && !inRelativeClause(t, k, from)) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = from - k;
                yearAt = commaSeen ? k : -1;
            }
            if (olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_before", 3);
            }
        }
        int hi = Math.min(windowEnd, g.to() + WINDOW);
        boolean clauseEnded = false;
        // "judged to require improvement - the first time since the council was abolished in 2021"
        boolean otherTime = false;
        for (int k = g.to(); k < hi; k++) {
            clauseEnded |= clauseBoundary(t, k);
            otherTime |= isPunct(t, k, '-') || (t.is(k, "since") || t.is(k, "until") || t.is(k, "before")) && !t.isYear(k + 1)
                    // ", which was introduced last November": a relative clause has its own time
                    || isPunct(t, k, ',') && (t.is(k + 1, "which") || t.is(k + 1, "who") || t.is(k + 1, "where"))
                    // "a drop from last year"
                    || t.is(k, "from") && (t.is(k + 1, "last") || t.is(k + 1, "the"));
            if (!t.word[k]) {
                if (isPunct(t, k, ';')) {
                    break;
                }
                continue;
            }
            String w = t.lower[k];
            if (clauseEnded && windowEnd < t.size && windowEnd - k <= 5) {
                break; // past this grade's clause, cues right before the next grade belong to it
            }
            // "a drop of one grade since its last full inspection" compares with the last inspection, it is not it
            if (w.equals("ago") || !otherTime && (w.equals("previously") || w.equals("previous") && t.isAny(k + 1, Lexicon.LAST_NOUNS)
                    || w.equals("last") && t.isAny(k + 1, Lexicon.LAST_NOUNS))) {
                prev += f.cue("p_ago_previously_after", 2);
            }
            if (w.equals("last") && t.is(k + 1, "month") && k - g.to() <= 6 && doc.published != null && !otherTime) {
                prev += f.cue("p_last_month_after", 3); // "rated inadequate by Ofsted last month": the news a follow-up story builds on
                year = doc.published.minusMonths(1).getYear();
                yearDist = k - g.to() + 1;
            }
            if (w.equals("last") && t.isAny(k + 1, SEASONS) && !otherTime) {
                prev += f.cue("p_last_season_after", 3); // "rated good last summer"
            }
            if (w.equals("in") && t.is(k + 1, "the") && t.isAny(k + 2, SEASONS) && !otherTime) {
                prev += f.cue("p_in_season_after", 2); // "judged inadequate in an inspection in the summer"
            }
            if (w.equals("last") && t.is(k + 1, "year") && !otherTime) {
                prev += f.cue("p_last_year_after", 2);
                if (doc.published != null && k - g.to() + 1 < yearDist) {
                    year = doc.published.getYear() - 1;
                    yearDist = k - g.to() + 1;
                }
            }
            if (w.equals("today") || w.equals("this") && t.is(k + 1, "week")) {
                neu += f.cue("n_today_after", 2);
            }
            if (t.isYear(k) && k - g.to() + 1 < yearDist && !otherTime) {
                year = Integer.parseInt(t.lower[k]);
                yearDist = k - g.to() + 1;
            }
            // "remains inadequate until a full re-inspection": a standing grade, not a new one
            if (w.equals("until") && k - g.to() <= 3) {
                prev += f.cue("p_until_after", 3);
            }
            if (olderFramework(t, k, doc)) {
                prev += f.cue("p_older_framework_after", 3);
            }
        }
        // "X Council, which is rated outstanding, has offered support": a council's standing grade given in passing;
        // "X, which was rated inadequate in February, had ...": its last grade, told to introduce it
        for (int k = Math.max(windowStart, from - 4); k < from; k++) {
            if ((t.is(k, "which") || t.is(k, "who")) && isPunct(t, k - 1, ',') && mentionEndsAt(mentions, k - 1)
                    && (t.isAny(k + 2, Lexicon.RATE) || t.is(k + 2, "currently") || t.is(k + 2, "still"))) {
                if (t.is(k + 1, "is") || t.is(k + 1, "are")) {
                    prev += f.cue("p_which_is_rated", 3);
                } else if (t.is(k + 1, "was") || t.is(k + 1, "were")) {
                    prev += f.cue("p_which_was_rated", 2);
                }
            }
        }
        // "three years after being rated good", "rated good two years ago"
        if (year == null) {
            for (int k = Math.max(windowStart, from - 14); k < Math.min(hi, g.to() + 4); k++) {
                int n = Lexicon.number(t.lower[k]);
                boolean before = k < from;
                if (n > 0 && n <= 20 && t.is(k + 1, "years") && (t.is(k + 2, "ago") || t.is(k + 2, "earlier")
                        || before && (t.is(k + 2, "after") || t.is(k + 2, "since")))) {
                    year = doc.pubYear == null ? null : doc.pubYear - n;
                    prev += f.cue("p_years_ago", 2);
                    break;
                }
            }
        }
        // "Ofsted's inspection of X in 2022, when the borough's services, run by a trust, were rated good"
        if (year == null) {
            for (int k = from - 1; k > Math.max(windowStart, 1); k--) {
                if (t.is(k, "when") && isPunct(t, k - 1, ',') && t.isYear(k - 2)) {
                    year = Integer.parseInt(t.lower[k - 2]);
                    break;
                }
                if (isPunct(t, k, ';')) {
                    break;
                }
            }
        }
        // "Before the merger, X's children's services were rated ...": the sentence is set earlier
        if (t.is(0, "before") && from > 2) {
            prev += f.cue("p_before_opening", 3);
        }
        // a sentence that opens with its time: "In December 2010, ...", "In 2012 an inspection ... judged ..."
        if (year == null) {
            Integer opening = openingYear(t);
            if (opening != null && opening < from) {
                year = Integer.parseInt(t.lower[opening]);
            }
        }
        // months without a year, relative to the publication date: "in October", "last June"
        if (year == null && doc.published != null) {
            for (int k = Math.max(windowStart, from - WINDOW); k < hi; k++) {
                if (k < 0 || !t.word[k] || !t.upper[k] || !DateFinder.MONTHS.containsKey(t.lower[k])
                        || t.lower[k].length() < 3 || t.is(k, "may")) {
                    continue;
                }
                if (t.isYear(k + 1) || t.isYear(k + 2) || t.is(k - 1, "since")) {
                    continue;
                }
                int month = DateFinder.MONTHS.get(t.lower[k]);
                LocalDate pub = doc.published;
                int y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                LocalDate mid = LocalDate.of(y, month, 15);
                boolean last = t.is(k - 1, "last");
                if (last && y == pub.getYear() && month == pub.getMonthValue()) {
                    y--;
                    mid = LocalDate.of(y, month, 15);
                }
                // an inspection's fieldwork ("carried out in April and May") comes weeks before its report
                boolean fieldwork = false;
                for (int q = Math.max(0, k - 5); q < k; q++) {
                    fieldwork |= t.is(q, "carried") || t.is(q, "took") || t.is(q, "inspected") || t.is(q, "inspection")
                            || t.is(q, "visit") || t.is(q, "visited") || t.is(q, "fieldwork");
                }
                fieldwork &= !(t.is(k - 1, "in") && (t.is(k - 2, "published") || t.is(k - 2, "released")));
                if (last || ChronoUnit.DAYS.between(mid, pub) > (fieldwork ? 150 : 62)) {
                    prev += f.cue("p_month_past", 2);
                    year = y;
                }
                break;
            }
        }
        if (year == null && doc.published != null) {
            for (int k = lo; k < hi; k++) {
                if (t.is(k, "last") && t.is(k + 1, "year")) {
                    year = doc.published.getYear() - 1;
                }
            }
        }
        // "that inspection" refers back to the previous sentence's (dated, earlier) inspection
        if (year == null) {
            for (int k = 0; k < t.size; k++) {
                if ((t.is(k, "that") || t.is(k, "this")) && t.is(k + 1, "inspection") && doc.prevSentenceYear > 0) {
                    year = doc.prevSentenceYear;
                    break;
                }
            }
        }
        if (year != null && doc.refYear > 0 && year < doc.refYear) {
            // a year before the publication's own is decisive; before the latest year the text names, nearly so
            prev += doc.pubYear != null && year < doc.pubYear ? f.cue("p_year_before_publication", 4) : f.cue("p_year_before_latest", 3);
            if (pastPerfect) {
                prev += f.cue("p_past_perfect_year", 1); // "had improved to good by 2023", told in 2025
            }
        }
        boolean previous = prev > neu;
        f.add(previous, "rule_previous");
        f.add(standing, "standing");
        f.set("rule_balance", Math.max(-6, Math.min(6, neu - prev)) / 6.0);
        if (year == null) {
            f.add("year_none");
        } else if (doc.pubYear == null) {
            f.add("year_stated_undated_text");
        } else {
            int age = doc.pubYear - year;
            f.add(age < 0 ? "year_after_publication" : age == 0 ? "year_of_publication" : age == 1 ? "year_before_publication"
                    : "year_long_before_publication");
        }
        return new Status(previous, year, neu - prev, standing);
    }

    /** "under the single inspection framework" (2013-17, told after 2018), "under the old framework": an earlier era. */
    private static boolean olderFramework(Tokens t, int k, Doc doc) {
        return (t.is(k, "framework") || t.is(k, "regime")) && (t.is(k - 1, "inspection") && t.is(k - 2, "single")
                && doc.refYear >= 2018 || t.isAny(k - 1, Lexicon.PREVIOUS) || t.is(k - 1, "old") || t.is(k - 1, "former"));
    }

    /** The token index of the year in a sentence-opening "In [Month] YEAR", "By YEAR", "YEAR:" or "Back in YEAR". */
    private static Integer openingYear(Tokens t) {
        int k = 0;
        if (t.isYear(0)) {
            return 0;
        }
        if (t.is(k, "back")) {
            k++;
        }
        if (!(t.is(k, "in") || t.is(k, "by") || t.is(k, "during"))) {
            return null;
        }
        k++;
        if (k < t.size && DateFinder.MONTHS.containsKey(t.lower[k])) {
            k++;
        }
        return t.isYear(k) ? k : null;
    }

    /**
     * Whether the token at pos sits in a relative clause closed by a comma before the grade: "In X, where the
     * death of a child in 2007 changed child protection, services were judged ...".
     */
    private static boolean inRelativeClause(Tokens t, int pos, int gradeFrom) {
        boolean opened = false;
        for (int k = pos - 1; k >= 0; k--) {
            if (isPunct(t, k, ',') || isPunct(t, k, ';')) {
                break;
            }
            if (t.is(k, "where") || t.is(k, "which") || t.is(k, "who") || t.is(k, "whose")) {
                opened = true;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int k = pos + 1; k < gradeFrom; k++) {
            if (isPunct(t, k, ',')) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionEndsAt(List<CouncilMatcher.Mention> mentions, int end) {
        for (CouncilMatcher.Mention m : mentions) {
            if (m.to() == end) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or conjunction that ends one grade's clause. */
    private static boolean clauseBoundary(Tokens t, int k) {
        return isPunct(t, k, ',') || isPunct(t, k, ';') || t.is(k, "and") || t.is(k, "but") || t.is(k, "while")
                || t.is(k, "whilst") || t.is(k, "then") || t.is(k, "before") || t.is(k, "after");
    }

    private static int firstYear(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isYear(k)) {
                return Integer.parseInt(t.lower[k]);
            }
        }
        return -1;
    }

    private static boolean containsPreviousInspection(Tokens t) {
        for (int k = 0; k + 1 < t.size; k++) {
            if ((t.is(k, "last") || t.is(k, "previous")) && t.isAny(k + 1, Lexicon.LAST_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ areas

    private Set<String> areasFor(Doc doc, Tokens t, Grade g, int windowStart, int windowEnd, List<Area> areas) {
        doc.areaImplied = false;
        doc.allAreas = false;
        Set<String> out = new LinkedHashSet<>();
        if (g.rating().startsWith("performs")) {
            out.add(Lexicon.ANNUAL);
            return out;
        }
        int to = g.to();
        int k = to;
        if (t.isQuote(k)) {
            k++;
        }
        // anaphora: "in this area", "in all these areas"
        for (int q = k; q < Math.min(windowEnd, k + 5); q++) {
            if ((t.is(q, "this") || t.is(q, "these") || t.is(q, "those")) && (t.is(q + 1, "area") || t.is(q + 1, "areas")
                    || t.is(q + 1, "category") || t.is(q + 1, "categories"))) {
                out.addAll(t.is(q + 1, "area") || t.is(q + 1, "category") ? doc.lastAreas : doc.lastSentenceAreas);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        // "judged safeguarding arrangements adequate, two years after a report rated them inadequate"
        if (t.is(g.from() - 1, "them") && !doc.sentenceAreas.isEmpty()) {
            out.addAll(doc.lastAreas);
            return out;
        }
        for (int q = Math.max(windowStart, g.from() - 6); q < g.from(); q++) {
            if ((t.is(q, "these") || t.is(q, "those")) && t.is(q + 1, "areas")) {
                out.addAll(doc.lastSentenceAreas);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        List<Area> chosen = new ArrayList<>();
        // after the grade: "inadequate for safeguarding children", "requires improvement - the impact of leaders..."
        boolean trigger = k < t.size && (t.is(k, "for") || t.is(k, "in") || t.is(k, "at") || t.is(k, "across")
                || t.is(k, "on") || isPunct(t, k, '-') || isPunct(t, k, ':'));
        if (trigger) {
            Area first = null;
            for (Area a : areas) {
                if (a.from() >= k && a.from() <= k + 4 && a.from() < windowEnd) {
                    first = a;
                    break;
                }
            }
            if (first == null && (t.is(k, "in") && t.is(k + 1, "respect") || (t.is(k, "for") || t.is(k, "in"))
                    && k + 1 < t.size && t.word[k + 1] && !t.upper[k + 1] && !t.isYear(k + 1)
                    && !NON_NOUN_AFTER.contains(t.lower[k + 1]))) {
                doc.areaImplied = true;
                Set<String> def = new LinkedHashSet<>();
                def.add(doc.cpInspection && !g.rating().equals("requires_improvement") ? Lexicon.SAFEGUARDING
                        : Lexicon.OVERALL);
                return def;
            }
            if (first != null) {
                chosen.add(first);
                int end = first.to();
                for (Area a : areas) {
                    if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 3 && smallGap(t, end, a.from())
                            || a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                        chosen.add(a);
                        end = a.to();
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            // before the grade, nearest first, extended backwards over lists
            // not across "when"/"since": "leaders ... since the inspection in 2021, when the council was judged ..."
            int areaStart = windowStart;
            for (int b = g.from() - 1; b > windowStart; b--) {
                if (t.is(b, "when") || t.is(b, "since") || t.is(b, "until") || t.is(b, "whereas")) {
                    areaStart = b;
                    break;
                }
            }
            Area nearest = null;
            for (Area a : areas) {
                if (a.to() <= g.from() && a.from() >= areaStart && a.from() >= g.from() - 25 && !inRelativeClause(t, a.from(), g.from())) {
                    nearest = a;
                }
            }
            if (nearest != null) {
                chosen.add(nearest);
                int start = nearest.from();
                for (int ai = areas.size() - 1; ai >= 0; ai--) {
                    Area a = areas.get(ai);
                    if (a.to() <= start && a.from() >= windowStart && (start - a.to() <= 3 && smallGap(t, a.to(), start)
                            || start - a.to() <= 12 && listContinuation(t, a.to(), start))) {
                        chosen.add(0, a);
                        start = a.from();
                    }
                }
            }
            // "inadequate overall"
            if (k < t.size && t.is(k, "overall")) {
                chosen.add(new Area(k, k + 1, Lexicon.OVERALL_WEAK));
            }
        }
        // "outstanding in every area: the impact of leaders, help and protection, children in care and care leavers"
        if (!chosen.isEmpty()) {
            Area last = chosen.get(chosen.size() - 1);
            int colon = Math.max(last.to(), g.to());
            int limit = colon + 6;
            while (colon < windowEnd && colon < limit && !isPunct(t, colon, ':') && t.word[colon]
                    && !Lexicon.BE.contains(t.lower[colon]) && !Lexicon.RATE.contains(t.lower[colon])) {
                colon++;
            }
            if (isPunct(t, colon, ':')) {
                int end = colon + 1;
                for (Area a : areas) {
                    if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 4 && smallGap(t, end, a.from())
                            || a.from() - end <= 12 && listContinuation(t, end, a.from()) || a.from() - end <= 6 && end == colon + 1
                            || a.from() - end <= 12 && isPunct(t, end, ';') && listContinuation(t, end + 1, a.from()))) {
                        chosen.add(a);
                        end = a.to();
                    }
                }
            }
        }
        // "... was judged inadequate, as was the experiences and progress of children who need help and protection"
        if (!chosen.isEmpty() && isPunct(t, k, ',') && t.is(k + 1, "as") && (t.isAny(k + 2, Lexicon.BE) || t.is(k + 2, "did"))) {
            for (int ai = 0; ai < areas.size(); ai++) {
                Area a = areas.get(ai);
                if (a.from() >= k + 3 && a.from() <= k + 8 && a.from() < windowEnd) {
                    // "as was the overall effectiveness of services for looked after children": the specific one
                    Area next = ai + 1 < areas.size() ? areas.get(ai + 1) : null;
                    boolean ofSpecific = a.area().equals(Lexicon.OVERALL) && next != null && next.from() - a.to() <= 4
                            && t.is(a.to(), "of") && next.from() < windowEnd;
                    chosen.add(ofSpecific ? next : a);
                    break;
                }
            }
        }
        // "rated overall effectiveness as good, as well as the impact of leaders and ... children in care"
        int asWell = isPunct(t, k, ',') ? k + 1 : k;
        if (!chosen.isEmpty() && t.is(asWell, "as") && t.is(asWell + 1, "well") && t.is(asWell + 2, "as")) {
            int end = asWell + 3;
            for (Area a : areas) {
                if (a.from() >= end && a.from() < windowEnd && (a.from() - end <= 4 && smallGap(t, end, a.from())
                        || a.from() - end <= 12 && listContinuation(t, end, a.from()))) {
                    chosen.add(a);
                    end = a.to();
                }
            }
        }
        boolean ilacsList = false;
        boolean specific = false;
        for (Area a : chosen) {
            String ar = a.area();
            if (ar.equals(Lexicon.LEADERSHIP) || ar.equals(Lexicon.OVERALL) || ar.equals(Lexicon.IN_CARE)
                    || ar.equals(Lexicon.CARE_LEAVERS)) {
                ilacsList = true;
            }
            if (!ar.equals(Lexicon.OVERALL_WEAK) && !ar.equals(Lexicon.OVERALL)) {
                specific = true;
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            Area a = chosen.get(i);
            String ar = a.area();
            Area nextArea = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
            boolean modifier = nextArea != null && nextArea.from() - a.to() <= 1
                    && (nextArea.from() == a.to() || t.is(a.to(), "at") || t.is(a.to(), "of") || t.is(a.to(), "for")
                    || t.is(a.to(), "in"));
            switch (ar) {
                case Lexicon.OVERALL_WEAK -> {
                    if (!specific) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.OVERALL -> {
                    if (!modifier) {
                        out.add(Lexicon.OVERALL);
                    }
                }
                case Lexicon.SAFEGUARDING -> {
                    if (!modifier) {
                        out.add(Lexicon.SAFEGUARDING);
                    }
                }
                case Lexicon.ALL_AREAS -> {
                    out.add(Lexicon.OVERALL);
                    // "in every area: leaders, ..." names them; a bare "in every area" leaves them to the era
                    doc.allAreas = chosen.stream().allMatch(c -> c.area().equals(Lexicon.ALL_AREAS)
                            || c.area().equals(Lexicon.OVERALL) || c.area().equals(Lexicon.OVERALL_WEAK));
                }
                case Lexicon.CHILD_PROTECTION -> out.add(ilacsList || doc.refYear >= 2018 ? Lexicon.HELP
                        : Lexicon.SAFEGUARDING);
                default -> out.add(ar);
            }
        }
        if (out.isEmpty()) {
            doc.areaImplied = true;
            out.add(doc.cpInspection && !g.rating().equals("requires_improvement") ? Lexicon.SAFEGUARDING
                    : Lexicon.OVERALL);
        } else if (doc.cpInspection && out.size() == 1 && out.contains(Lexicon.OVERALL)
                && !g.rating().equals("requires_improvement")) {
            out.clear();
            out.add(Lexicon.SAFEGUARDING);
        }
        return out;
    }

    /** The grade at {@code to} is coordinated with the accepted one ending at {@code from}. */
    private static boolean coordinated(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, "and") || t.is(k, "but") || t.is(k, "while") || t.is(k, "whilst") || isPunct(t, k, ',')) {
                return true;
            }
            if (isPunct(t, k, ';') || isPunct(t, k, '.')) {
                return false;
            }
        }
        return false;
    }

    /** ", the experiences and progress of" between two listed areas: no verb, a comma or "and". */
    private static boolean listContinuation(Tokens t, int from, int to) {
        boolean sep = false;
        for (int k = from; k < to; k++) {
            if (isPunct(t, k, ';') || isPunct(t, k, '.') || isPunct(t, k, ':') || t.word[k] && (Lexicon.BE.contains(t.lower[k])
                    || Lexicon.RATE.contains(t.lower[k]) || GRADE_WORDS.contains(t.lower[k]))) {
                return false;
            }
            if (isPunct(t, k, ',') || t.is(k, "and")) {
                sep = true;
            }
        }
        return sep;
    }

    private static final Set<String> NON_NOUN_AFTER = Set.of("the", "its", "their", "a", "an", "this", "last",
            "each", "both", "all", "every", "most", "many", "some", "his", "her", "our", "these", "those", "july",
            "june", "march", "april", "may", "august", "september", "october", "november", "december", "january",
            "february", "two", "three", "four", "five", "six");

    private static boolean smallGap(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(isPunct(t, k, ',') || t.is(k, "and") || t.is(k, "the") || t.is(k, "its") || t.is(k, "of")
                    || t.is(k, "for") || t.is(k, "at") || t.is(k, "in") || isPunct(t, k, '-') || t.is(k, "'s"))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ finish

    /** The learned decisions: drop what is not a judgement, tell the news from the context. */
    private void decide(Doc doc) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : doc.drafts) {
            double judgement = model.judgement().probability(d.features);
            if (judgement < model.threshold()) {
                continue;
            }
            double fresh = model.fresh().probability(d.features);
            d.previous = fresh < 0.5;
            d.newScore = (int) Math.round(fresh * 100);
            if (!d.yearStated) {
                d.year = d.previous ? null : doc.pubYear;
            }
            d.confidence = Math.round(judgement * (d.previous ? 1 - fresh : fresh) * 1000) / 1000.0;
            kept.add(d);
        }
        doc.drafts = kept;
    }

    private List<Outcome> finish(Doc doc) {
        if (model != null) {
            documentFeatures(doc);
            decide(doc);
        } else {
            doc.drafts.removeIf(d -> d.vetoed);
        }
        // the safeguarding judgement was the headline one of the 2009-13 inspections: a "rated inadequate" that names no
        // area restates it rather than giving an overall grade those inspections did not have
        Set<String> safeguarding = new HashSet<>();
        for (Draft d : doc.drafts) {
            if (d.area.equals(Lexicon.SAFEGUARDING) && !d.areaImplied) {
                safeguarding.add(d.council.code() + "|" + d.rating + "|" + d.previous);
            }
        }
        doc.drafts.removeIf(d -> d.areaImplied && d.area.equals(Lexicon.OVERALL)
                && safeguarding.contains(d.council.code() + "|" + d.rating + "|" + d.previous));
        // the text placed this inspection in the past elsewhere ("rated inadequate last month" ... "in November 2016")
        Set<String> pastInspections = new HashSet<>();
        for (Draft d : doc.drafts) {
            if (d.previous && d.year != null) {
                pastInspections.add(d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.year);
            }
        }
        for (Draft d : doc.drafts) {
            if (!d.previous && d.yearStated && pastInspections.contains(d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.year)) {
                d.previous = true;
            }
        }
        // one new grade per council and area: the others the text gives are earlier ones
        Map<String, Draft> bestNew = new HashMap<>();
        for (Draft d : doc.drafts) {
            if (d.previous) {
                continue;
            }
            String key = d.council.code() + "|" + d.area;
            Draft b = bestNew.get(key);
            if (b == null || d.newScore > b.newScore) {
                bestNew.put(key, d);
            }
        }
        for (Draft d : doc.drafts) {
            if (!d.previous) {
                Draft b = bestNew.get(d.council.code() + "|" + d.area);
                if (b != null && !b.rating.equals(d.rating)) {
                    d.previous = true;
                    d.year = d.yearStated ? d.year : null; // the publication year was only a default for a new grade
                    d.confidence = Math.max(0.3, d.confidence - 0.15);
                }
            }
        }
        // dedupe: same council/area/rating/status -> keep the best evidence
        Map<String, Draft> best = new LinkedHashMap<>();
        for (Draft d : doc.drafts) {
            String key = d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.previous;
            Draft b = best.get(key);
            if (b == null) {
                best.put(key, d);
            } else {
                if (d.confidence > b.confidence) {
                    d.year = d.year != null ? d.year : b.year;
                    best.put(key, d);
                } else if (b.year == null && d.year != null) {
                    b.year = d.year;
                }
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Draft d : best.values()) {
            out.add(new Outcome(d.council.code(), d.council.name(), d.area, d.rating,
                    d.previous ? Outcome.STATUS_PREVIOUS : Outcome.STATUS_NEW, d.year, d.evidence, d.confidence));
        }
        return out;
    }
}
