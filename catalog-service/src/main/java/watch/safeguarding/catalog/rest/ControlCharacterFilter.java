package watch.safeguarding.catalog.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No path or query parameter holds a control character: none is meaningful in a code, id, date or search, and
 * PostgreSQL refuses U+0000 outright, which would surface as a 500.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(UriInfo uri) {
        return refuse(uri.getPathParameters()).or(() -> refuse(uri.getQueryParameters()));
    }

    private static Optional<Response> refuse(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                int at = firstControl(value);
                if (at >= 0) {
                    return Optional.of(ProblemMappers.problem(400, "Invalid parameter", parameter.getKey() + " contains the control "
                            + "character U+" + String.format(Locale.ROOT, "%04X", (int) value.charAt(at)) + " at position " + at
                            + "; remove it", Map.of("parameter", parameter.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    private static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
