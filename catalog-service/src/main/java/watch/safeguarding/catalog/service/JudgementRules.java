package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.events.Outcome;

/**
 * How outcomes from many sources become one history per council and area. Pure functions over judgements already
 * loaded for that council and area, so they are tested without a database.
 */
public final class JudgementRules {

    /** Latest first: by year, then publication date; unknown years last. */
    public static final Comparator<Judgement> LATEST_FIRST = Comparator
            .comparing((Judgement j) -> j.year, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(j -> j.publishedDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(j -> j.id, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();

    private JudgementRules() {
    }

    /**
     * The year an outcome refers to: the one the text gives; for a newly published outcome without one, the year the
     * report was published (or received); for an earlier outcome without one, unknown.
     */
    public static Integer effectiveYear(Outcome outcome, LocalDate published, Instant received) {
        if (outcome.year() != null) {
            return outcome.year();
        }
        if (!Outcome.STATUS_NEW.equals(outcome.status())) {
            return null;
        }
        return published != null ? published.getYear() : received.atZone(ZoneOffset.UTC).getYear();
    }

    /**
     * The recorded judgement this outcome restates: the same grade in the same year; news a year after an official
     * publication (a January story about a December report); or, when the year is unknown, the latest with that grade.
     */
    public static Optional<Judgement> sameOutcome(List<Judgement> existing, String rating, Integer year) {
        List<Judgement> sameRating = existing.stream().filter(j -> j.rating.equals(rating)).sorted(LATEST_FIRST).toList();
        if (year == null) {
            return sameRating.stream().findFirst();
        }
        return sameRating.stream().filter(j -> Objects.equals(j.year, year)).findFirst()
                .or(() -> sameRating.stream().filter(j -> j.official && j.year != null && j.year == year - 1).findFirst());
    }

    /**
     * Flags the judgements of one council, area and year against each other; none is ever overwritten. Ofsted's grade
     * wins: news of another grade is disputed (shown beside it, never current), and only two official grades conflict.
     * Without an official grade, news of different grades conflict with each other.
     */
    public static void flag(List<Judgement> history, Integer year) {
        if (year == null) {
            return;
        }
        List<Judgement> sameYear = history.stream().filter(j -> Objects.equals(j.year, year)).toList();
        List<Judgement> official = sameYear.stream().filter(j -> j.official).toList();
        for (Judgement j : sameYear) {
            List<Judgement> against = official.isEmpty() || j.official ? sameYear : official;
            boolean otherGrade = against.stream().anyMatch(o -> (o.official || official.isEmpty()) && !o.rating.equals(j.rating));
            j.conflict = (j.official || official.isEmpty()) && otherGrade;
            j.disputed = !j.official && !official.isEmpty() && otherGrade;
        }
    }

    /** Only stated by outcomes less confident than the threshold, and not by Ofsted's own report. */
    public static boolean unconfirmed(Judgement judgement, double minConfidence) {
        return !judgement.official && judgement.confidence < minConfidence;
    }

    /** The grade this council had in the area before the given year, if known. */
    public static Optional<Judgement> previous(List<Judgement> existing, Integer year) {
        return existing.stream().filter(j -> j.year != null && (year == null || j.year < year)).sorted(LATEST_FIRST).findFirst();
    }
}
