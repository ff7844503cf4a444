package watch.safeguarding.events;

/**
 * One judgement that a text states. Vocabularies of {@code area}, {@code rating} and {@code status} are fixed in
 * DESIGN.md; {@code year} is null when the text does not fix it.
 */
public record Outcome(
        String councilCode,
        String council,
        String area,
        String rating,
        String status,
        Integer year,
        String evidence,
        double confidence) {

    public static final String STATUS_NEW = "new";
    public static final String STATUS_PREVIOUS = "previous";

    /** Alerting: a newly published inadequate grade in any area, or a "performs poorly" annual rating. */
    public boolean alerting() {
        return STATUS_NEW.equals(status) && ("inadequate".equals(rating) || "performs_poorly".equals(rating));
    }
}
