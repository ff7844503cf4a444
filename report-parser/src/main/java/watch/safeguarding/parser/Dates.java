package watch.safeguarding.parser;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Small date helpers. */
final class Dates {

    private Dates() {
    }

    /** Parses the leading yyyy-mm-dd of an ISO date or date-time; null if it is not one. */
    static LocalDate parseIsoPrefix(String s) {
        if (s == null) {
            return null;
        }
        s = s.trim();
        if (s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
