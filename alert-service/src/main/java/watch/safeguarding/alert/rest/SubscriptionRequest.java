package watch.safeguarding.alert.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of POST /subscriptions. */
@Schema(description = "A request for email alerts. Nothing is sent until the address confirms by the emailed link.", example = """
        {"email": "a@b.example", "councils": ["E06000005"], "regions": ["North East"], "ratings": ["inadequate"],
         "frequency": "immediately"}""")
public record SubscriptionRequest(
        @Schema(description = "Where to send alerts", example = "a@b.example", required = true) String email,
        @Schema(description = "GSS codes of councils; with regions empty or absent too, every council", example = "[\"E06000005\"]")
        List<String> councils,
        @Schema(description = "Regions (every council in them), e.g. North East, London", example = "[\"North East\"]")
        List<String> regions,
        @Schema(description = "Grades that alert: any of the rating vocabulary, or \"any\" for every grade; default [\"inadequate\"] "
                + "(which also covers the 2009-2012 \"performs_poorly\")", example = "[\"inadequate\"]")
        List<String> ratings,
        @Schema(description = "immediately (default), daily or weekly", example = "immediately",
                enumeration = {"immediately", "daily", "weekly"})
        String frequency) {
}
