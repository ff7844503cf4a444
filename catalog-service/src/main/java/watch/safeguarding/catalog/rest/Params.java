package watch.safeguarding.catalog.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import watch.safeguarding.catalog.service.InvalidParameterException;

/** Query-parameter parsing with errors that name the parameter. */
final class Params {

    private Params() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A year, from "2024" or a date "2024-05-01". */
    static Integer year(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 4 ? Integer.parseInt(value) : LocalDate.parse(value).getYear();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidParameterException(name, "'" + value + "' is neither a year (2024) nor a date (2024-05-01)");
        }
    }

    static LocalDate date(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "'" + value + "' is not a date in the form 2024-05-01");
        }
    }

    static int range(String name, Integer value, int fallback, int min, int max) {
        int chosen = value == null ? fallback : value;
        if (chosen < min || chosen > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", was " + chosen);
        }
        return chosen;
    }
}
