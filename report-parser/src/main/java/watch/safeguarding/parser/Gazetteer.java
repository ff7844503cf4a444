package watch.safeguarding.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The English children's services authorities since 2009, with aliases and validity dates. Immutable. */
public final class Gazetteer {

    static final String RESOURCE = "/watch/safeguarding/parser/local-authorities.csv";

    private static volatile Gazetteer builtIn;

    private final List<Council> councils;
    private final Map<String, Council> byCode;
    private final Map<String, String> webDomains;
    private final Map<String, String> codeByDomain;
    /** The first label of each council's domain ("x" of x.gov.uk), for democracy portals hosted elsewhere. */
    private final Map<String, String> codeByPortalLabel;
    /** A council's name as one lower-case word ("x", "westx"), as a gov.uk host names it. */
    private final Map<String, String> codeByNameLabel;

    public Gazetteer(List<Council> councils) {
        this(councils, Map.of());
    }

    /** @param webDomains GSS code to the council's own web domain (e.g. {@code x.gov.uk}) */
    public Gazetteer(List<Council> councils, Map<String, String> webDomains) {
        this.webDomains = Map.copyOf(webDomains);
        Map<String, String> inverse = new HashMap<>();
        for (Map.Entry<String, String> e : this.webDomains.entrySet()) {
            inverse.putIfAbsent(e.getValue(), e.getKey());
        }
        this.codeByDomain = Map.copyOf(inverse);
        Map<String, String> labels = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Map.Entry<String, String> e : inverse.entrySet()) {
            String label = e.getKey().substring(0, Math.max(0, e.getKey().indexOf('.')));
            if (!label.isEmpty() && labels.putIfAbsent(label, e.getValue()) != null) {
                shared.add(label);
            }
        }
        shared.forEach(labels::remove);
        this.codeByPortalLabel = Map.copyOf(labels);
        Map<String, String> byName = new HashMap<>();
        Set<String> sharedNames = new HashSet<>();
        for (Council c : councils) {
            String label = c.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
            String other = byName.putIfAbsent(label, c.code());
            if (other != null && !other.equals(c.code())) {
                sharedNames.add(label);
            }
        }
        sharedNames.forEach(byName::remove);
        this.codeByNameLabel = Map.copyOf(byName);
        this.councils = List.copyOf(councils);
        Map<String, Council> map = new LinkedHashMap<>();
        for (Council c : this.councils) {
            map.put(c.code(), c);
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.newCouncilNames = newCouncilNames(this.councils);
    }

    /** For each council created since 2009, the lower-case names that only it bore. */
    private final Map<String, List<String>> newCouncilNames;

    private static Map<String, List<String>> newCouncilNames(List<Council> councils) {
        Map<String, Set<String>> codesByName = new HashMap<>();
        for (Council c : councils) {
            for (String n : names(c)) {
                codesByName.computeIfAbsent(n, k -> new HashSet<>()).add(c.code());
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Council c : councils) {
            if (c.validFrom() == null) {
                continue;
            }
            List<String> own = new ArrayList<>();
            for (String n : names(c)) {
                // "X Council" is also the end of "North X Council": not a name of the new council alone
                if (codesByName.get(n).size() == 1 && codesByName.keySet().stream().noneMatch(o -> o.endsWith(" " + n))) {
                    own.add(n);
                }
            }
            if (!own.isEmpty()) {
                out.put(c.code(), List.copyOf(own));
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> names(Council c) {
        Set<String> out = new HashSet<>();
        out.add(c.officialName().toLowerCase(java.util.Locale.ROOT));
        for (String a : c.aliases()) {
            out.add(a.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * The latest day on which a council the text names by a name of its own began (a unitary council
     * created in April 2021 had no name before): a text that names it was written then or later. Null when it names none.
     */
    LocalDate latestStartNamedIn(String lowerText) {
        LocalDate latest = null;
        for (Map.Entry<String, List<String>> e : newCouncilNames.entrySet()) {
            LocalDate start = byCode.get(e.getKey()).validFrom();
            if ((latest == null || start.isAfter(latest)) && namesOwnName(lowerText, e.getKey())) {
                latest = start;
            }
        }
        return latest;
    }

    /**
     * The councils a page address's last segment names by their names' words ("/x-downgraded-to-inadequate",
     * "/west-x-rated-good"), in order, each once.
     */
    List<Council> namedInAddress(String url) {
        String[] words = PageAddress.lastSegmentWords(url).toArray(String[]::new);
        List<Council> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            // the longest run of words from here that spells a council's name
            StringBuilder label = new StringBuilder();
            String code = null;
            int end = i;
            for (int j = i; j < Math.min(words.length, i + MAX_NAME_WORDS); j++) {
                label.append(words[j]);
                String c = codeByNameLabel.get(label.toString());
                if (c != null) {
                    code = c;
                    end = j;
                }
            }
            if (code != null) {
                Council c = byCode.get(code);
                if (!out.contains(c)) {
                    out.add(c);
                }
                i = end;
            }
        }
        return out;
    }

    /** The most words a council's name has ("A and North East B"). */
    private static final int MAX_NAME_WORDS = 6;

    /** Whether the text names the council (one created since 2009) by a name that only it bore. */
    boolean namesOwnName(String lowerText, String code) {
        for (String n : newCouncilNames.getOrDefault(code, List.of())) {
            if (containsWord(lowerText, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String phrase) {
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The gazetteer built into the jar; loaded once. */
    public static Gazetteer builtIn() {
        Gazetteer g = builtIn;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = builtIn;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        g = fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = g;
                }
            }
        }
        return g;
    }

    /** Reads the CSV format of {@code local-authorities.csv} (header row, RFC 4180 quoting). */
    public static Gazetteer fromCsv(Reader reader) throws IOException {
        List<List<String>> rows = parseCsv(new BufferedReader(reader));
        if (rows.isEmpty()) {
            return new Gazetteer(List.of());
        }
        List<String> header = rows.get(0);
        int code = header.indexOf("gss_code");
        int name = header.indexOf("name");
        int official = header.indexOf("official_name");
        int type = header.indexOf("la_type");
        int region = header.indexOf("region");
        int urn = header.indexOf("ofsted_urn");
        int dfe = header.indexOf("dfe_code");
        int from = header.indexOf("valid_from");
        int to = header.indexOf("valid_to");
        int succ = header.indexOf("successors");
        int aliases = header.indexOf("aliases");
        int domain = header.indexOf("web_domain");
        List<Council> out = new ArrayList<>();
        Map<String, String> domains = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() <= 1 && (r.isEmpty() || r.get(0).isBlank())) {
                continue;
            }
            out.add(new Council(get(r, code), get(r, name), get(r, official), get(r, type), get(r, region),
                    emptyToNull(get(r, urn)), emptyToNull(get(r, dfe)), date(get(r, from)), date(get(r, to)),
                    split(get(r, succ)), split(get(r, aliases))));
            String d = get(r, domain).toLowerCase(java.util.Locale.ROOT);
            if (!d.isEmpty()) {
                domains.put(get(r, code), d);
            }
        }
        return new Gazetteer(out, domains);
    }

    public List<Council> councils() {
        return councils;
    }

    public Optional<Council> byCode(String gssCode) {
        return gssCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(gssCode));
    }

    /** The council whose own web domain hosts the given URL (e.g. a council press release), if any. */
    public Optional<Council> byUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String host = url.trim().toLowerCase(java.util.Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        // committee papers hosted for the council: x.moderngov.co.uk, y.cmis.uk.com
        for (String portal : new String[] {".moderngov.co.uk", ".cmis.uk.com"}) {
            if (host.endsWith(portal)) {
                String label = host.substring(0, host.length() - portal.length());
                label = label.substring(label.lastIndexOf('.') + 1);
                String code = codeByPortalLabel.get(label);
                if (code != null) {
                    return byCode(code);
                }
            }
        }
        // the host and each of its parent domains: a.b.x.gov.uk, b.x.gov.uk, x.gov.uk, ...
        String h = host;
        while (!h.isEmpty()) {
            String code = codeByDomain.get(h);
            if (code != null) {
                return byCode(code);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                break;
            }
            h = h.substring(dot + 1);
        }
        // a council's own site whose domain the data does not list: www.x.gov.uk, democracy.y.gov.uk
        if (host.endsWith(".gov.uk")) {
            String label = host.substring(0, host.length() - ".gov.uk".length());
            String code = codeByNameLabel.get(label.substring(label.lastIndexOf('.') + 1));
            if (code != null) {
                return byCode(code);
            }
        }
        return Optional.empty();
    }

    private static String get(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i).trim() : "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static List<String> split(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static List<List<String>> parseCsv(BufferedReader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int ch;
        boolean any = false;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
