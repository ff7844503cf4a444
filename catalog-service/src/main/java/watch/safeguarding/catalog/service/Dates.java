package watch.safeguarding.catalog.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as British readers write them: 4 March 2022. */
public final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** The date when known, otherwise the year, otherwise "date not known". */
    public static String format(LocalDate date, Integer year) {
        return date != null ? format(date) : year != null ? String.valueOf(year) : "date not known";
    }
}
