package watch.safeguarding.alert.service;

import java.util.Map;

/** A request that failed validation; errors maps each field to what is wrong with it, in words for people. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(Map<String, String> errors) {
        super("invalid request: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
