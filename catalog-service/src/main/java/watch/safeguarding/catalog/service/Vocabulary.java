package watch.safeguarding.catalog.service;

import java.util.Set;

/** The area, rating and status vocabularies of DESIGN.md, to validate query parameters. */
public final class Vocabulary {

    public static final Set<String> AREAS = Set.of("overall", "safeguarding", "children_in_care", "care_leavers",
            "help_and_protection", "leadership", "adoption", "fostering", "annual_rating");
    public static final Set<String> RATINGS = Set.of("outstanding", "good", "requires_improvement", "adequate", "inadequate",
            "performs_excellently", "performs_well", "performs_adequately", "performs_poorly");
    public static final Set<String> STATUSES = Set.of("new", "previous");

    private Vocabulary() {
    }
}
