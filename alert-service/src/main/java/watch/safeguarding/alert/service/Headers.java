package watch.safeguarding.alert.service;

/** Keeps text that ends up in a mail header on one line, so no data (a council name, a title) can add a header. */
public final class Headers {

    private static final int MAX_SUBJECT = 200;

    private Headers() {
    }

    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").trim();
        return oneLine.length() > MAX_SUBJECT ? oneLine.substring(0, MAX_SUBJECT - 1) + "…" : oneLine;
    }
}
