package watch.safeguarding.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Topic {@code judgements.recorded}, keyed by council code: published by the catalog once per inspection outcome,
 * the first time it records it.
 *
 * @param judgementId    the catalog's stable id of the judgement; consumers deduplicate on it
 * @param previousRating the grade this council had before in the same area, when known
 * @param date           the publication or inspection date when known, otherwise null (see {@code year})
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
        Instant recordedAt) {

    public static final String SCHEMA = "judgement.recorded/1";
    public static final String TOPIC = "judgements.recorded";

    public record Council(String code, String name, String region) {
    }

    public record SourceRef(String reportId, String url, String title, String publisher) {
    }
}
