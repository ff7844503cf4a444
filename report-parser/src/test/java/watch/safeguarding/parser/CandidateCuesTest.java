package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.decide.Features;

class CandidateCuesTest {

    private static final Gazetteer G = Gazetteer.builtIn();

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static Draft draft(String code, String area, String rating, Integer year) {
        Draft d = new Draft();
        d.council = G.byCode(code).orElseThrow();
        d.area = area;
        d.rating = rating;
        d.year = year;
        d.yearStated = year != null;
        d.features = new Features();
        return d;
    }

    @Test
    void aGradePhraseGivesItsRatingStrengthCountsAndCueWords() {
        DocumentState doc = new DocumentState();
        doc.sentenceIndex = 1;
        Tokens t = tokens("Is Slough's 'inadequate' rating still in place?");
        Features f = CandidateCues.gradeFeatures(doc, t, new Grade(4, 5, "inadequate", false), 3, 1, 1);
        assertEquals(Set.of("bias_rating_inadequate", "strength_3", "councils_one", "grades_1", "sentence_first",
                "text_undated", "grade_quoted", "word_is", "word_still", "question"), f.values().keySet());
    }

    @Test
    void aDatedAnnualTextsLaterSentenceHasOtherCues() {
        DocumentState doc = new DocumentState();
        doc.sentenceIndex = 7;
        doc.pubYear = 2008;
        doc.annual = true;
        doc.otherTopic = true;
        Tokens t = tokens("Birmingham and Slough performs poorly, it said.");
        Features f = CandidateCues.gradeFeatures(doc, t, new Grade(3, 5, "performs_poorly", true), 2, 6, 2);
        assertEquals(Set.of("bias_rating_performs_poorly", "strength_2", "councils_two", "grades_4", "sentence_body",
                "text_annual_ratings", "story_other_service", "word_said"), f.values().keySet());
        assertTrue(CandidateCues.gradeFeatures(doc, t, new Grade(3, 5, "performs_poorly", true), 0, 2, 5)
                .values().containsKey("councils_list"));
    }

    @Test
    void theWholeTextTellsWhichCouncilAndGradeTheStoryIsAbout() {
        DocumentState doc = new DocumentState();
        doc.title = "Slough children's services rated good";
        Draft first = draft("E06000039", "overall", "good", 2023);
        Draft earlier = draft("E06000039", "overall", "inadequate", 2019);
        Draft other = draft("E08000025", "leadership", "requires_improvement", null);
        doc.drafts.add(first);
        doc.drafts.add(earlier);
        doc.drafts.add(other);
        doc.mentioned.put("E06000039", first.council);
        doc.mentioned.put("E08000025", other.council);
        CandidateCues.documentFeatures(doc);
        Map<String, Double> a = first.features.values();
        for (String cue : new String[] {"text_councils_few", "first_candidate_of_text", "first_grade_of_council",
                "title_states_grade", "title_states_a_grade", "title_rated", "council_first_named", "council_in_title",
                "council_repeated", "area_has_other_grades", "year_councils_latest_grade"}) {
            assertTrue(a.containsKey(cue), cue + " in " + a);
        }
        Map<String, Double> b = earlier.features.values();
        assertTrue(b.containsKey("year_before_councils_latest_grade"), b.toString());
        assertFalse(b.containsKey("first_grade_of_council") || b.containsKey("title_states_grade"), b.toString());
        Map<String, Double> c = other.features.values();
        assertTrue(c.containsKey("council_once") && c.containsKey("title_states_a_grade"), c.toString());
        assertFalse(c.containsKey("council_in_title") || c.containsKey("council_first_named")
                || c.containsKey("year_councils_latest_grade"), c.toString());
    }

    @Test
    void aHeadlineThatHoldsAGradeAsAnAttributeDoesNotStateIt() {
        DocumentState held = new DocumentState();
        held.title = "'Inadequate' children's services improving - Ofsted";
        Draft h = draft("E06000006", "overall", "inadequate", null);
        held.drafts.add(h);
        CandidateCues.documentFeatures(held);
        assertTrue(h.features.values().containsKey("title_holds_grade"), h.features.toString());
        assertFalse(h.features.values().containsKey("title_states_grade"), h.features.toString());
        DocumentState given = new DocumentState();
        given.title = "Children's services rated inadequate";
        Draft g = draft("E06000006", "overall", "inadequate", null);
        given.drafts.add(g);
        CandidateCues.documentFeatures(given);
        assertTrue(g.features.values().containsKey("title_states_grade"), g.features.toString());
        assertFalse(g.features.values().containsKey("title_holds_grade"), g.features.toString());
    }

    @Test
    void aLeadOfWhatFollowsAGradeIsACue() {
        DocumentState doc = new DocumentState();
        doc.text = "The government is sending a commissioner to Surrey following last week's report. It was rated inadequate.";
        doc.sentences = SentenceSplitter.sentences(doc.text);
        Draft d = draft("E10000030", "overall", "inadequate", null);
        doc.drafts.add(d);
        CandidateCues.documentFeatures(doc);
        assertTrue(d.features.values().containsKey("lead_follows_up"), d.features.toString());
        DocumentState news = new DocumentState();
        news.text = "Ofsted has rated Surrey's children's services inadequate. A commissioner may follow.";
        news.sentences = SentenceSplitter.sentences(news.text);
        Draft n = draft("E10000030", "overall", "inadequate", null);
        news.drafts.add(n);
        CandidateCues.documentFeatures(news);
        assertFalse(n.features.values().containsKey("lead_follows_up"), n.features.toString());
    }

    @Test
    void anUntitledTextWithManyCouncilsHasNoTitleCues() {
        DocumentState doc = new DocumentState();
        Draft d = draft("E06000039", "overall", "good", null);
        doc.drafts.add(d);
        for (String code : new String[] {"E06000039", "E08000025", "E06000038", "E06000036"}) {
            doc.mentioned.put(code, G.byCode(code).orElseThrow());
        }
        CandidateCues.documentFeatures(doc);
        assertTrue(d.features.values().containsKey("text_councils_many"));
        assertTrue(d.features.values().keySet().stream().noneMatch(k -> k.startsWith("title_")), d.features.toString());
    }

    @Test
    void confidenceGrowsWithStrengthAnExplicitNameAndOfstedAndIsCapped() {
        assertEquals(0.45, CandidateCues.confidence(0, false, null, tokens("Slough is good.")), 1e-9);
        assertEquals(0.97, CandidateCues.confidence(3, true, null, tokens("Ofsted rated it good.")), 1e-9);
        assertEquals(0.74, CandidateCues.confidence(2, false, null, tokens("Inspectors said it is good.")), 1e-9);
    }

    @Test
    void evidenceIsTheSentenceOnOneLineAndBounded() {
        String text = "Intro. Slough was\nrated good.  ";
        assertEquals("Slough was rated good.", CandidateCues.evidence(text, new Span(7, text.length())));
        assertEquals(600, CandidateCues.evidence("x".repeat(700), new Span(0, 700)).length());
    }
}
