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

    /** A whole number in [min, max], or {@code fallback} when absent; a value that is not one is a 400 naming the parameter. */
    static int range(String name, String value, int fallback, int min, int max) {
        value = blankToNull(value);
        int chosen;
        try {
            chosen = value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + ProblemMappers.shorten(value) + "' is not a whole number; give one from "
                    + min + " to " + max + ", e.g. " + name + "=" + Math.max(min, Math.min(max, fallback == 0 ? min : fallback)));
        }
        if (chosen < min || chosen > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", was " + chosen);
        }
        return chosen;
    }
}
