package watch.safeguarding.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Topic {@code judgements.recorded}, keyed by council code: published by the catalog when it records a judgement
 * reported as new (the first time, or when a later report makes a judgement recorded as {@code previous} new). The
 * catalog decides whether subscribers should be told ({@code notifySubscribers}: {@code notify} cannot name a record
 * component); the alert service only matches and sends.
 *
 * @param judgementId    stable id derived from what the judgement is (council, area, grade, and the inspection date
 *                       when known, else the year), so a replayed topic or a rebuilt catalog gives the same ids.
 *                       Consumers deduplicate on it among events with {@code notifySubscribers} true; an event with
 *                       it false is for information and must not mark the id as seen
 * @param previousRating the grade this council had before in the same area, when known
 * @param date           the publication or inspection date when known, otherwise null (see {@code year})
 * @param official       stated by an Ofsted inspection report (reports.parsed of kind ofsted_report, or the official
 *                       seed), not only by news
 * @param confidence     the parser's confidence in the outcome that made this judgement new (1.0 when official)
 * @param notifySubscribers the catalog's decision that subscribers should be told: new, within the news window of its
 *                       receipt, confident, not contradicted by an official grade, not announced before with the
 *                       same grades
 * @param notifyReason   why or why not, one of the {@code REASON_} codes below
 * @param groupId        the announcement this judgement belongs to: one council and the report that made it new, so
 *                       one email per council per report can list every area
 * @param groupSize      how many judgements.recorded events the catalog publishes with this groupId (notifying or not)
 */
public record JudgementRecorded(
        String schema,
        String judgementId,
        Council council,
        String area,
        String rating,
        String status,
        String previousRating,
        Integer year,
        LocalDate date,
        boolean alerting,
        List<SourceRef> sources,
        Instant recordedAt,
        boolean official,
        double confidence,
        boolean notifySubscribers,
        String notifyReason,
        String groupId,
        int groupSize) {

    public static final String SCHEMA = "judgement.recorded/2";
    public static final String TOPIC = "judgements.recorded";

    /** Notifies: news published within the window of its receipt (or an official report). */
    public static final String REASON_NEWS = "news";
    /** Published before the news window of its receipt: fills the history only. */
    public static final String REASON_OLD = "old";
    /** An undated text that something on record contradicts (an official grade since, another grade that year). */
    public static final String REASON_UNDATED_CONTRADICTED = "undated_contradicted";
    /** The parser's confidence is below the catalog's threshold. */
    public static final String REASON_UNCONFIRMED = "unconfirmed";
    /** News that contradicts an official grade for the same council, area and inspection or year. */
    public static final String REASON_DISPUTED = "disputed";
    /** Subscribers were already told of this judgement with the same grades. */
    public static final String REASON_ALREADY_ANNOUNCED = "already_announced";
    /** Reported only as an earlier outcome given for context. */
    public static final String REASON_PREVIOUS = "previous";

    public record Council(String code, String name, String region) {
    }

    public record SourceRef(String reportId, String url, String title, String publisher) {
    }
}
