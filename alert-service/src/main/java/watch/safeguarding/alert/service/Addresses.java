package watch.safeguarding.alert.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as the service accepts them: trimmed, domain lower-cased (the local part may be case-sensitive),
 * and limited to the dot-atom form, which has no character that could end a header or add a recipient.
 */
public final class Addresses {

    private static final Pattern DOT_ATOM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final int MAX_LENGTH = 254;

    private Addresses() {
    }

    /** The normalised address, or empty when it is not one the service will send to. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (trimmed.length() > MAX_LENGTH || !DOT_ATOM.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int at = trimmed.lastIndexOf('@');
        return Optional.of(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
