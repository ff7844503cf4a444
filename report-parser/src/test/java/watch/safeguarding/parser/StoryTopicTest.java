package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTopicTest {

    @Test
    void aTextIsAboutInspectionsOfChildrensServicesWhenItNamesBothOrItsAddressDoes() {
        assertTrue(StoryTopic.aboutChildrensServicesInspections("ofsted rated the council's children's services good", null));
        assertTrue(StoryTopic.aboutChildrensServicesInspections("ofsted rated the way it deals with vulnerable children", null));
        assertTrue(StoryTopic.aboutChildrensServicesInspections("the provision was handed the watchdog's lowest grading "
                + "in the inspection", "https://example.org/news/middlesbrough-childrens-services-rated-inadequate"));
        assertFalse(StoryTopic.aboutChildrensServicesInspections("ofsted rated the school good", null));
        assertFalse(StoryTopic.aboutChildrensServicesInspections("hm inspectorate of probation rated the youth justice "
                + "service's safeguarding inadequate", null));
    }

    @Test
    void theAnnualRatingsAndTheChildProtectionInspectionsAreTheirEras() {
        assertTrue(StoryTopic.annualRatings("in the annual performance assessment, the council was inadequate"));
        assertTrue(StoryTopic.performanceAssessments("ofsted's annual performance assessments (apas) of councils"));
        assertFalse(StoryTopic.performanceAssessments("the council's annual rating was poor"));
        assertEquals(2009, StoryTopic.undatedEra("eight per cent of councils are performing poorly, says the apa"));
        assertEquals(2008, StoryTopic.undatedEra("ofsted's annual performance assessments rated it good"));
        assertEquals(0, StoryTopic.undatedEra("ofsted rated the council good"));
        assertFalse(StoryTopic.annualRatings("the council was rated inadequate"));
        assertTrue(StoryTopic.childProtectionInspection("an unannounced inspection found it inadequate", 2010));
        assertFalse(StoryTopic.childProtectionInspection("an unannounced inspection found it inadequate", 2019));
    }

    @Test
    void anUndatedTextOnThePerformanceAssessmentsIsOfTheirTime() {
        // the annual rating of the council as it was then (Gateshead's code changed in 2013)
        assertEquals(Set.of("E08000020 annual_rating outstanding new"), Parsed.tuples("Gateshead Council was rated outstanding "
                + "in the annual Ofsted performance assessments for children's services."));
    }
}
