package watch.safeguarding.parser.ofsted;

/** A body that cannot be read as a PDF with a text layer; the message says what was wrong and how to fix it. */
public final class PdfTextException extends Exception {

    /** What was wrong, one value per distinct fix. */
    public enum Reason {
        /** Not a PDF at all (no {@code %PDF-} header), e.g. an HTML error page saved under a .pdf name. */
        NOT_PDF,
        /** Starts like a PDF but its structure cannot be read (truncated or damaged). */
        DAMAGED,
        /** Opening it needs a password. */
        ENCRYPTED,
        /** A PDF without text to read: scanned images, or no pages. */
        NO_TEXT
    }

    private final Reason reason;

    public PdfTextException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
