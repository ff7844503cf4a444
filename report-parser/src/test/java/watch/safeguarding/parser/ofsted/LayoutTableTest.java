package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables laid out by position, as a PDF viewer copies them: grades inside, above or below their labels. */
class LayoutTableTest {

    private static List<String> read(String text, String framework) {
        return JudgementTableTest.read(text, framework);
    }

    @Test
    void gradesInsideWrappedLabels() {
        String text = """
                Judgement Grade
                The impact of leaders on social work Requires improvement to be good
                practice with children and families
                The experiences and progress of Inadequate
                children who need help and protection
                The experiences and progress of Good
                children in care
                The experiences and progress of care Requires improvement to be good
                leavers
                Overall effectiveness Requires improvement to be good
                Services for children need to improve.
                """;
        assertEquals(List.of("overall requires_improvement", "leadership requires_improvement",
                "help_and_protection inadequate", "children_in_care good", "care_leavers requires_improvement")
                .stream().sorted().toList(), read(text, "ilacs").stream().sorted().toList());
    }

    @Test
    void wrappedGradesAroundTheirLabels() {
        String text = """
                Judgement Grade
                The impact of leaders on social work practice with children Requires improvement
                and families to be good
                The experiences and progress of children who need help and Good
                protection
                The experiences and progress of children in care and care Requires improvement
                leavers to be good
                Requires improvement
                Overall effectiveness
                to be good
                Services for children require improvement to be good.
                """;
        assertEquals(List.of("care_leavers requires_improvement", "children_in_care requires_improvement",
                "help_and_protection good", "leadership requires_improvement", "overall requires_improvement"),
                read(text, "ilacs").stream().sorted().toList());
    }

    @Test
    void aSifListWithGradesAboveTheirRowsAndGradeWordsInTheProse() {
        String text = """
                The overall judgement is requires improvement
                It is Ofsted's expectation that, as a minimum, all children and young people receive
                good help, care and protection.
                Requires
                1. Children who need help and protection
                improvement
                Inadequate
                2. Children looked after and achieving permanence
                2.1 Adoption performance Good
                Requires improvement to
                2.2 Experiences and progress of care leavers
                be good
                3. Leadership, management and governance Outstanding
                The effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate
                """;
        assertEquals(List.of("adoption good", "care_leavers requires_improvement", "children_in_care inadequate",
                "help_and_protection requires_improvement", "leadership outstanding", "overall requires_improvement"),
                read(text, "sif").stream().sorted().toList());
    }

    @Test
    void countsThatDoNotAgreePairNothing() {
        String text = """
                Judgement Grade
                The impact of leaders on social work Good Outstanding
                practice with children and families
                The experiences and progress of
                children who need help and protection
                Overall effectiveness Good
                """;
        assertEquals(List.of(), LayoutTable.read(FlatText.of(text), "ilacs"));
        // the in-line reading still takes what sits next to its label
        assertEquals(List.of("overall good"), read(text, "ilacs"));
    }
}
