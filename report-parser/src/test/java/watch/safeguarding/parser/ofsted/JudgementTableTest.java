package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTableTest {

    /** "area rating" per graded area, in the order read. */
    static List<String> read(String text, String framework) {
        List<String> out = new ArrayList<>();
        for (JudgementTable.Row r : JudgementTable.read(FlatText.of(text), framework)) {
            for (String area : r.areas()) {
                out.add(area + " " + r.rating());
            }
        }
        return out;
    }

    private static final String ILACS_COMBINED = """
            Judgement Grade
            The impact of leaders on social work practice with
            children and families
            Good
            The experiences and progress of children who need help
            and protection
            Requires improvement
            to be good
            The experiences and progress of children in care and
            care leavers
            Outstanding
            Overall effectiveness Good
            The experiences and progress of children who need help and protection: requires improvement to be good
            """;

    @Test
    void theCombinedRowBeforeTwentyThreeGradesBothAreas() {
        assertEquals(List.of("leadership good", "help_and_protection requires_improvement", "children_in_care outstanding",
                "care_leavers outstanding", "overall good"), read(ILACS_COMBINED, "ilacs"));
    }

    @Test
    void separateRowsFromTwentyThree() {
        String text = """
                Judgement Grade
                The impact of leaders on social work
                practice with children and families
                Inadequate
                The experiences and progress of
                children who need help and protection
                Inadequate
                The experiences and progress of
                children in care
                Requires improvement to be good
                The experiences and progress of care
                leavers
                Good
                Overall effectiveness
                Inadequate
                """;
        assertEquals(List.of("leadership inadequate", "help_and_protection inadequate",
                "children_in_care requires_improvement", "care_leavers good", "overall inadequate"),
                read(text, "ilacs"));
    }

    @Test
    void aTableWithoutAnOverallRowGradesTheAreasOnly() {
        String text = """
                Judgement Grade
                The impact of leaders on social work practice with children and families Good
                The experiences and progress of children who need help and protection Good
                The experiences and progress of children in care Good
                The experiences and progress of care leavers Inadequate
                Most children receive a good service.
                """;
        assertEquals(List.of("leadership good", "help_and_protection good", "children_in_care good",
                "care_leavers inadequate"), read(text, "ilacs"));
    }

    @Test
    void theSifListItsOverallSentenceAndNotTheLscb() {
        String text = """
                The overall judgement is that children's services require
                improvement
                The judgements on areas of the service that contribute to overall effectiveness are:
                1. Children who need help and protection
                Requires
                improvement
                2. Children looked after and achieving
                permanence
                Inadequate
                2.1 Adoption performance Good
                2.2 Experiences and progress of care leavers Requires improvement to
                be good
                3. Leadership, management and governance 1 Requires improvement
                The effectiveness of the Local Safeguarding Children Board (LSCB) is
                inadequate
                """;
        assertEquals(List.of("overall requires_improvement", "help_and_protection requires_improvement",
                "children_in_care inadequate", "adoption good", "care_leavers requires_improvement",
                "leadership requires_improvement"), read(text, "sif"));
    }

    @Test
    void theSifOverallAsChildrensServicesInTheArea() {
        String text = """
                Children\u2019s services in the Borough of Anytown area
                require improvement to be Good
                1. Children who need help and protection Good
                2. Children looked after and achieving permanence Good
                2.1 Adoption performance Not judged
                2.2 Experiences and progress of care leavers Outstanding
                3. Leadership, management and governance Good
                """;
        assertEquals(List.of("overall requires_improvement", "help_and_protection good", "children_in_care good",
                "care_leavers outstanding", "leadership good"), read(text, "sif"));
    }

    @Test
    void theLookedAfterChildrenInspectionGradesChildrenInCareOnly() {
        String text = """
                Contents
                Overall effectiveness of services for looked after children and
                young people 4
                Capacity to improve 4
                Overall effectiveness of services for looked
                after children and young people
                Grade 3 (adequate)
                Capacity to improve
                Grade 2 (good)
                Record of main findings
                Overall effectiveness Adequate
                """;
        assertEquals(List.of("children_in_care adequate"), read(text, "lac"));
    }

    @Test
    void anotherFrameworksLabelsDoNotCount() {
        assertEquals(List.of(), read("Overall effectiveness Good", "lac"));
        assertEquals(List.of(), read("2.1 Adoption performance Good", "ilacs"));
        assertEquals(List.of(), read(ILACS_COMBINED, "safeguarding_lac"));
    }
}
