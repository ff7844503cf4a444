package watch.safeguarding.alert.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a subscription is mailed; the declaration order is most immediate first. */
public enum Frequency {
    IMMEDIATELY("immediately", "As soon as it is published"),
    DAILY("daily", "Once a day, in a daily digest"),
    WEEKLY("weekly", "Once a week, in a weekly digest");

    private final String wire;
    private final String label;

    Frequency(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<Frequency> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wire.equals(wanted)).findFirst();
    }
}
