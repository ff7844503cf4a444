package watch.safeguarding.alert.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a subscription asks for, normalised (sorted, deduplicated; "any" swallows every other grade) so that the same
 * request always has the same {@link #key()}. No councils and no regions means every council.
 */
public record Criteria(List<String> councils, List<String> regions, List<String> ratings, Frequency frequency) {

    public static final List<String> DEFAULT_RATINGS = List.of("inadequate");

    public Criteria {
        councils = normalise(councils);
        regions = normalise(regions);
        ratings = normalise(ratings);
        if (ratings.isEmpty()) {
            ratings = DEFAULT_RATINGS;
        } else if (ratings.contains(Vocabulary.ANY)) {
            ratings = List.of(Vocabulary.ANY);
        }
        frequency = Objects.requireNonNullElse(frequency, Frequency.IMMEDIATELY);
    }

    public boolean allCouncils() {
        return councils.isEmpty() && regions.isEmpty();
    }

    /** A stable identity of these criteria: the same address with the same key is one subscription. */
    public String key() {
        String canonical = String.join(",", councils) + "|" + String.join(",", regions) + "|" + String.join(",", ratings)
                + "|" + frequency.wire();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> normalise(Collection<String> values) {
        TreeSet<String> set = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    set.add(value.trim());
                }
            }
        }
        return List.copyOf(set);
    }
}
