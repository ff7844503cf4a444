package watch.safeguarding.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import watch.safeguarding.events.JudgementRecorded;

class NewsPolicyTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T10:00:00Z");
    private final NewsPolicy policy = new NewsPolicy(Duration.ofDays(30));

    @Test
    void aNotifiedNewJudgementDatedWithinTheWindowOfItsReceiptAlerts() {
        assertEquals(Optional.empty(), policy.refusal(judgement(LocalDate.of(2026, 11, 20), 2026, true, "new", RECEIVED), Instant.now()));
        assertEquals(Optional.empty(), policy.refusal(judgement(LocalDate.of(2026, 10, 22), 2026, true, "new", RECEIVED), Instant.now()));
        // undated, the year of its receipt window
        assertEquals(Optional.empty(), policy.refusal(judgement(null, 2026, true, "new", RECEIVED), Instant.now()));
        assertEquals(Optional.empty(), policy.refusal(judgement(null, null, true, "new", RECEIVED), Instant.now()));
    }

    @Test
    void theCatalogsRefusalStands() {
        assertEquals(Optional.of("disputed"), policy.refusal(judgement(LocalDate.of(2026, 11, 20), 2026, false, "new", RECEIVED), RECEIVED));
    }

    @Test
    void aBareStatusNewIsNotTrusted() {
        // an old date, a year wholly before the window, or an earlier outcome: no alert even when the event says notify
        assertEquals(Optional.of("old"), policy.refusal(judgement(LocalDate.of(2015, 9, 1), 2015, true, "new", RECEIVED), RECEIVED));
        assertEquals(Optional.of("old"), policy.refusal(judgement(LocalDate.of(2026, 10, 21), 2026, true, "new", RECEIVED), RECEIVED));
        assertEquals(Optional.of("old"), policy.refusal(judgement(null, 2015, true, "new", RECEIVED), RECEIVED));
        assertEquals(Optional.of("previous"), policy.refusal(judgement(LocalDate.of(2026, 11, 20), 2026, true, "previous", RECEIVED), RECEIVED));
    }

    @Test
    void withoutARecordingTimeTheWindowEndsNow() {
        Instant now = Instant.parse("2030-06-01T00:00:00Z");
        assertEquals(Optional.of("old"), policy.refusal(judgement(LocalDate.of(2026, 11, 20), 2026, true, "new", null), now));
        assertEquals(Optional.empty(), policy.refusal(judgement(LocalDate.of(2030, 5, 20), 2030, true, "new", null), now));
        // a year that ends inside the window is not wholly before it
        assertEquals(Optional.empty(), new NewsPolicy(Duration.ofDays(30)).refusal(judgement(null, 2029, true, "new",
                Instant.parse("2030-01-10T00:00:00Z")), now));
    }

    private static JudgementRecorded judgement(LocalDate date, Integer year, boolean notify, String status, Instant recordedAt) {
        return new JudgementRecorded(JudgementRecorded.SCHEMA, "j-1", new JudgementRecorded.Council("E06000005", "A council", "North East"),
                "overall", "inadequate", status, null, year, date, true, List.of(), recordedAt, false, 0.9, notify,
                notify ? JudgementRecorded.REASON_NEWS : JudgementRecorded.REASON_DISPUTED, "g-1", 1);
    }
}
