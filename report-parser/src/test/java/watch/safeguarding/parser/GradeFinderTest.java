package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeFinderTest {

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static List<String> grades(String s, boolean annual, int refYear) {
        Tokens t = tokens(s);
        return GradeFinder.grades(t, annual, refYear).stream()
                .map(g -> g.rating() + ":" + s.substring(t.start[g.from()], t.end[g.to() - 1])).toList();
    }

    private static int strength(String s) {
        Tokens t = tokens(s);
        List<Grade> gs = GradeFinder.grades(t, false, 2020);
        assertEquals(1, gs.size(), s);
        return GradeFinder.ratingStrength(t, gs.get(0), 0, List.of(), false);
    }

    @Test
    void theFourGradesOfTheInspectionsAreFoundInAnyEra() {
        assertEquals(List.of("inadequate:inadequate", "good:Good", "outstanding:outstanding"),
                grades("From inadequate to Good, then outstanding.", false, 2023));
        assertEquals(List.of("adequate:adequate"), grades("Safeguarding was judged adequate.", false, 2011));
    }

    @Test
    void requiresImprovementToBeGoodIsOneGrade() {
        assertEquals(List.of("requires_improvement:requires improvement to be good"),
                grades("It requires improvement to be good.", false, 2016));
        assertEquals(List.of("requires_improvement:requires improvement to be rated as 'good"),
                grades("It requires improvement to be rated as 'good'.", false, 2016));
        assertEquals(List.of("requires_improvement:required some improvement"),
                grades("Services required some improvement.", false, 2019));
        assertEquals(List.of("requires_improvement:Requires-improvement"), grades("Requires-improvement", false, 2019));
        assertEquals(List.of(), grades("It requires investment.", false, 2019));
    }

    @Test
    void poorIsTheAnnualRatingsLowestGradeOnlyWhereThoseRatingsAreTold() {
        assertEquals(List.of("performs_poorly:poor"), grades("Its services were poor.", true, 2020));
        assertEquals(List.of("performs_poorly:poor"), grades("It was again rated poor.", false, 2010));
        assertEquals(List.of("performs_poorly:poor"), grades("Two years of 'poor' ratings.", false, 2012));
        assertEquals(List.of(), grades("Housing was poor.", false, 2010));
        assertEquals(List.of(), grades("It was rated poor.", false, 2014));
    }

    @Test
    void excellentIsAGradeOnlyInAnnualRatings() {
        assertEquals(List.of("performs_excellently:excellent"), grades("Services were excellent.", true, 2008));
        assertEquals(List.of(), grades("Services were excellent.", false, 2008));
    }

    @Test
    void theAnnualRatingsPerformancePhrasesAreGrades() {
        assertEquals(List.of("performs_well:performs well", "performs_adequately:performing adequately"),
                grades("It performs well, not performing adequately or performing badly.", true, 2008));
    }

    @Test
    void theLowestAndHighestRatingsAreGradesOfTheEra() {
        assertEquals(List.of("inadequate:lowest of the four ratings"),
                grades("It got the lowest of the four ratings.", false, 2019));
        assertEquals(List.of("performs_poorly:lowest possible rating"), grades("The lowest possible rating.", true, 2009));
        assertEquals(List.of("outstanding:top rating"), grades("It kept the top rating.", false, 2019));
        assertEquals(List.of("outstanding:outstanding"), grades("Rated outstanding, the highest grade.", false, 2019));
        assertEquals(List.of(), grades("The highest number of referrals.", false, 2019));
    }

    @Test
    void aRatingVerbQuotesOrARatingNounMakeAStrongGrade() {
        assertEquals(3, strength("Ofsted rated the services inadequate."));
        assertEquals(3, strength("The council is 'inadequate'."));
        assertEquals(3, strength("It received the lowest of the four ratings."));
        assertEquals(2, strength("Its children's services were good."));
        assertEquals(2, strength("Its good rating is safe."));
    }

    @Test
    void anOrdinaryAdjectiveIsNoGrade() {
        assertEquals(-1, strength("Social workers do particularly good work."));
        assertEquals(-1, strength("There is good practice here."));
        assertEquals(-1, strength("It offers good-quality care."));
        assertEquals(-1, strength("Staff are good at listening."));
    }

    @Test
    void aBareWordWithoutCuesIsWeak() {
        assertEquals(0, strength("Inspectors saw this as adequate"));
        assertEquals(0, strength("Some parts were good."));
    }
}
