package watch.safeguarding.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of the extraction rules, kept as data in {@code lexicon/*.txt} beside the examples each must handle
 * ({@code lexicon/*.examples}): general English and Ofsted vocabulary, no council names.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** The entries of a word-list resource: one a line, {@code #} starts a comment. */
    static List<String> entries(String family) {
        String resource = "lexicon/" + family + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Set<String> words(String family) {
        return Set.copyOf(entries(family));
    }

    /** "role => word" lines, as one set of words per role. */
    private static Map<String, Set<String>> roles(String family) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] p : phrases(family)) {
            out.computeIfAbsent(p[0], r -> new HashSet<>()).add(p[1]);
        }
        out.replaceAll((r, w) -> Set.copyOf(w));
        return Map.copyOf(out);
    }

    /** "phrase => value" lines. */
    private static String[][] phrases(String family) {
        return entries(family).stream().map(e -> e.split("\\s*=>\\s*", 2)).toArray(String[][]::new);
    }

    static final String OVERALL = "overall";
    static final String SAFEGUARDING = "safeguarding";
    static final String IN_CARE = "children_in_care";
    static final String CARE_LEAVERS = "care_leavers";
    static final String HELP = "help_and_protection";
    static final String LEADERSHIP = "leadership";
    static final String ADOPTION = "adoption";
    static final String FOSTERING = "fostering";
    static final String ANNUAL = "annual_rating";
    /** "child protection": safeguarding in the older frameworks, help and protection in ILACS lists. */
    static final String CHILD_PROTECTION = "child_protection";
    /** "keeping children safe": the annual assessments' staying-safe outcome to 2008, child protection later. */
    static final String STAYING_SAFE = "staying_safe";
    /** "economic well-being", "enjoying and achieving": an outcome strand the 2007-12 inspections graded, no judgement. */
    static final String OUTCOME_STRAND = "outcome_strand";
    /** "those in and leaving care": both children in care and care leavers. */
    static final String IN_AND_LEAVING_CARE = "in_and_leaving_care";
    /** "in every area", "all four judgements": the overall grade, and perhaps each judgement of the era. */
    static final String ALL_AREAS = "all_areas";
    /** The last year of the annual performance assessments, which graded a council's services as a whole. */
    static final int LAST_ANNUAL_ASSESSMENT = 2008;

    /** The first year of single inspection framework reports, whose "child protection" is help and protection. */
    static final int FIRST_SIF_YEAR = 2014;
    /** The last year the annual ratings ("performs poorly" ... "performs excellently") could be told as news. */
    static final int LAST_ANNUAL_RATING_NEWS = 2012;

    /** The judgement areas of an inspection framework, by the year of the grade. */
    static List<String> areasOfEra(int year) {
        if (year >= 2018) {
            return List.of(LEADERSHIP, HELP, IN_CARE, CARE_LEAVERS);
        }
        if (year >= FIRST_SIF_YEAR) {
            return List.of(LEADERSHIP, HELP, IN_CARE, ADOPTION, CARE_LEAVERS);
        }
        return List.of();
    }

    /** bare "overall" used as an adverb: overall only when nothing more specific is named. */
    static final String OVERALL_WEAK = "overall_weak";

    /** Area phrases (lower-case words) and their area: see areas.txt. */
    static final String[][] AREAS = phrases("areas");

    /** See title-grade-words.txt. */
    static final Set<String> TITLE_GRADE_WORDS = words("title-grade-words");

    /** See cue-words.txt. */
    static final Set<String> CUE_WORDS = words("cue-words");

    /** See rating-verbs.txt. */
    static final Set<String> RATE = words("rating-verbs");

    /** See grade-followers.txt. */
    static final Set<String> FOLLOWERS = words("grade-followers");

    /** See negation.txt. */
    static final Set<String> NEGATION = words("negation");

    /** See hypothetical.txt. */
    static final Set<String> HYPOTHETICAL = words("hypothetical");

    /** See next-events.txt. */
    static final Set<String> NEXT_EVENTS = words("next-events");

    /** See other-subjects.txt. */
    static final Set<String> OTHER_SUBJECT = words("other-subjects");

    /** See generic-subjects.txt. */
    static final Set<String> GENERIC = words("generic-subjects");

    /** See copulas.txt. */
    static final Set<String> BE = words("copulas");

    /** See copula-adverbs.txt. */
    static final Set<String> ADVERBS = words("copula-adverbs");

    /** See degree-adverbs.txt. */
    static final Set<String> DEGREE_ADVERBS = words("degree-adverbs");

    /** See main-clause-verbs.txt. */
    static final Set<String> MAIN_CLAUSE_VERBS = words("main-clause-verbs");

    /** See subject-nouns.txt. */
    static final Set<String> SUBJECT_NOUNS = words("subject-nouns");

    /** See previous-cues.txt. */
    static final Set<String> PREVIOUS = words("previous-cues");

    /** See repetition-cues.txt. */
    static final Set<String> REPETITION = words("repetition-cues");

    /** See dating-verbs.txt. */
    static final Set<String> DATING_VERBS = words("dating-verbs");

    private static final Map<String, Set<String>> HYPOTHETICAL_SCOPE = roles("hypothetical-scope");
    /** See hypothetical-scope.txt. */
    static final Set<String> FINITE_PAST = HYPOTHETICAL_SCOPE.get("finite");
    static final Set<String> CLAUSE_JOINS = HYPOTHETICAL_SCOPE.get("join");
    static final Set<String> ATTAINING = HYPOTHETICAL_SCOPE.get("attaining");
    static final Set<String> RECORD_RANKS = HYPOTHETICAL_SCOPE.get("rank");
    static final Set<String> RELATIVES = HYPOTHETICAL_SCOPE.get("relative");
    static final Set<String> GETTING = HYPOTHETICAL_SCOPE.get("getting");
    static final Set<String> CONDITIONALS = HYPOTHETICAL_SCOPE.get("conditional");
    static final Set<String> CAUSES = HYPOTHETICAL_SCOPE.get("cause");
    static final Set<String> MODALS = HYPOTHETICAL_SCOPE.get("modal");

    /** See setting-judgements.txt: each phrase as its words. */
    static final List<String[]> SETTING_JUDGEMENTS = entries("setting-judgements").stream().map(e -> e.split(" ")).toList();

    /** See predecessor-markers.txt. */
    static final Set<String> PREDECESSOR_MARKERS = words("predecessor-markers");

    /** See headline-address-words.txt. */
    static final Set<String> HEADLINE_ADDRESS_WORDS = words("headline-address-words");

    private static final Map<String, Set<String>> DURATIONS = roles("durations");
    /** See durations.txt. */
    static final Set<String> DURATION_UNITS = DURATIONS.get("unit");
    static final Set<String> DURATION_FILLERS = DURATIONS.get("filler");

    /** See leaving-verbs.txt. */
    static final Set<String> LEAVING_VERBS = words("leaving-verbs");

    /** See earlier-example-markers.txt. */
    static final Set<String> EARLIER_EXAMPLE_MARKERS = words("earlier-example-markers");

    /** How a picture's caption or credit opens, so that a caption is never taken for the headline. */
    static final List<String> CAPTION_OPENERS = entries("caption-openers");

    /** See unnamed-councils.txt: each phrase as its words. */
    static final List<String[]> UNNAMED_COUNCILS = entries("unnamed-councils").stream().map(e -> e.split(" ")).toList();

    /** See inspector-nouns.txt. */
    static final Set<String> INSPECTOR_NOUNS = words("inspector-nouns");

    /** See follow-up-words.txt. */
    static final Set<String> FOLLOW_UP_WORDS = words("follow-up-words");

    /** See setting-stories.txt. */
    static final Set<String> SETTING_STORIES = words("setting-stories");

    /** See verdict-verbs.txt. */
    static final Set<String> VERDICT_VERBS = words("verdict-verbs");

    /** See improving-verbs.txt. */
    static final Set<String> IMPROVING_VERBS = words("improving-verbs");

    /** See trend-nouns.txt. */
    static final Set<String> TREND_NOUNS = words("trend-nouns");

    /** See list-time-words.txt. */
    static final Set<String> LIST_TIME_WORDS = words("list-time-words");

    /** See last-nouns.txt. */
    static final Set<String> LAST_NOUNS = words("last-nouns");

    /** See new-cues.txt. */
    static final Set<String> NEW_CUES = words("new-cues");

    /** See speaker-roles.txt. */
    static final Set<String> ROLE = words("speaker-roles");

    /** Nouns a grade modifies as a given attribute: "the council's 'inadequate' children's services". */
    static final Set<String> ATTRIBUTIVE_HEADS = words("attributive-heads");

    /** Titles before a person's name: "Councillor", "Mrs". */
    static final Set<String> PERSON_TITLES = words("person-titles");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** A small count in words or digits ("three", "3"), else -1. */
    static int number(String word) {
        Integer n = NUMBERS.get(word);
        if (n != null) {
            return n;
        }
        if (word.length() <= 2 && !word.isEmpty() && Character.isDigit(word.charAt(0))
                && (word.length() == 1 || Character.isDigit(word.charAt(1)))) {
            return Integer.parseInt(word);
        }
        return -1;
    }

    /** See count-nouns.txt. */
    static final Set<String> COUNT_NOUNS = words("count-nouns");

    private static final Map<String, Set<String>> QUANTITY_SUBJECTS = roles("quantity-subjects");

    /** See quantity-subjects.txt. */
    static final Set<String> QUANTITY_FRACTIONS = QUANTITY_SUBJECTS.get("fraction");
    static final Set<String> QUANTITY_LEADS = QUANTITY_SUBJECTS.get("lead");
    static final Set<String> QUANTITY_OPENERS = QUANTITY_SUBJECTS.get("opener");
    static final Set<String> QUANTITY_PREDICATES = QUANTITY_SUBJECTS.get("predicate");
    static final Set<String> QUANTITY_COUNCIL_NOUNS = QUANTITY_SUBJECTS.get("council");
    static final Set<String> QUANTITY_PARTIALS = QUANTITY_SUBJECTS.get("partial");
    static final Set<String> QUANTITY_PARTS = QUANTITY_SUBJECTS.get("part");

    /** See related-markers.txt. */
    static final Set<String> RELATED_MARKERS = words("related-markers");
}
