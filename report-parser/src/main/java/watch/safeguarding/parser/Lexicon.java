package watch.safeguarding.parser;

import java.util.List;

import java.util.Map;
import java.util.Set;

/** Word lists of the extraction rules: general English and Ofsted vocabulary, no council names. */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
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
    /** "in every area", "all four judgements": the overall grade, and perhaps each judgement of the era. */
    static final String ALL_AREAS = "all_areas";
    /** The last year of the annual performance assessments, which graded a council's services as a whole. */
    static final int LAST_ANNUAL_ASSESSMENT = 2008;

    /** The judgement areas of an inspection framework, by the year of the grade. */
    static List<String> areasOfEra(int year) {
        if (year >= 2018) {
            return List.of(LEADERSHIP, HELP, IN_CARE, CARE_LEAVERS);
        }
        if (year >= 2014) {
            return List.of(LEADERSHIP, HELP, IN_CARE, ADOPTION, CARE_LEAVERS);
        }
        return List.of();
    }

    /** bare "overall" used as an adverb: overall only when nothing more specific is named. */
    static final String OVERALL_WEAK = "overall_weak";

    /** Area phrases (lower-case words, possessive 's and punctuation ignored) and their area. */
    static final String[][] AREAS = {
            {"overall effectiveness", OVERALL}, {"overall judgement", OVERALL}, {"overall judgment", OVERALL},
            {"overall rating", OVERALL}, {"overall grade", OVERALL}, {"overall", OVERALL_WEAK},
            {"every category", ALL_AREAS}, {"all categories", ALL_AREAS}, {"all areas", ALL_AREAS},
            {"every area", ALL_AREAS}, {"each area", ALL_AREAS}, {"every single area", ALL_AREAS},
            {"all four areas", ALL_AREAS}, {"all five areas", ALL_AREAS}, {"all judgement areas", ALL_AREAS},
            {"all four judgement areas", ALL_AREAS}, {"all five judgement areas", ALL_AREAS},
            {"all three areas", ALL_AREAS}, {"all three judgement areas", ALL_AREAS},
            {"all four inspection areas", ALL_AREAS}, {"all inspection areas", ALL_AREAS},
            {"every judgement", ALL_AREAS}, {"all judgements", ALL_AREAS}, {"each category", ALL_AREAS},
            {"all four categories", ALL_AREAS}, {"every judgement area", ALL_AREAS}, {"all of the areas", ALL_AREAS},
            {"keep children safe", CHILD_PROTECTION}, {"keeps children safe", CHILD_PROTECTION},
            {"keeping children safe", CHILD_PROTECTION}, {"protecting children", CHILD_PROTECTION},
            {"safeguarding of children", SAFEGUARDING}, {"safeguarding children", SAFEGUARDING},
            {"safeguarding", SAFEGUARDING}, {"childcare protection", SAFEGUARDING},
            {"protection of children", SAFEGUARDING}, {"child protection", CHILD_PROTECTION},
            {"children looked after and achieving permanence", IN_CARE}, {"looked after children", IN_CARE},
            {"children looked after", IN_CARE}, {"children in care", IN_CARE}, {"child in care", IN_CARE},
            {"looked after", IN_CARE}, {"lac", IN_CARE},
            {"care leavers", CARE_LEAVERS}, {"care leaver", CARE_LEAVERS}, {"leaving care", CARE_LEAVERS},
            {"children who need help and protection", HELP}, {"help and protection", HELP},
            {"help and protect children", HELP}, {"help and protect", HELP}, {"helped and protected", HELP},
            {"children in the council care", IN_CARE}, {"children in council care", IN_CARE},
            {"children in its care", IN_CARE}, {"children in their care", IN_CARE},
            {"arrangements to safeguard children", SAFEGUARDING},
            {"effectiveness of help", HELP},
            {"impact of leaders", LEADERSHIP}, {"leadership management and governance", LEADERSHIP},
            {"leadership and governance", LEADERSHIP}, {"management and governance", LEADERSHIP},
            {"leadership", LEADERSHIP}, {"leaders", LEADERSHIP},
            {"adoption performance", ADOPTION}, {"adoption", ADOPTION}, {"fostering", FOSTERING},
            {"annual ratings", ANNUAL}, {"annual rating", ANNUAL}, {"annual performance assessment", ANNUAL},
    };

    /** Grade words as a headline gives them. */
    static final Set<String> TITLE_GRADE_WORDS = set("inadequate", "outstanding", "good", "improvement", "adequate",
            "poorly", "excellently", "failing", "failed", "fails", "poor");

    /** Words of a sentence whose presence the learned decisions weigh: the kind of story and the kind of subject. */
    static final Set<String> CUE_WORDS = set("again", "still", "remains", "remain", "remained", "commissioner",
            "notice", "direction", "intervention", "monitoring", "visit", "focused", "meeting", "minutes", "committee",
            "councillors", "cabinet", "report", "published", "publishes", "latest", "today", "yesterday", "week",
            "month", "recently", "new", "first", "third", "second", "fourth", "follows", "following", "after",
            "previously", "previous", "last", "former", "earlier", "since", "until", "could", "would", "might", "may",
            "if", "hope", "hopes", "aim", "aims", "target", "expected", "risk", "fear", "fears", "school", "schools",
            "academy", "nursery", "college", "home", "homes", "send", "youth", "justice", "probation", "offending",
            "adult", "wales", "welsh", "scotland", "scottish", "councils", "authorities", "areas", "percent", "%",
            "per", "cent", "national", "england", "list", "table", "including", "include", "among", "such", "like",
            "upgraded", "improved", "downgraded", "dropped", "moved", "up", "down", "rise", "fall", "from", "to",
            "was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "will", "said", "says", "told",
            "inspection", "inspectors", "ofsted", "judged", "rated", "found", "received", "given", "overall",
            "trust", "partnership", "lscb", "fostering", "agency", "unit", "secure");

    /** Verbs and nouns that make a following grade word a rating. */
    static final Set<String> RATE = set("rated", "rate", "rates", "rating", "judged", "judge", "judges",
            "judging", "graded", "grade", "grades", "deemed", "found", "finds", "find", "classed", "classified",
            "classification", "labelled", "labeled", "described", "describes", "assessed", "scored", "scoring",
            "given", "gave", "give", "gives", "receive", "received", "receives", "receiving", "awarded", "branded",
            "ranked", "uprated", "upgraded", "downgraded", "uplifted", "judgement", "judgment", "judgements",
            "judgments", "verdict", "considered", "declared", "remains", "remained", "became", "jump", "moved",
            "rerated", "re-rated", "marked", "placed", "reached", "achieved", "dropped", "fell", "fallen", "slipped",
            "slumped", "rose", "risen", "climbed", "climbs", "jumped", "improved", "retained", "retains", "kept",
            "maintained", "maintains");

    /** Words after a grade that keep it a rating (otherwise "inadequate management" is an adjective). */
    static final Set<String> FOLLOWERS = set("for", "in", "by", "because", "overall", "rating", "ratings",
            "judgement", "judgment", "judgements", "judgments", "grade", "grades", "verdict", "following", "after",
            "with", "across", "and", "or", "since", "when", "but", "as", "on", "last", "under", "from", "ofsted",
            "report", "inspection", "label", "status", "outcome", "this", "in", "two", "three", "again", "once",
            "earlier", "previously", "before", "during", "at", "the", "a", "an", "it", "they", "which", "while",
            "whilst", "although", "though", "so", "then", "now", "too", "also", "both", "each", "all", "back",
            "having", "however", "until", "until", "according", "said", "says", "say", "amid", "over", "due",
            "is", "was", "were", "are", "has", "have", "had", "to", "category", "categories",
            "areas", "area", "in", "its", "their", "his", "her", "following", "this", "that", "last", "july",
            "since", "overall");

    static final Set<String> NEGATION = set("not", "never", "nor", "none", "below", "without", "than", "less",
            "neither", "cannot", "t", "short", "past", "skipped", "bypassed");

    static final Set<String> HYPOTHETICAL = set("could", "might", "may", "would", "should", "can", "aim", "aims",
            "aiming", "aimed", "hope", "hopes", "hoping", "hoped", "want", "wants", "wanted", "target", "targets",
            "expect", "expects", "expected", "expecting", "predict", "predicts", "predicted", "likely", "unlikely",
            "if", "unless", "whether", "ambition", "ambitions", "strive", "striving", "meet", "achieve",
            "achieving", "become", "becoming", "aspire", "aspiration", "goal", "goals", "towards", "toward",
            "potential", "potentially", "feared", "fears", "fear", "threat", "threatened", "reach", "how",
            "chance", "bid", "next", "will", "ll", "bet", "wonder", "guess", "reckon");

    /** Nouns that make a grade about something other than the council's children's services. */
    static final Set<String> OTHER_SUBJECT = set("school", "schools", "academy", "academies", "nursery",
            "nurseries", "college", "colleges", "pupils", "pupil", "teaching", "curriculum", "home", "homes",
            "hospital", "prison", "probation", "yot", "yos", "lscb", "lcsb", "police", "childminder", "childminders",
            "preschool", "playgroup", "provider", "providers", "agency", "agencies", "centre", "centres", "center",
            "unit", "hostel", "university", "sixth", "teachers", "headteacher", "head", "students", "board",
            "partnership", "partnerships", "trust's", "premises", "setting", "settings", "kitchen");

    /** Generic plural subjects: grades stated about them are national statistics, not one council's. */
    static final Set<String> GENERIC = set("councils", "authorities", "las", "departments", "others",
            "boroughs", "counties");

    static final Set<String> BE = set("is", "are", "was", "were", "been", "be", "being", "remains", "remain",
            "remained", "stays", "stayed");

    /** Adverbs allowed between a copula and the grade. */
    static final Set<String> ADVERBS = set("now", "still", "also", "all", "overall", "currently", "only",
            "both", "again", "once", "previously", "judged", "found", "deemed", "rated", "graded", "to", "as",
            "each", "already", "consistently", "likewise", "then", "longer", "no");

    static final Set<String> SUBJECT_NOUNS = set("services", "service", "department", "departments", "council",
            "authority", "it", "they", "provision", "care", "protection", "safeguarding", "leadership", "leaders",
            "effectiveness", "judgement", "judgment", "rating", "children", "leavers", "adoption", "fostering",
            "help", "arrangements", "functions", "we", "our", "its", "their");

    static final Set<String> PREVIOUS = set("previously", "previous", "formerly", "earlier", "ago", "prior",
            "once", "historically", "originally");

    static final Set<String> LAST_NOUNS = set("inspection", "inspected", "inspections", "visit", "visited",
            "time", "full", "judgement", "judgment", "rating", "report", "ofsted", "assessment", "assessed",
            "published", "standard", "graded", "rated");

    static final Set<String> NEW_CUES = set("now", "today", "latest", "recent", "recently", "new", "newly",
            "uplifted", "upgraded", "improved", "this", "retained", "retains", "kept", "keeps", "maintained",
            "maintains", "retaining", "keeping", "maintaining");

    static final Set<String> ROLE = set("director", "directors", "chief", "executive", "leader", "head",
            "member", "commissioner", "councillor", "cllr", "officer", "manager", "spokesman", "spokeswoman",
            "spokesperson", "chair", "chairman", "mayor", "worked", "works", "lead", "dcs", "boss", "secretary",
            "deputy", "assistant", "cabinet");

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

    static final Set<String> RELATED_MARKERS = set("related stories", "related articles", "related content",
            "related news", "related links", "related", "more on this story", "more like this", "most read",
            "most popular", "you may also like", "top stories", "more stories", "read more", "also read",
            "recommended", "trending", "latest news", "more from", "popular");
}
