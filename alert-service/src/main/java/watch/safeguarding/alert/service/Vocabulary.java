package watch.safeguarding.alert.service;

import java.util.Map;

/** The shared vocabularies, with the "any grade" choice of subscriptions and labels for pages and emails. */
public final class Vocabulary {

    /** A subscription to this pseudo-grade matches every grade. */
    public static final String ANY = "any";

    public static final Map<String, String> RATINGS = watch.safeguarding.events.Vocabulary.RATINGS;
    public static final Map<String, String> AREAS = watch.safeguarding.events.Vocabulary.AREAS;

    private Vocabulary() {
    }

    public static String ratingLabel(String rating) {
        return rating == null ? "not known" : RATINGS.getOrDefault(rating, rating.replace('_', ' '));
    }

    public static String areaLabel(String area) {
        return area == null ? "Overall effectiveness" : AREAS.getOrDefault(area, area.replace('_', ' '));
    }
}
