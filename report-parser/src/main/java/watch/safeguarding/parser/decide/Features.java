package watch.safeguarding.parser.decide;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cues the rules computed for one candidate outcome, by name, so that a model can weigh them: a cue present
 * once has value 1, a cue seen several times counts up.
 */
public final class Features {

    private final Map<String, Double> values;

    public Features() {
        this.values = new HashMap<>();
    }

    private Features(Map<String, Double> values) {
        this.values = new HashMap<>(values);
    }

    public Features copy() {
        return new Features(values);
    }

    /** Feature names made of a prefix and a value, made once: most candidates share them. */
    private static final Map<String, Map<String, String>> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_NAMES_PER_PREFIX = 10_000;

    /** Adds one occurrence of the cue {@code prefix + value} ("strength_2", "word_again"). */
    public Features add(String prefix, Object value) {
        String v = String.valueOf(value);
        Map<String, String> names = NAMES.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
        String name = names.get(v);
        if (name == null) {
            name = prefix + v;
            if (names.size() < MAX_NAMES_PER_PREFIX) {
                names.putIfAbsent(v, name);
            }
        }
        return add(name);
    }

    /** Adds one occurrence of a cue. */
    public Features add(String name) {
        values.merge(name, 1.0, Double::sum);
        return this;
    }

    public Features add(boolean present, String name) {
        return present ? add(name) : this;
    }

    /** Records a cue and passes its hand-given score through, so a rule can keep adding it up as before. */
    public int cue(String name, int score) {
        if (score != 0) {
            add(name);
        }
        return score;
    }

    public Features set(String name, double value) {
        values.put(name, value);
        return this;
    }

    public Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return new java.util.TreeMap<>(values).toString();
    }
}
