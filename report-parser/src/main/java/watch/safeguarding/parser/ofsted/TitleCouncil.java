package watch.safeguarding.parser.ofsted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import watch.safeguarding.parser.Council;
import watch.safeguarding.parser.Gazetteer;

/**
 * The council a report's title names ("Inspection of X local authority children's services", "X City Council",
 * "London Borough of X"): the longest gazetteer name or alias in the title, resolved to the authority in force on the
 * inspection's date (a county before its unitary successors, the old code of a renumbered council).
 */
final class TitleCouncil {

    private final Map<String, List<Council>> byForm = new HashMap<>();
    private int longest;

    TitleCouncil(Gazetteer gazetteer) {
        Map<String, Set<Council>> forms = new HashMap<>();
        for (Council c : gazetteer.councils()) {
            List<String> names = new ArrayList<>();
            names.add(c.name());
            if (c.officialName() != null) {
                names.add(c.officialName());
            }
            names.addAll(c.aliases());
            for (String n : names) {
                String key = String.join(" ", words(n));
                if (!key.isEmpty()) {
                    forms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        forms.forEach((k, v) -> byForm.put(k, List.copyOf(v)));
    }

    /** The council of the title, or null when no name of the gazetteer occurs in it. */
    Council find(String title, LocalDate on) {
        List<String> words = words(title);
        List<Council> best = null;
        int bestLength = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(longest, words.size() - i); n > bestLength; n--) {
                List<Council> found = byForm.get(String.join(" ", words.subList(i, i + n)));
                if (found != null) {
                    best = found;
                    bestLength = n;
                    break;
                }
            }
        }
        return best == null ? null : resolve(best, on);
    }

    private static Council resolve(List<Council> councils, LocalDate on) {
        if (councils.size() > 1 && on != null) {
            for (Council c : councils) {
                if (c.validOn(on)) {
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

    /** Lower-case words; "&" is "and", hyphens and other punctuation separate words, apostrophes go. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                if (c == '&') {
                    out.add("and");
                }
            }
        }
        return out;
    }
}
