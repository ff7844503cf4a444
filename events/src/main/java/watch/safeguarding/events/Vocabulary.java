package watch.safeguarding.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The area, rating and status vocabularies of DESIGN.md, each value with the words people read. */
public final class Vocabulary {

    public static final Map<String, String> RATINGS;
    public static final Map<String, String> AREAS;
    public static final Set<String> STATUSES = Set.of(Outcome.STATUS_NEW, Outcome.STATUS_PREVIOUS);

    static {
        Map<String, String> ratings = new LinkedHashMap<>();
        ratings.put("inadequate", "Inadequate");
        ratings.put("requires_improvement", "Requires improvement to be good");
        ratings.put("good", "Good");
        ratings.put("outstanding", "Outstanding");
        ratings.put("adequate", "Adequate");
        ratings.put("performs_poorly", "Performs poorly");
        ratings.put("performs_adequately", "Performs adequately");
        ratings.put("performs_well", "Performs well");
        ratings.put("performs_excellently", "Performs excellently");
        RATINGS = java.util.Collections.unmodifiableMap(ratings);

        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("overall", "Overall effectiveness");
        areas.put("safeguarding", "Safeguarding");
        areas.put("children_in_care", "Children in care");
        areas.put("care_leavers", "Care leavers");
        areas.put("help_and_protection", "Children who need help and protection");
        areas.put("leadership", "Impact of leaders");
        areas.put("adoption", "Adoption");
        areas.put("fostering", "Fostering");
        areas.put("annual_rating", "Annual rating");
        AREAS = java.util.Collections.unmodifiableMap(areas);
    }

    private Vocabulary() {
    }
}
