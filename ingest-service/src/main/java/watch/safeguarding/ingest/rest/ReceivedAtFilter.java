package watch.safeguarding.ingest.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.runtime.configuration.ConfigUtils;
import watch.safeguarding.ingest.service.Receipt;

/**
 * The test clock: {@code X-Received-At: 2015-09-01T09:00:00Z} makes a report count as received then. Only the dev and
 * bench profiles accept it, so no setting can let a production deployment fake when a report arrived; elsewhere the
 * header is refused with a 400, not silently ignored.
 */
@Provider
public class ReceivedAtFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Received-At";
    private static final List<String> PROFILES = List.of("dev", "bench");

    private final Receipt receipt;
    private final boolean accepted = ConfigUtils.getProfiles().stream().anyMatch(PROFILES::contains);

    public ReceivedAtFilter(Receipt receipt) {
        this.receipt = receipt;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        if (given == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!accepted) {
            request.abortWith(Problem.of(400, "received-at-not-accepted", "X-Received-At not accepted", "Only a bench or dev deployment "
                    + "(QUARKUS_PROFILE=bench) takes " + HEADER + "; reports count as received when they arrive. Remove the header.", path)
                    .response().build());
            return;
        }
        try {
            receipt.set(Instant.parse(given.trim()));
        } catch (DateTimeParseException e) {
            request.abortWith(Problem.of(400, "invalid-received-at", "Invalid X-Received-At", HEADER
                    + " must be an ISO-8601 instant such as 2015-09-01T09:00:00Z", path).response().build());
        }
    }
}
