package watch.safeguarding.ingest.service;

import java.time.LocalDate;

/**
 * One report as posted: its content (plain text, or a web page when {@code html}, or a PDF's bytes when {@code pdf}
 * is set) and the metadata the poster gave (each may be null; the parser's findings fill the gaps).
 *
 * @param format how it arrived: text, html, json, ndjson, pdf or multipart (the {@code format} tag of reports.accepted)
 */
public record ReportInput(String format, String content, boolean html, String url, String title, String publisher,
        LocalDate publishedDate, byte[] pdf) {

    public ReportInput(String format, String content, boolean html, String url, String title, String publisher,
            LocalDate publishedDate) {
        this(format, content, html, url, title, publisher, publishedDate, null);
    }

    public static ReportInput pdf(String format, byte[] pdf) {
        return new ReportInput(format, null, false, null, null, null, null, pdf);
    }

    public static ReportInput text(String format, String text) {
        return new ReportInput(format, text, false, null, null, null, null);
    }

    public static ReportInput html(String format, String html) {
        return new ReportInput(format, html, true, null, null, null, null);
    }
}
