package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.decide.Features;

class CuesAfterGradeTest {

    private static CuesAfterGrade read(String sentence, String grade, Features f) {
        DocumentState doc = new DocumentState();
        doc.published = LocalDate.of(2024, 5, 1);
        doc.pubYear = 2024;
        doc.refYear = 2024;
        Tokens t = StageTokens.of(sentence);
        return CuesAfterGrade.read(doc, t, StageTokens.grade(t, grade), t.size, t.size, f, null, Integer.MAX_VALUE);
    }

    @Test
    void lastMonthAfterTheGradeIsAnEarlierTimeAndItsYear() {
        Features f = new Features();
        CuesAfterGrade c = read("The council was rated inadequate by Ofsted last month.", "inadequate", f);
        assertTrue(c.prev > 0 && f.values().containsKey("p_last_month_after"), f.toString());
        assertEquals(2024, c.year);
    }

    @Test
    void aYearAfterAComparisonOrARelativeClauseIsNotTheGrades() {
        assertNull(read("Ofsted rated the services good and more stable than in 2015.", "good", new Features()).year);
        assertNull(read("It was rated good, which was a first since 2015.", "good", new Features()).year);
        assertEquals(2019, read("It was rated good in 2019.", "good", new Features()).year);
    }

    @Test
    void todayAfterTheGradeIsTheNews() {
        Features f = new Features();
        assertTrue(read("It was rated good today.", "good", f).neu > 0 && f.values().containsKey("n_today_after"));
    }
}
