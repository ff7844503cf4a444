package watch.safeguarding.parser.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    @Test
    void aCueSeenTwiceCountsTwo() {
        Features f = new Features().add("word_again").add("word_again").add("strength_3");
        assertEquals(Map.of("word_again", 2.0, "strength_3", 1.0), f.values());
    }

    @Test
    void aConditionalCueIsAddedOnlyWhenPresent() {
        Features f = new Features().add(true, "question").add(false, "grade_quoted");
        assertEquals(Map.of("question", 1.0), f.values());
    }

    @Test
    void aScoredCueIsRecordedOnlyWhenItScores() {
        Features f = new Features();
        assertEquals(3, f.cue("status_last_month", 3));
        assertEquals(0, f.cue("status_today", 0));
        assertEquals(-2, f.cue("status_previously", -2));
        assertEquals(Map.of("status_last_month", 1.0, "status_previously", 1.0), f.values());
    }

    @Test
    void setReplacesACount() {
        assertEquals(Map.of("x", 0.25), new Features().add("x").add("x").set("x", 0.25).values());
    }

    @Test
    void aCopyIsIndependentAndTheValuesAreReadOnly() {
        Features f = new Features().add("a");
        Features c = f.copy().add("b");
        assertEquals(Map.of("a", 1.0), f.values());
        assertEquals(Map.of("a", 1.0, "b", 1.0), c.values());
        assertThrows(UnsupportedOperationException.class, () -> f.values().put("z", 1.0));
    }

    @Test
    void theTextFormListsCuesInOrder() {
        assertEquals("{a=1.0, b=2.0}", new Features().add("b").add("a").add("b").toString());
    }

    @Test
    void aModelWeighsOnlyTheCuesItKnows() {
        LogisticModel m = new LogisticModel(-1.0, Map.of("a", 2.0, "b", -0.5), 1.0, 0.0);
        assertEquals(2.5, m.score(new Features().add("a").add("a").add("b").add("unknown")), 1e-9);
        assertEquals(0.5, m.withCalibration(0.0, 0.0).probability(new Features().add("a")), 1e-9);
        assertEquals(LogisticModel.sigmoid(1.0), m.probability(new Features().add("a")), 1e-9);
    }
}
