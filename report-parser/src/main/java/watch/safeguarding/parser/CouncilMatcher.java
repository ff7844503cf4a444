package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds council mentions in tokens: longest match over normalised alias token sequences from the gazetteer, plus
 * generated variants ("X Council", "X County Council", "London Borough of X", ...).
 */
final class CouncilMatcher {

    /** One alias form: its tokens and the councils (usually one; same-name successor rows share it). */
    record Form(String[] tokens, List<Council> councils, boolean explicit) {
    }

    /** A mention: token span [from, to) and the candidate councils. */
    record Mention(int from, int to, List<Council> councils, boolean explicit) {
    }

    private static final String[] SUFFIXES = {"council", "county council", "borough council", "city council",
            "metropolitan borough council", "district council", "metropolitan district council", "county",
            "borough", "mbc", "cc"};
    private static final String[] PREFIXES = {"london borough of", "royal borough of", "city of", "county of",
            "borough of", "the london borough of", "the royal borough of"};

    /** Capitalised words that may directly precede a bare name as part of a different place name. */
    private static final Set<String> PLACE_PREFIX = Set.of("new", "north", "south", "east", "west", "mid", "central",
            "greater", "upper", "lower", "great", "little", "old", "royal", "port", "fort", "saint", "st");
    /** Capitalised words that may directly follow a bare name without making it another proper name. */
    private static final Set<String> NAME_FOLLOWERS = Set.of("council", "county", "borough", "city", "children",
            "'s", "childrens", "social", "safeguarding", "town", "hall", "ofsted", "local", "and", "services",
            "service", "cabinet", "leader", "director", "lscb", "mbc", "cc", "authority", "is", "has", "was",
            "were", "had", "have", "the", "in", "children's", "child", "family", "families", "county's", "first");

    /** Token trie of all forms. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Form form;
    }

    private final Node root = new Node();

    CouncilMatcher(Gazetteer gazetteer) {
        Map<String, Set<Council>> forms = new HashMap<>();
        // councils whose own name or alias a form is: "X County Council" may be an abolished county's official name and
        // also a form generated for the unitary "X Council" that succeeded it; the date then moves an old name to its
        // successor where one exists
        Map<String, Set<Council>> owners = new HashMap<>();
        Map<String, Boolean> explicit = new HashMap<>();
        for (Council c : gazetteer.councils()) {
            List<String> names = new ArrayList<>();
            names.add(c.name());
            if (c.officialName() != null && !c.officialName().isBlank()) {
                names.add(c.officialName());
            }
            names.addAll(c.aliases());
            for (String n : names) {
                String key = key(n);
                if (key.isEmpty()) {
                    continue;
                }
                put(forms, explicit, key, c, key.endsWith(" council") || key.contains("borough of")
                        || !key.contains(" ") && key.length() <= 5 && n.equals(n.toUpperCase()));
                owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
                if (!key.endsWith(" council") && !key.contains(" of ")) {
                    for (String s : SUFFIXES) {
                        put(forms, explicit, key + " " + s, c, s.endsWith("council") || s.equals("mbc"));
                    }
                    for (String p : PREFIXES) {
                        put(forms, explicit, p + " " + key, c, true);
                    }
                }
            }
        }
        // "Kensington were rated outstanding": running text calls a council named after two places by the first
        // alone, when that is no other council's name
        for (Council c : gazetteer.councils()) {
            String name = key(c.name());
            int and = name.indexOf(" and ");
            String first = and > 0 && !c.name().contains(",") ? name.substring(0, and) : null;
            if (first != null && !forms.containsKey(first)) {
                put(forms, explicit, first, c, false);
                owners.computeIfAbsent(first, k -> new LinkedHashSet<>()).add(c);
            }
        }
        for (Map.Entry<String, Set<Council>> e : forms.entrySet()) {
            String[] toks = e.getKey().split(" ");
            Form f = new Form(toks, List.copyOf(owners.getOrDefault(e.getKey(), e.getValue())), explicit.get(e.getKey()));
            Node n = root;
            for (String tok : toks) {
                n = n.next.computeIfAbsent(tok, k -> new Node());
            }
            n.form = f;
        }
    }

    private static void put(Map<String, Set<Council>> forms, Map<String, Boolean> explicit, String key, Council c,
                            boolean isExplicit) {
        forms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
        explicit.merge(key, isExplicit, (a, b) -> a || b);
    }

    /** Normalised token key of a name: lower-case words joined by single spaces; "&" becomes "and". */
    static String key(String name) {
        Tokens t = Tokens.of(name, 0, name.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
            if (t.word[i]) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower[i]);
            }
        }
        return sb.toString();
    }

    /** All mentions in the tokens, left to right, longest first, non-overlapping. */
    List<Mention> find(Tokens t) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int[] idx = new int[16];
        while (i < t.size) {
            if (!t.word[i] || !(t.upper[i] || t.lower[i].equals("and"))) {
                i++;
                continue;
            }
            Mention best = null;
            if (t.upper[i]) {
                Node n = root.next.get(t.lower[i]);
                int j = i + 1;
                while (n != null) {
                    if (n.form != null) {
                        best = new Mention(i, j, n.form.councils(), n.form.explicit());
                    }
                    // skip joining hyphens, the dot of "St." and the commas of a name like "X, Y and Z Council"
                    while (j < t.size && !t.word[j] && (t.text.charAt(t.start[j]) == '-'
                            || t.text.charAt(t.start[j]) == '.' && t.is(j - 1, "st")
                            || t.text.charAt(t.start[j]) == ',' && j + 1 < t.size && t.word[j + 1] && n.next.containsKey(t.lower[j + 1]))) {
                        j++;
                    }
                    if (j >= t.size || !t.word[j]) {
                        break;
                    }
                    n = n.next.get(t.lower[j]);
                    j++;
                }
            }
            if (best != null && accept(t, best, startsName(t, best.to()))) {
                Mention elided = elided(t, best);
                if (elided != null) {
                    out.add(elided);
                }
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "North and West X": a place prefix joined by "and" to a council's name that starts with
     * another names the council the prefix makes of the rest.
     */
    private Mention elided(Tokens t, Mention m) {
        int prefix = m.from() - 2;
        if (prefix < 0 || !t.is(m.from() - 1, "and") || !t.word[prefix] || !t.upper[prefix]
                || !t.isAny(prefix, PLACE_PREFIX) || !t.isAny(m.from(), PLACE_PREFIX)) {
            return null;
        }
        Node n = root.next.get(t.lower[prefix]);
        for (int k = m.from() + 1; k < m.to() && n != null; k++) {
            n = t.word[k] ? n.next.get(t.lower[k]) : n;
        }
        return n == null || n.form == null ? null : new Mention(prefix, prefix + 1, n.form.councils(), n.form.explicit());
    }

    /** Whether a council's name starts at token i: "A B; C D and E", a list that lost its commas. */
    private boolean startsName(Tokens t, int i) {
        Node n = i < t.size && t.word[i] && t.upper[i] ? root.next.get(t.lower[i]) : null;
        return n != null && n.form != null;
    }

    private static boolean accept(Tokens t, Mention m, boolean councilFollows) {
        int from = m.from();
        int to = m.to();
        // part of a hyphenated compound ("X-under-Y")
        if (t.hyphenAfter(to - 1) || from > 0 && t.hyphenAfter(from - 1)) {
            return false;
        }
        if (m.explicit()) {
            return true;
        }
        // "Councillor Mark X", "Cllr. X": a surname after a title and at most one given name
        int before = from - 1;
        if (before >= 0 && !t.word[before] && t.text.charAt(t.start[before]) == '.') {
            before--;
        }
        if (before >= 0 && t.isAny(before, Lexicon.PERSON_TITLES) || before >= 1 && t.word[before] && t.upper[before]
                && t.isAny(before - 1, Lexicon.PERSON_TITLES)) {
            return false;
        }
        // "New X", "West X": a capitalised place prefix that is not the start of the sentence
        if (from >= 1 && t.word[from - 1] && t.upper[from - 1] && from - 1 > 0 && t.isAny(from - 1, PLACE_PREFIX)) {
            return false;
        }
        // a bare one-word name followed by another capitalised word is usually another proper name
        if (to - from == 1 && to < t.size && t.word[to] && t.upper[to] && !t.allCaps[from]
                && !t.isAny(to, NAME_FOLLOWERS) && !councilFollows) {
            return false;
        }
        return true;
    }

    /** Mention m opens a list of councils: "A, B, C and D", commas between them and "and" or "or" before the last. */
    static boolean listFrom(Tokens t, List<Mention> mentions, int m) {
        for (int i = m; i + 1 < mentions.size(); i++) {
            int gap = mentions.get(i).to();
            int next = mentions.get(i + 1).from();
            boolean comma = Tokens.isPunct(t, gap, ',');
            int k = comma ? gap + 1 : gap;
            if ((t.is(k, "and") || t.is(k, "or")) && next == k + 1) {
                return true;
            }
            if (!comma || next != gap + 1) {
                return false;
            }
        }
        return false;
    }

    /**
     * Which mentions are councils listed as earlier examples: right after a marker ("after A and B", "joins A, B
     * and C"), or joined to one by list punctuation, "and" and time words ("following A last Tuesday and B last
     * Wednesday"). "Following X's inspection" is no example.
     */
    static boolean[] earlierExamples(Tokens t, List<Mention> mentions) {
        boolean[] out = new boolean[mentions.size()];
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (t.is(mention.to(), "'s")) {
                continue;
            }
            out[m] = t.isAny(mention.from() - 1, Lexicon.EARLIER_EXAMPLE_MARKERS)
                    || m > 0 && out[m - 1] && listGlue(t, mentions.get(m - 1).to(), mention.from());
        }
        return out;
    }

    /** The longest run of tokens between two listed councils: "last Tuesday and". */
    private static final int MAX_LIST_GLUE = 6;

    /** Only list punctuation, "and" and time words between the two token offsets, "and" or a comma among them. */
    private static boolean listGlue(Tokens t, int from, int to) {
        if (to - from > MAX_LIST_GLUE) {
            return false;
        }
        boolean joined = false;
        for (int k = from; k < to; k++) {
            if (Tokens.isPunct(t, k, ',') || Tokens.isPunct(t, k, ';') || t.is(k, "and")) {
                joined = true;
            } else if (!t.isAny(k, Lexicon.LIST_TIME_WORDS) && !DateFinder.MONTHS.containsKey(t.lower[k]) && !t.isYear(k)) {
                return false;
            }
        }
        return joined;
    }

    /** Chooses the council of a mention valid at the given date (null: prefer the current row). */
    static Council resolve(List<Council> councils, LocalDate date, Integer year) {
        if (councils.size() == 1) {
            return councils.get(0);
        }
        if (date != null) {
            for (Council c : councils) {
                if (c.validOn(date)) {
                    return c;
                }
            }
        }
        if (year != null) {
            for (Council c : councils) {
                if (c.validInYear(year) && c.validOn(LocalDate.of(year, 6, 30))) {
                    return c;
                }
            }
            for (Council c : councils) {
                if (c.validInYear(year)) {
                    return c;
                }
            }
        }
        for (Council c : councils) {
            if (c.current()) {
                return c;
            }
        }
        return councils.get(councils.size() - 1);
    }
}
