package watch.safeguarding.events;

/** A council by its ONS GSS code and common name. */
public record CouncilRef(String code, String name) {
}
