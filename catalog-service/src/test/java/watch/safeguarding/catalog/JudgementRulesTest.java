package watch.safeguarding.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.service.JudgementRules;
import watch.safeguarding.events.Outcome;

class JudgementRulesTest {

    private static Judgement judgement(long id, String rating, Integer year, boolean official) {
        Judgement j = new Judgement();
        j.id = id;
        j.rating = rating;
        j.year = year;
        j.official = official;
        return j;
    }

    private static Outcome outcome(String status, Integer year) {
        return new Outcome("E06000001", "Hartlepool", "overall", "inadequate", status, year, "evidence", 0.9);
    }

    @Test
    void aNewOutcomeWithoutAYearTakesThePublicationYearAndAnEarlierOneStaysUnknown() {
        Instant received = Instant.parse("2026-11-22T10:00:00Z");
        assertEquals(2019, JudgementRules.effectiveYear(outcome("new", null), LocalDate.of(2019, 3, 1), received));
        assertEquals(2026, JudgementRules.effectiveYear(outcome("new", null), null, received));
        assertEquals(2015, JudgementRules.effectiveYear(outcome("previous", 2015), null, received));
        assertNull(JudgementRules.effectiveYear(outcome("previous", null), LocalDate.of(2019, 3, 1), received));
    }

    @Test
    void theSameGradeInTheSameYearIsTheSameInspection() {
        List<Judgement> existing = List.of(judgement(1, "inadequate", 2019, false), judgement(2, "good", 2022, false));
        assertEquals(1L, JudgementRules.sameOutcome(existing, "inadequate", 2019).orElseThrow().id);
        assertTrue(JudgementRules.sameOutcome(existing, "inadequate", 2022).isEmpty());
        assertEquals(2L, JudgementRules.sameOutcome(existing, "good", null).orElseThrow().id, "unknown year: the latest with that grade");
    }

    @Test
    void newsTheYearAfterAnOfficialPublicationCorroboratesIt() {
        List<Judgement> existing = List.of(judgement(1, "inadequate", 2025, true));
        assertEquals(1L, JudgementRules.sameOutcome(existing, "inadequate", 2026).orElseThrow().id);
        assertTrue(JudgementRules.sameOutcome(List.of(judgement(1, "inadequate", 2025, false)), "inadequate", 2026).isEmpty());
    }

    @Test
    void anotherGradeForTheSameYearConflictsAndThePreviousGradeIsTheLatestBefore() {
        List<Judgement> existing = List.of(judgement(1, "good", 2018, true), judgement(2, "requires_improvement", 2022, true),
                judgement(3, "good", 2026, false));
        assertEquals(List.of(3L), JudgementRules.conflicting(existing, "inadequate", 2026).stream().map(j -> j.id).toList());
        assertTrue(JudgementRules.conflicting(existing, "inadequate", null).isEmpty());
        assertEquals("requires_improvement", JudgementRules.previous(existing, 2026).orElseThrow().rating);
    }
}
