package watch.safeguarding.alert.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.alert.service.CouncilDirectory;
import watch.safeguarding.alert.service.Frequency;
import watch.safeguarding.alert.service.Vocabulary;

/**
 * What the subscribe and edit forms show: every choice with whether it is ticked, and the errors, worked out here so
 * that templates stay simple.
 */
@TemplateData
public record FormView(String email, boolean allCouncils, List<RegionChoice> regions, List<Choice> ratings, List<Choice> frequencies,
        List<FieldError> errors, int chosenCount) {

    @TemplateData
    public record Choice(String value, String label, String id, boolean checked) {
    }

    @TemplateData
    public record RegionChoice(String name, String id, boolean checked, int chosen, List<Choice> councils) {
    }

    @TemplateData
    public record FieldError(String field, String anchor, String message) {
    }

    public static FormView of(CouncilDirectory directory, String email, boolean allCouncils, Collection<String> councils,
            Collection<String> regions, Collection<String> ratings, String frequency, Map<String, String> errors) {
        Set<String> chosenCouncils = Set.copyOf(councils);
        Set<String> chosenRegions = Set.copyOf(regions);
        Set<String> chosenRatings = Set.copyOf(ratings.isEmpty() ? List.of("inadequate") : ratings);
        List<RegionChoice> regionChoices = new ArrayList<>();
        int chosenCount = 0;
        for (CouncilDirectory.Region region : directory.regions()) {
            List<Choice> councilChoices = new ArrayList<>();
            int chosen = 0;
            for (CouncilDirectory.CouncilOption council : region.councils()) {
                boolean checked = chosenCouncils.contains(council.code());
                chosen += checked ? 1 : 0;
                councilChoices.add(new Choice(council.code(), council.name(), "council-" + council.code(), checked));
            }
            boolean regionChecked = chosenRegions.contains(region.name());
            chosenCount += chosen + (regionChecked ? 1 : 0);
            regionChoices.add(new RegionChoice(region.name(), "region-" + slug(region.name()), regionChecked, chosen + (regionChecked ? 1 : 0),
                    councilChoices));
        }
        List<Choice> ratingChoices = new ArrayList<>();
        ratingChoices.add(new Choice(Vocabulary.ANY, "Any grade", "rating-any", chosenRatings.contains(Vocabulary.ANY)));
        Vocabulary.RATINGS.forEach((value, label) -> ratingChoices.add(new Choice(value, label, "rating-" + value, chosenRatings.contains(value))));
        List<Choice> frequencyChoices = new ArrayList<>();
        String wanted = frequency == null || frequency.isBlank() ? Frequency.IMMEDIATELY.wire() : frequency;
        for (Frequency f : Frequency.values()) {
            frequencyChoices.add(new Choice(f.wire(), f.label(), "frequency-" + f.wire(), f.wire().equals(wanted)));
        }
        List<FieldError> fieldErrors = new ArrayList<>();
        errors.forEach((field, message) -> fieldErrors.add(new FieldError(field, anchor(field), message)));
        return new FormView(email == null ? "" : email, allCouncils, regionChoices, ratingChoices, frequencyChoices, fieldErrors, chosenCount);
    }

    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    private static String anchor(String field) {
        return switch (field) {
            case "email" -> "email";
            case "councils", "regions", "scope" -> "scope-some";
            case "ratings" -> "rating-inadequate";
            case "frequency" -> "frequency-immediately";
            default -> "main";
        };
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
