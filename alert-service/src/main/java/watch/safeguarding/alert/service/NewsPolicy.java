package watch.safeguarding.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.Outcome;

/**
 * The alert service's own check before it tells anyone, on top of the catalog's decision: only a judgement the
 * catalog says to notify, reported as new, and not dated (or, undated, of a year wholly) before the news window of
 * its receipt. Receipt is when the catalog recorded it, else now.
 */
public final class NewsPolicy {

    private final Duration window;

    public NewsPolicy(Duration window) {
        this.window = window;
    }

    /** @return why this judgement must not alert, or empty when it may */
    public Optional<String> refusal(JudgementRecorded judgement, Instant now) {
        if (!judgement.notifySubscribers()) {
            return Optional.of(judgement.notifyReason() == null ? "not_notify" : judgement.notifyReason());
        }
        if (!Outcome.STATUS_NEW.equals(judgement.status())) {
            return Optional.of(JudgementRecorded.REASON_PREVIOUS);
        }
        Instant receipt = judgement.recordedAt() == null ? now : judgement.recordedAt();
        LocalDate windowStart = receipt.minus(window).atOffset(ZoneOffset.UTC).toLocalDate();
        boolean old = judgement.date() != null ? judgement.date().isBefore(windowStart)
                : judgement.year() != null && judgement.year() < windowStart.getYear();
        return old ? Optional.of(JudgementRecorded.REASON_OLD) : Optional.empty();
    }
}
