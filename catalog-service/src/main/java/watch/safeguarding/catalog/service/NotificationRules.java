package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.events.JudgementRecorded;

/**
 * Whether subscribers are told of a judgement that a report states as new: pure, decided from the report, the
 * judgement and its council and area's history as recorded, so the same topic always gives the same decisions
 * (received times come from the events, never from the clock).
 */
public final class NotificationRules {

    /** The catalog's settings: the news window in days and the confidence below which an outcome is unconfirmed. */
    public record Settings(int newsWindowDays, double minConfidence) {
    }

    /** Notify or not, and why (one of the {@code JudgementRecorded.REASON_} codes). */
    public record Decision(boolean notifies, String reason) {

        static Decision no(String reason) {
            return new Decision(false, reason);
        }
    }

    /**
     * What one report says of when the judgement was published: its source date, else the year its text states, else
     * nothing (an undated text).
     */
    public record Dating(LocalDate published, Integer statedYear, Instant received) {

        LocalDate receivedDate() {
            return received.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    private final Settings settings;

    public NotificationRules(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param judgement  the judgement the new outcome was recorded as (official, disputed, announced already set)
     * @param confidence the outcome's own confidence (another, surer source may have stated it before)
     * @param history    the other judgements of that council and area
     */
    public Decision decide(Judgement judgement, double confidence, Dating dating, List<Judgement> history) {
        if (judgement.announced) {
            return Decision.no(JudgementRecorded.REASON_ALREADY_ANNOUNCED);
        }
        if (confidence < settings.minConfidence()) {
            return Decision.no(JudgementRecorded.REASON_UNCONFIRMED);
        }
        if (judgement.disputed) {
            return Decision.no(JudgementRecorded.REASON_DISPUTED);
        }
        LocalDate windowStart = dating.receivedDate().minusDays(settings.newsWindowDays());
        if (dating.published() != null) {
            return dating.published().isBefore(windowStart) ? Decision.no(JudgementRecorded.REASON_OLD) : news();
        }
        if (dating.statedYear() != null) {
            return dating.statedYear() < windowStart.getYear() ? Decision.no(JudgementRecorded.REASON_OLD) : news();
        }
        return contradicted(judgement, history) ? Decision.no(JudgementRecorded.REASON_UNDATED_CONTRADICTED) : news();
    }

    /**
     * An undated text was taken to be of the year it was received in; the catalog contradicts that when Ofsted has
     * published a grade of that council and area since the start of that year, or another grade is on record for it.
     */
    static boolean contradicted(Judgement judgement, List<Judgement> history) {
        return history.stream().filter(other -> other != judgement && !other.rating.equals(judgement.rating)).anyMatch(other ->
                Objects.equals(other.year, judgement.year)
                        || (other.official && other.year != null && judgement.year != null && other.year >= judgement.year));
    }

    private static Decision news() {
        return new Decision(true, JudgementRecorded.REASON_NEWS);
    }
}
