package watch.safeguarding.catalog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.events.Vocabulary;

/**
 * The four bands the grades of every era fall into (the map's colours and the legend's order): the top grade, the one
 * below, the middle one and the lowest, whichever framework gave them.
 */
public final class Grades {

    @TemplateData
    public record Band(String id, String label, List<String> ratings) {
    }

    public static final List<Band> BANDS = List.of(
            new Band("top", "Outstanding / performs excellently", List.of("outstanding", "performs_excellently")),
            new Band("good", "Good / performs well", List.of("good", "performs_well")),
            new Band("middle", "Requires improvement / adequate / performs adequately",
                    List.of("requires_improvement", "adequate", "performs_adequately")),
            new Band("low", "Inadequate / performs poorly", List.of("inadequate", "performs_poorly")));

    public static final Band NONE = new Band("none", "No grade recorded", List.of());

    private Grades() {
    }

    public static Band band(String rating) {
        if (rating == null) {
            return NONE;
        }
        return BANDS.stream().filter(b -> b.ratings().contains(rating)).findFirst().orElse(NONE);
    }

    public static String ratingLabel(String rating) {
        return rating == null ? NONE.label() : Vocabulary.RATINGS.getOrDefault(rating, rating);
    }

    public static String areaLabel(String area) {
        return Vocabulary.AREAS.getOrDefault(area, area);
    }

    /** How many councils have each grade, in the legend's order, grades nobody has left out; those with none last. */
    public static List<Map.Entry<String, Long>> counts(Map<String, String> ratingByCouncil, int councils) {
        List<Map.Entry<String, Long>> counts = new ArrayList<>();
        for (Band band : BANDS) {
            for (String rating : band.ratings()) {
                long n = ratingByCouncil.values().stream().filter(rating::equals).count();
                if (n > 0) {
                    counts.add(Map.entry(rating, n));
                }
            }
        }
        counts.add(Map.entry("none", (long) (councils - ratingByCouncil.size())));
        return counts;
    }
}
