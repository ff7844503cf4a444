package watch.safeguarding.alert.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The grade and area vocabularies of DESIGN.md with the words people read in pages and emails. */
public final class Vocabulary {

    /** A subscription to this pseudo-grade matches every grade. */
    public static final String ANY = "any";

    public static final Map<String, String> RATINGS = new LinkedHashMap<>();
    public static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        RATINGS.put("inadequate", "Inadequate");
        RATINGS.put("requires_improvement", "Requires improvement to be good");
        RATINGS.put("good", "Good");
        RATINGS.put("outstanding", "Outstanding");
        RATINGS.put("adequate", "Adequate");
        RATINGS.put("performs_poorly", "Performs poorly");
        RATINGS.put("performs_adequately", "Performs adequately");
        RATINGS.put("performs_well", "Performs well");
        RATINGS.put("performs_excellently", "Performs excellently");

        AREAS.put("overall", "Overall effectiveness");
        AREAS.put("safeguarding", "Safeguarding");
        AREAS.put("children_in_care", "Children in care");
        AREAS.put("care_leavers", "Care leavers");
        AREAS.put("help_and_protection", "Children who need help and protection");
        AREAS.put("leadership", "Impact of leaders");
        AREAS.put("adoption", "Adoption");
        AREAS.put("fostering", "Fostering");
        AREAS.put("annual_rating", "Annual rating");
    }

    private Vocabulary() {
    }

    public static String ratingLabel(String rating) {
        return rating == null ? "not known" : RATINGS.getOrDefault(rating, rating.replace('_', ' '));
    }

    public static String areaLabel(String area) {
        return area == null ? "Overall effectiveness" : AREAS.getOrDefault(area, area.replace('_', ' '));
    }
}
