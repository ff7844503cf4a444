package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.decide.DecisionModel;
import watch.safeguarding.parser.decide.Features;
import watch.safeguarding.parser.decide.LogisticModel;

class DecisionsTest {

    private static final Decisions RULES = new Decisions(null);

    private static Draft draft(String area, String rating, boolean previous, Integer year, double confidence) {
        Draft d = new Draft();
        d.council = Gazetteer.builtIn().byCode("E06000039").orElseThrow();
        d.area = area;
        d.rating = rating;
        d.previous = previous;
        d.year = year;
        d.yearStated = year != null;
        d.confidence = confidence;
        d.evidence = area + " " + rating;
        d.features = new Features();
        return d;
    }

    /** A model that takes every draft for a judgement and scores its newness by these weights. */
    private static Decisions judgingAll(Map<String, Double> freshWeights) {
        LogisticModel judgement = new LogisticModel(5, Map.of(), 1, 0);
        return new Decisions(new DecisionModel(judgement, new LogisticModel(0, freshWeights, 1, 0), 0.5, "test"));
    }

    /** A parser whose model takes every candidate for a judgement and scores its newness by these weights. */
    private static ReportParser learnedParser(Map<String, Double> freshWeights) {
        return new ReportParser(Gazetteer.builtIn(), new DecisionModel(new LogisticModel(5, Map.of(), 1, 0),
                new LogisticModel(5, freshWeights, 1, 0), 0.5, "test"));
    }

    /** The outcomes of a text in the form {@code form} gives them. */
    private static Set<String> parsed(ReportParser parser, String text, Function<Outcome, String> form) {
        Set<String> out = new TreeSet<>();
        for (Outcome o : parser.parse(text).outcomes()) {
            out.add(form.apply(o));
        }
        return out;
    }

    private static Set<String> finish(Draft... drafts) {
        DocumentState doc = new DocumentState();
        doc.drafts.addAll(List.of(drafts));
        Set<String> out = new TreeSet<>();
        for (Outcome o : RULES.finish(doc)) {
            out.add(o.area() + " " + o.rating() + " " + o.status() + " " + o.year());
        }
        return out;
    }

    @Test
    void withoutAModelTheRulesVetoesStand() {
        Draft vetoed = draft("overall", "inadequate", false, 2023, 0.8);
        vetoed.vetoed = true;
        assertEquals(Set.of("overall good new 2023"), finish(vetoed, draft("overall", "good", false, 2023, 0.8)));
    }

    @Test
    void anAreaHasOneNewGradeAndTheOthersAreEarlier() {
        Draft good = draft("leadership", "good", false, null, 0.8);
        good.newScore = 90;
        Draft inadequate = draft("leadership", "inadequate", false, null, 0.8);
        inadequate.newScore = 40;
        assertEquals(Set.of("leadership good new null", "leadership inadequate previous null"), finish(inadequate, good));
        // the surer grade is the news, whatever the rules' newness says
        Draft sure = draft("overall", "inadequate", false, 2024, 0.9);
        sure.newScore = 40;
        Draft implied = draft("overall", "requires_improvement", false, 2024, 0.6);
        implied.newScore = 90;
        assertEquals(Set.of("overall inadequate new 2024", "overall requires_improvement previous 2024"), finish(implied, sure));
    }

    @Test
    void theSameGradeTwiceIsOneOutcomeWithTheBestEvidenceAndAnyYear() {
        Draft weak = draft("overall", "good", false, 2023, 0.5);
        Draft strong = draft("overall", "good", false, null, 0.9);
        DocumentState doc = new DocumentState();
        doc.drafts.addAll(List.of(weak, strong));
        List<Outcome> out = RULES.finish(doc);
        assertEquals(1, out.size());
        assertEquals(0.9, out.get(0).confidence(), 1e-9);
        assertEquals(2023, out.get(0).year());
    }

    @Test
    void aRemainingGradeWasAlsoTheCouncilsBefore() {
        Draft remains = draft("overall", "inadequate", false, 2023, 0.8);
        remains.repeated = true;
        assertEquals(Set.of("overall inadequate new 2023", "overall inadequate previous null"), finish(remains));
    }

    @Test
    void anImpliedOverallGradeRestatingTheSafeguardingGradeGoes() {
        Draft safeguarding = draft("safeguarding", "inadequate", false, 2011, 0.8);
        Draft implied = draft("overall", "inadequate", false, 2011, 0.7);
        implied.areaImplied = true;
        assertEquals(Set.of("safeguarding inadequate new 2011"), finish(safeguarding, implied));
        Draft named = draft("overall", "inadequate", false, 2011, 0.7);
        assertEquals(2, finish(draft("safeguarding", "inadequate", false, 2011, 0.8), named).size());
    }

    @Test
    void aGradeTheTextPlacesInThePastElsewhereIsEarlier() {
        Draft past = draft("overall", "inadequate", true, 2016, 0.8);
        Draft stated = draft("overall", "inadequate", false, 2016, 0.6);
        assertEquals(Set.of("overall inadequate previous 2016"), finish(past, stated));
    }

    @Test
    void aLearnedModelDropsNonJudgementsAndTellsTheNewsFromTheContext() {
        LogisticModel judgement = new LogisticModel(-5, Map.of("judgement", 10.0), 1, 0);
        LogisticModel fresh = new LogisticModel(0, Map.of("fresh", 5.0, "old", -5.0), 1, 0);
        Decisions learned = new Decisions(new DecisionModel(judgement, fresh, 0.5, "test"));
        DocumentState doc = new DocumentState();
        doc.pubYear = 2023;
        Draft news = draft("overall", "good", false, null, 0);
        news.features.add("judgement").add("fresh");
        Draft context = draft("overall", "inadequate", false, null, 0);
        context.features.add("judgement").add("old");
        Draft noJudgement = draft("overall", "outstanding", false, null, 0);
        noJudgement.features.add("fresh");
        doc.drafts.addAll(List.of(news, context, noJudgement));
        learned.decide(doc);
        assertEquals(List.of(news, context), doc.drafts);
        assertFalse(news.previous);
        assertEquals(2023, news.year);
        assertEquals(99, news.newScore);
        assertTrue(news.confidence > 0.98, String.valueOf(news.confidence));
        assertTrue(context.previous);
        assertNull(context.year);
    }

    @Test
    void aGradeCoordinatedWithAStandingOneACouncilListedAsAnEarlierExampleAndTheGradeAChangeStartedFromAreEarlierWhateverTheirCues() {
        Decisions learned = judgingAll(Map.of("fresh", 5.0, "old", -5.0));
        DocumentState doc = new DocumentState();
        Draft standing = draft("overall", "inadequate", false, null, 0);
        standing.features.add("old");
        Draft coordinated = draft("overall", "outstanding", false, null, 0);
        coordinated.features.add("fresh");
        coordinated.statusLeader = standing;
        Draft example = draft("overall", "good", false, null, 0);
        example.features.add("fresh");
        example.earlierExample = true;
        Draft changedFrom = draft("help_and_protection", "good", false, null, 0);
        changedFrom.features.add("fresh");
        changedFrom.changedFrom = true;
        Draft afterExamples = draft("adoption", "inadequate", false, null, 0);
        afterExamples.features.add("old");
        afterExamples.afterExamples = true;
        Draft endedRatings = draft("annual_rating", "performs_poorly", false, null, 0);
        endedRatings.features.add("fresh");
        endedRatings.endedRatings = true;
        doc.drafts.addAll(List.of(standing, coordinated, example, changedFrom, afterExamples, endedRatings));
        learned.decide(doc);
        assertTrue(standing.previous);
        assertTrue(coordinated.previous);
        assertTrue(example.previous);
        assertTrue(changedFrom.previous, "the grade a change started from");
        assertFalse(afterExamples.previous, "the council the earlier examples lead up to");
        assertTrue(endedRatings.previous, "an annual rating told after their end");
    }

    @Test
    void twoGradesOfOneVerbShareTheFirstOnesLearnedStatus() {
        // a model that reads only "previously": the second grade has no cue of its own
        ReportParser parser = learnedParser(Map.of("prevword_previously", -10.0));
        assertEquals(Set.of("good previous", "outstanding previous"), parsed(parser,
                "Date: 3 May 2024\nOfsted has inspected Wandsworth Council's children's services. They were previously "
                        + "rated 'good' and 'outstanding'.", o -> o.rating() + " " + o.status()));
    }

    @Test
    void theAreasOfOneGradePhraseShareTheFirstAreasLearnedStatus() {
        // a model that reads the second area as earlier, were it alone
        ReportParser parser = learnedParser(Map.of("area_leadership", -10.0));
        assertEquals(Set.of("help_and_protection new", "leadership new"), parsed(parser,
                "Date: 9 December 2016\nOfsted has inspected Tameside Council's children's services. Help and protection "
                        + "and leadership were rated inadequate.", o -> o.area() + " " + o.status()));
    }

    @Test
    void aStoryWhoseFirstGradeIsASchoolsGivesTheCouncilNoGradeItDoesNotNameAsChildrensServices() {
        // a model that takes every candidate as a new judgement: only the rules can keep the school's grade out
        ReportParser parser = learnedParser(Map.of());
        String school = "URL: https://news.example/village-school-inadequate\nPublished: 3 October 2015\n\nA village primary "
                + "school in Cambridgeshire has been rated 'inadequate' at its latest Ofsted inspection.\n\nInspectors rated "
                + "the effectiveness of leadership as 'inadequate' in a report published today. Its safeguarding "
                + "procedures are not secure, the report said.";
        Function<Outcome, String> form = o -> o.councilCode() + " " + o.area() + " " + o.rating();
        assertEquals(Set.of(), parsed(parser, school, form));
        String council = school.replace("Inspectors rated the effectiveness of leadership",
                "Separately, inspectors rated the county's children's services");
        assertEquals(Set.of("E10000003 overall inadequate"), parsed(parser, council, form));
    }

    @Test
    void theCouncilsOfOneListShareOneStatusTheMeanOfTheirProbabilities() {
        Decisions learned = judgingAll(Map.of("first", 3.0, "later", -1.0));
        DocumentState doc = new DocumentState();
        Draft first = draft("overall", "inadequate", false, null, 0);
        first.features.add("first");
        Draft second = draft("overall", "inadequate", false, null, 0);
        second.features.add("later");
        Draft alone = draft("overall", "good", false, null, 0);
        alone.features.add("later");
        first.listmates = List.of(first, second);
        second.listmates = first.listmates;
        doc.drafts.addAll(List.of(first, second, alone));
        learned.decide(doc);
        assertFalse(first.previous);
        assertFalse(second.previous, "mean of 0.95 and 0.27");
        assertEquals(first.fresh, second.fresh);
        assertTrue(alone.previous);
    }
}
