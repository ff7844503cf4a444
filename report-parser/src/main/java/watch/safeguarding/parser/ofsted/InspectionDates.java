package watch.safeguarding.parser.ofsted;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an Ofsted report prints: the inspection's fieldwork ("Inspection dates: 20 to 24 February 2023", "28
 * February to 4 March 2022", "19 November-30 November 2018", "8 - 12 July 2013", "28 July 2016", two ranges joined by
 * "and") and its publication ("Report published: 7 July 2017"). Works on {@link FlatText}.
 */
final class InspectionDates {

    /** First and last day of the fieldwork. */
    record Range(LocalDate start, LocalDate end) {
    }

    private static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern INSPECTION_LABEL = Pattern.compile("\\b(?:inspection|visit) dates?\\s?:\\s?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\b(?:report )?published\\s?:\\s?(\\d{1,2})(?:st|nd|rd|th)? (" + MONTH + ")\\.? (\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** One token of a list of dates: a year, a day, a month or a joiner. */
    private static final Pattern TOKEN = Pattern.compile(
            " ?(?:(\\d{4})\\b|(\\d{1,2})(?:st|nd|rd|th)?\\b|(" + MONTH + ")\\b\\.?|(to|and|until|till|-|,|&)(?= |\\d|$))",
            Pattern.CASE_INSENSITIVE);

    private InspectionDates() {
    }

    /** The range after the first "Inspection date(s):" label, or null. */
    static Range inspection(String flat) {
        Matcher m = INSPECTION_LABEL.matcher(flat);
        while (m.find()) {
            Range r = rangeAt(flat, m.end());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The date of the first "Published:" label, or null. */
    static LocalDate published(String flat) {
        Matcher m = PUBLISHED.matcher(flat);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * Reads the list of dates that starts at {@code from}: each day takes the month and year of the next date that
     * gives them ("28 February to 4 March 2022"). Null unless it ends in a complete date.
     */
    static Range rangeAt(String flat, int from) {
        List<String[]> items = new ArrayList<>(); // day, month, year
        Matcher m = TOKEN.matcher(flat);
        int pos = from;
        while (pos < flat.length()) {
            m.region(pos, flat.length());
            if (!m.lookingAt()) {
                break;
            }
            pos = m.end();
            if (m.group(2) != null) {
                items.add(new String[] {m.group(2), null, null});
            } else if (m.group(3) != null) {
                if (items.isEmpty() || items.get(items.size() - 1)[1] != null) {
                    break; // a month without a day: not a fieldwork date
                }
                items.get(items.size() - 1)[1] = m.group(3);
            } else if (m.group(1) != null) {
                if (items.isEmpty() || items.get(items.size() - 1)[1] == null) {
                    break;
                }
                items.get(items.size() - 1)[2] = m.group(1);
            }
        }
        while (!items.isEmpty() && items.get(items.size() - 1)[2] == null) {
            items.remove(items.size() - 1); // a trailing page number or note, not a date
        }
        if (items.isEmpty()) {
            return null;
        }
        String month = null;
        String year = null;
        for (int i = items.size() - 1; i >= 0; i--) {
            String[] it = items.get(i);
            if (it[1] == null) {
                it[1] = month;
            } else {
                month = it[1];
            }
            if (it[2] == null) {
                it[2] = year;
            } else {
                year = it[2];
            }
        }
        LocalDate start = date(items.get(0)[0], items.get(0)[1], items.get(0)[2]);
        String[] last = items.get(items.size() - 1);
        LocalDate end = date(last[0], last[1], last[2]);
        if (start == null || end == null) {
            return null;
        }
        if (start.isAfter(end) && items.get(0)[2].equals(last[2])) {
            start = start.minusYears(1); // "29 December to 9 January 2026": the first day is in the year before
        }
        return start.isAfter(end) ? null : new Range(start, end);
    }

    static LocalDate date(String day, String month, String year) {
        if (day == null || month == null || year == null) {
            return null;
        }
        int mon = switch (month.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
        try {
            return LocalDate.of(Integer.parseInt(year), mon, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
