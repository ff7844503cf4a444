package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the gazetteer: an English local authority with children's services responsibilities.
 *
 * @param validFrom  first day in force, null if it already existed on 2009-01-01
 * @param validTo    last day in force (inclusive), null if current
 * @param successors GSS codes that replaced it (empty if current)
 * @param aliases    other names used in news text (never repeats {@code name})
 */
public record Council(String code, String name, String officialName, String type, String region, String ofstedUrn,
                      String dfeCode, LocalDate validFrom, LocalDate validTo, List<String> successors,
                      List<String> aliases) {

    public Council {
        successors = successors == null ? List.of() : List.copyOf(successors);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether the authority was in force on the given day (null date: always true). */
    public boolean validOn(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the authority was in force at some point in the given calendar year. */
    public boolean validInYear(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    public boolean current() {
        return validTo == null;
    }
}
