package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The judgement-area phrases a sentence mentions ("help and protection", "in every area"). */
final class AreaMentions {

    /** The area phrases by their first word, longest first. */
    private static final Map<String, List<String[]>> AREAS_BY_FIRST_WORD = new HashMap<>();

    static {
        for (String[] a : Lexicon.AREAS) {
            String[] words = a[0].split(" ");
            String[] entry = new String[words.length + 1];
            System.arraycopy(words, 0, entry, 0, words.length);
            entry[words.length] = a[1];
            AREAS_BY_FIRST_WORD.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
        }
        for (List<String[]> l : AREAS_BY_FIRST_WORD.values()) {
            l.sort((x, y) -> y.length - x.length);
        }
    }

    private AreaMentions() {
    }

    /** The mentions in token order, each the longest phrase that starts at its word. */
    static List<Area> find(Tokens t) {
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
            List<String[]> cands = AREAS_BY_FIRST_WORD.get(t.lower[view[v]]);
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
}
