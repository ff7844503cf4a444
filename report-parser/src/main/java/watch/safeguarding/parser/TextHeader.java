package watch.safeguarding.parser;

import java.time.LocalDate;

/**
 * The first stage of a text: its {@code URL:} line, the body cleaned up, the date it was published (a page's
 * metadata, a dateline, the address) and its headline.
 */
final class TextHeader {

    private TextHeader() {
    }

    static void read(DocumentState doc, String raw, HtmlText.Page page) {
        String body = raw;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        if (page != null) {
            doc.url = page.url();
            doc.title = page.title();
            doc.published = page.publishedDate();
        }
        String trimmedStart = body.stripLeading();
        if (trimmedStart.regionMatches(true, 0, "URL:", 0, 4)) {
            int nl = trimmedStart.indexOf('\n');
            String first = nl < 0 ? trimmedStart : trimmedStart.substring(0, nl);
            String u = first.substring(4).trim();
            if (!u.isEmpty() && doc.url == null) {
                doc.url = u;
            }
            body = nl < 0 ? "" : trimmedStart.substring(nl + 1);
            body = TextCleanup.stripLeadingBlankLines(body);
        }
        String text = TextCleanup.normalise(body);
        doc.text = text;

        // metadata
        if (doc.published == null) {
            doc.published = DateFinder.published(text);
        }
        int[] urlDate = DateFinder.fromUrl(doc.url);
        if (doc.published == null && urlDate != null && urlDate[2] > 0) {
            try {
                doc.published = LocalDate.of(urlDate[0], urlDate[1], urlDate[2]);
            } catch (java.time.DateTimeException e) {
                // an address with an impossible day ("/2019/02/30/") dates nothing
            }
        }
        doc.pubYear = doc.published != null ? Integer.valueOf(doc.published.getYear())
                : urlDate != null ? Integer.valueOf(urlDate[0]) : null;
        if (doc.title == null) {
            doc.title = TextCleanup.firstLineTitle(body);
        }
    }
}
