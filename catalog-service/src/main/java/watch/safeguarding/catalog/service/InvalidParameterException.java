package watch.safeguarding.catalog.service;

/** A query parameter the catalog cannot use; answered 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static String oneOf(String parameter, String value, java.util.Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
        return value;
    }
}
