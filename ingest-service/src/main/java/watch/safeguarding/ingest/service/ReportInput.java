package watch.safeguarding.ingest.service;

import java.time.LocalDate;

/**
 * One report as posted: its content (plain text, or a web page when {@code html}) and the metadata the poster gave
 * (each may be null; the parser's findings fill the gaps).
 *
 * @param format how it arrived: text, html, json, ndjson or multipart (the {@code format} tag of reports.accepted)
 */
public record ReportInput(String format, String content, boolean html, String url, String title, String publisher,
        LocalDate publishedDate) {

    public static ReportInput text(String format, String text) {
        return new ReportInput(format, text, false, null, null, null, null);
    }

    public static ReportInput html(String format, String html) {
        return new ReportInput(format, html, true, null, null, null, null);
    }
}
