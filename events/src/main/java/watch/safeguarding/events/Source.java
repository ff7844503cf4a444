package watch.safeguarding.events;

import java.time.LocalDate;

/** Where a report came from; every field may be null when the poster did not say. */
public record Source(String url, String publisher, String title, LocalDate publishedDate) {

    public static final Source UNKNOWN = new Source(null, null, null, null);
}
