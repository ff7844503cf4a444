package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitySubjectTest {

    private static final CouncilMatcher MATCHER = new CouncilMatcher(Gazetteer.builtIn());

    /** For each grade of the sentence, whether an unnamed count of councils is its subject. */
    private static List<Boolean> statistics(String sentence) {
        Tokens t = StageTokens.of(sentence);
        List<Grade> grades = GradeFinder.grades(t, false, 2019);
        List<CouncilMatcher.Mention> mentions = MATCHER.find(t);
        List<Area> areas = AreaMentions.find(t);
        return java.util.stream.IntStream.range(0, grades.size())
                .mapToObj(gi -> QuantitySubject.of(t, grades, gi, mentions, areas)).toList();
    }

    @Test
    void aCountOfCouncilsIsTheSubjectOfAStatistic() {
        assertEquals(List.of(true), statistics("Only three have achieved 'outstanding'."));
        assertEquals(List.of(false), statistics("Slough has achieved 'outstanding'."));
    }

    @Test
    void aNamedRatingSharesTheSubjectOfTheRatingItNames() {
        assertEquals(List.of(true, true), statistics("Just two have reached the top rating of 'outstanding'."));
        assertEquals(List.of(false, false), statistics("Slough has reached the top rating of 'outstanding'."));
    }

    @Test
    void aNamedCountTakesItsGradeBack() {
        assertEquals(List.of(false), statistics("Just one, Redbridge, was rated good."));
    }
}
