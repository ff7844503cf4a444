package watch.safeguarding.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void twoNewsGradesForTheSameYearConflictAndThePreviousGradeIsTheLatestBefore() {
        Judgement good = judgement(3, "good", 2026, false);
        Judgement inadequate = judgement(4, "inadequate", 2026, false);
        Judgement earlier = judgement(2, "requires_improvement", 2022, true);
        List<Judgement> history = List.of(judgement(1, "good", 2018, true), earlier, good, inadequate);
        JudgementRules.flag(history, 2026);
        assertTrue(good.conflict && inadequate.conflict);
        assertFalse(good.disputed || inadequate.disputed || earlier.conflict);
        assertEquals("requires_improvement", JudgementRules.previous(history, 2026).orElseThrow().rating);
    }

    @Test
    void ofstedsGradeWinsNewsOfAnotherGradeIsDisputedAndOnlyTwoOfficialGradesConflict() {
        Judgement news = judgement(1, "inadequate", 2026, false);
        Judgement otherNews = judgement(2, "requires_improvement", 2026, false);
        Judgement official = judgement(3, "good", 2026, true);
        List<Judgement> history = List.of(news, otherNews, official);
        JudgementRules.flag(history, 2026);
        assertTrue(news.disputed && otherNews.disputed);
        assertFalse(news.conflict || otherNews.conflict || official.conflict || official.disputed);

        Judgement secondOfficial = judgement(4, "outstanding", 2026, true);
        JudgementRules.flag(List.of(news, official, secondOfficial), 2026);
        assertTrue(official.conflict && secondOfficial.conflict && news.disputed);
    }

    @Test
    void anOutcomeBelowTheThresholdIsUnconfirmedUnlessOfstedStatesIt() {
        Judgement news = judgement(1, "inadequate", 2026, false);
        news.confidence = 0.4;
        assertTrue(JudgementRules.unconfirmed(news, 0.5));
        assertFalse(JudgementRules.unconfirmed(news, 0.4));
        news.official = true;
        assertFalse(JudgementRules.unconfirmed(news, 0.5));
    }
}
