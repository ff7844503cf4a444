package watch.safeguarding.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.service.NotificationRules;
import watch.safeguarding.catalog.service.NotificationRules.Dating;
import watch.safeguarding.events.JudgementRecorded;

class NotificationRulesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T10:00:00Z");
    private final NotificationRules rules = new NotificationRules(new NotificationRules.Settings(30, 0.5));

    private static Judgement judgement(String rating, Integer year, boolean official) {
        Judgement j = new Judgement();
        j.rating = rating;
        j.year = year;
        j.official = official;
        j.confidence = official ? 1.0 : 0.9;
        return j;
    }

    private String reason(Judgement judgement, double confidence, Dating dating, Judgement... others) {
        List<Judgement> history = new ArrayList<>(List.of(others));
        history.add(judgement);
        NotificationRules.Decision decision = rules.decide(judgement, confidence, dating, history);
        assertEquals(JudgementRecorded.REASON_NEWS.equals(decision.reason()), decision.notifies(), decision.toString());
        return decision.reason();
    }

    @Test
    void aDatedReportNotifiesOnlyWithinTheWindowOfItsReceipt() {
        Judgement j = judgement("inadequate", 2026, false);
        assertEquals("news", reason(j, 0.9, new Dating(LocalDate.of(2026, 11, 20), null, RECEIVED)));
        assertEquals("news", reason(j, 0.9, new Dating(LocalDate.of(2026, 10, 23), null, RECEIVED)), "30 days before");
        assertEquals("old", reason(j, 0.9, new Dating(LocalDate.of(2026, 10, 22), null, RECEIVED)));
        assertEquals("old", reason(judgement("inadequate", 2015, false), 0.9, new Dating(LocalDate.of(2015, 9, 1), 2015, RECEIVED)),
                "an archived article");
    }

    @Test
    void withoutADateTheYearTheTextStatesDecides() {
        assertEquals("old", reason(judgement("inadequate", 2015, false), 0.9, new Dating(null, 2015, RECEIVED)));
        assertEquals("news", reason(judgement("inadequate", 2026, false), 0.9, new Dating(null, 2026, RECEIVED)));
        Instant january = Instant.parse("2027-01-10T09:00:00Z");
        assertEquals("news", reason(judgement("inadequate", 2026, false), 0.9, new Dating(null, 2026, january)),
                "the window of a January receipt reaches into December");
        assertEquals("old", reason(judgement("inadequate", 2025, false), 0.9, new Dating(null, 2025, january)));
    }

    @Test
    void anUndatedTextNotifiesOnlyWhenNothingOnRecordContradictsIt() {
        Dating undated = new Dating(null, null, RECEIVED);
        assertEquals("news", reason(judgement("inadequate", 2026, false), 0.9, undated, judgement("good", 2023, true)));
        assertEquals("undated_contradicted", reason(judgement("inadequate", 2026, false), 0.9, undated, judgement("outstanding", 2026, true)),
                "Ofsted published another grade this year");
        assertEquals("undated_contradicted", reason(judgement("inadequate", 2026, false), 0.9, undated, judgement("good", 2026, false)),
                "another grade on record for the year");
        assertEquals("news", reason(judgement("inadequate", 2026, false), 0.9, undated, judgement("inadequate", 2019, true)));
    }

    @Test
    void unconfirmedDisputedAndAnnouncedOutcomesNeverNotify() {
        Dating recent = new Dating(LocalDate.of(2026, 11, 20), null, RECEIVED);
        assertEquals("unconfirmed", reason(judgement("inadequate", 2026, false), 0.49, recent));
        Judgement disputed = judgement("inadequate", 2026, false);
        disputed.disputed = true;
        assertEquals("disputed", reason(disputed, 0.9, recent, judgement("good", 2026, true)));
        Judgement announced = judgement("inadequate", 2026, true);
        announced.announced = true;
        assertEquals("already_announced", reason(announced, 1.0, recent));
    }
}
