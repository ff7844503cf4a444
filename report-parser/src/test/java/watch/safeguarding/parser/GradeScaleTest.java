package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static boolean scale(String s) {
        Tokens t = tokens(s);
        List<Grade> gs = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (t.is(i, "requires")) {
                gs.add(new Grade(i, i + 2, "requires_improvement", false));
            } else if (t.isAny(i, Set.of("outstanding", "good", "inadequate"))) {
                gs.add(new Grade(i, i + 1, t.lower[i], false));
            }
        }
        return GradeScale.listed(t, gs);
    }

    @Test
    void threeGradesInARowAreTheGradingScale() {
        assertTrue(scale("Councils are rated outstanding, good, requires improvement or inadequate."));
        assertTrue(scale("Grades are 'outstanding', 'good' and 'inadequate'."));
        assertFalse(scale("It went from inadequate to requires improvement and now good."));
        assertFalse(scale("It is good, or outstanding."));
    }

    @Test
    void numberedRungsAreTheGradingScaleToo() {
        assertTrue(scale("A four point scale: grade 1 (inadequate), grade 2 (requires improvement), grade 3 (good)."));
        assertTrue(scale("Level one 'inadequate', level two 'good' and level three 'outstanding'."));
        assertFalse(scale("Slough was inadequate, Reading good and Bracknell outstanding."));
        // the annual ratings' own words, in a council's minutes on its assessment
        assertEquals(Set.of(), Parsed.tuples("Date: 3 May 2009\nRotherham's annual performance assessment of children's "
                + "services was discussed. The overall level of assessment was awarded on a four point scale: grade 1 "
                + "(performs poorly), grade 2 (performs adequately), grade 3 (performs well) and grade 4 (performs excellently)."));
    }

    @Test
    void aRungPlacedAgainstAnotherAndWhatNamesItAreTheScale() {
        Tokens t = tokens("Its rating is 'adequate' - which is one above the lowest rating - 'inadequate', and two below "
                + "the top rating, which is 'outstanding'.");
        List<Grade> grades = GradeFinder.grades(t, false, 2011);
        List<Boolean> rungs = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            rungs.add(GradeScale.rung(t, grades, i));
        }
        assertEquals(List.of(false, true, true, true, true), rungs);
    }
}
