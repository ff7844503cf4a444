package watch.safeguarding.parser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import watch.safeguarding.parser.decide.Features;

/** The cues of a candidate outcome, as named features for the learned decisions. */
final class CandidateCues {

    private CandidateCues() {
    }

    /** The cues of one grade phrase in its sentence that the decisions weigh, besides the status cues. */
    static Features gradeFeatures(DocumentState doc, Tokens t, Grade g, int strength, int gradesInSentence, int councils) {
        Features f = new Features();
        f.add("bias_rating_", g.rating());
        f.add("strength_", strength);
        f.add(councils == 0 ? "councils_none" : councils == 1 ? "councils_one" : councils == 2 ? "councils_two" : "councils_list");
        f.add("grades_", Math.min(gradesInSentence, 4));
        f.add(doc.sentenceIndex == 1 ? "sentence_first" : doc.sentenceIndex <= 3 ? "sentence_lead" : "sentence_body");
        f.add(doc.pubYear == null, "text_undated");
        f.add(doc.annual, "text_annual_ratings");
        f.add(doc.otherTopic, "story_other_service");
        f.add(t.isQuote(g.from() - 1) && t.isQuote(g.to()), "grade_quoted");
        boolean question = false;
        for (int i = 0; i < t.size; i++) {
            if (t.word[i]) {
                String w = t.lower[i];
                if (Lexicon.CUE_WORDS.contains(w)) {
                    f.add("word_", w);
                }
            } else {
                question |= t.text.charAt(t.start[i]) == '?';
            }
        }
        f.add(question, "question");
        return f;
    }

    /** Cues of a candidate that only the whole text shows: how many councils it names, which it is about. */
    static void documentFeatures(DocumentState doc) {
        int councils = doc.mentioned.size();
        String councilsCue = councils <= 1 ? "text_councils_one" : councils <= 3 ? "text_councils_few" : "text_councils_many";
        Council first = doc.mentioned.isEmpty() ? null : doc.mentioned.values().iterator().next();
        String title = doc.title == null ? "" : doc.title.toLowerCase(Locale.ROOT);
        Map<String, Integer> perCouncil = new HashMap<>();
        Map<String, Integer> perGrade = new HashMap<>();
        Map<String, Set<String>> ratingsPerArea = new HashMap<>();
        Map<String, Integer> latestYear = new HashMap<>();
        for (Draft d : doc.drafts) {
            if (d.yearStated) {
                latestYear.merge(d.council.code(), d.year, Math::max);
            }
            perCouncil.merge(d.council.code(), 1, Integer::sum);
            perGrade.merge(d.council.code() + "|" + d.rating, 1, Integer::sum);
            ratingsPerArea.computeIfAbsent(d.council.code() + "|" + d.area, k -> new HashSet<>()).add(d.rating);
        }
        Set<String> titleWords = new HashSet<>();
        // "'Inadequate' children's services improving": a grade the headline holds as an attribute, not one it gives
        Set<String> attributiveInTitle = new HashSet<>();
        if (!title.isEmpty()) {
            Tokens tt = Tokens.of(title, 0, Math.min(title.length(), SentenceSplitter.MAX_SENTENCE));
            for (int i = 0; i < tt.size; i++) {
                if (tt.word[i]) {
                    titleWords.add(tt.lower[i]);
                    int next = tt.isQuote(i + 1) ? i + 2 : i + 1;
                    if (Lexicon.TITLE_GRADE_WORDS.contains(tt.lower[i]) && tt.isAny(next, Lexicon.ATTRIBUTIVE_HEADS)
                            && !tt.isAny(i - 1, Lexicon.RATE) && !tt.isAny(i - 2, Lexicon.RATE)) {
                        attributiveInTitle.add(tt.lower[i]);
                    }
                }
            }
        }
        // the lead: the headline and the first sentence of the text
        boolean leadFollowsUp = titleWords.stream().anyMatch(Lexicon.FOLLOW_UP_WORDS::contains);
        if (!doc.sentences.isEmpty()) {
            Span opening = doc.sentences.get(0);
            Tokens lead = Tokens.of(doc.text, opening.start(), Math.min(opening.end(), opening.start() + SentenceSplitter.MAX_SENTENCE));
            for (int i = 0; i < lead.size && !leadFollowsUp; i++) {
                leadFollowsUp = lead.isAny(i, Lexicon.FOLLOW_UP_WORDS);
            }
        }
        Set<String> gradeSeen = new HashSet<>();
        for (Draft d : doc.drafts) {
            Features f = d.features;
            f.add(councilsCue);
            f.add(d == doc.drafts.get(0), "first_candidate_of_text");
            f.add(gradeSeen.add(d.council.code()), "first_grade_of_council");
            String ratingWord = d.rating.startsWith("requires") ? "improvement" : d.rating.startsWith("performs")
                    ? d.rating.substring("performs_".length()) : d.rating;
            f.add(titleWords.contains(ratingWord) && !attributiveInTitle.contains(ratingWord), "title_states_grade");
            f.add(attributiveInTitle.contains(ratingWord), "title_holds_grade");
            f.add(titleWords.stream().anyMatch(Lexicon.TITLE_GRADE_WORDS::contains), "title_states_a_grade");
            for (String w : titleWords) {
                if (Lexicon.CUE_WORDS.contains(w)) {
                    f.add("title_", w);
                }
            }
            f.add(leadFollowsUp, "lead_follows_up");
            f.add(d.council.equals(first), "council_first_named");
            f.add(!title.isEmpty() && title.contains(d.council.name().toLowerCase(Locale.ROOT)), "council_in_title");
            f.add(perCouncil.get(d.council.code()) == 1 ? "council_once" : "council_repeated");
            f.add(perGrade.get(d.council.code() + "|" + d.rating) > 1, "grade_repeated");
            f.add(ratingsPerArea.get(d.council.code() + "|" + d.area).size() > 1, "area_has_other_grades");
            // the newest grade a text gives a council is most often its news; the older ones its history
            Integer latest = latestYear.get(d.council.code());
            if (latest != null && d.yearStated) {
                f.add(d.year < latest ? "year_before_councils_latest_grade" : "year_councils_latest_grade");
            }

        }
    }

    static String evidence(String text, Span span) {
        int e = Math.min(span.end(), span.start() + 600);
        return text.substring(span.start(), e).replace('\n', ' ').trim();
    }

    static double confidence(int strength, boolean explicit, Status st, Tokens t) {
        double c = 0.45 + 0.12 * strength + (explicit ? 0.12 : 0.0);
        boolean ofsted = false;
        for (int i = 0; i < t.size; i++) {
            if (t.is(i, "ofsted") || t.is(i, "inspectors") || t.is(i, "inspection")) {
                ofsted = true;
                break;
            }
        }
        if (ofsted) {
            c += 0.05;
        }
        return Math.min(0.97, Math.round(c * 100) / 100.0);
    }
}
