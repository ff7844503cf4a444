package watch.safeguarding.alert.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final String OWN_SECRET = "q6Vb8xk1l4P0m2Zr9T3sY7wA5eC1dF0gH2jK4nM6pQ8=";
    private static final List<String> OWN_KEYS = List.of("0123456789abcdef0123");

    @Test
    void developmentMissingOrWeakApiKeysAreRefusedNamingTheVariable() {
        for (List<String> keys : List.of(List.<String>of(), List.of(""), List.of("dev-key"), List.of("short"))) {
            assertEquals(List.of("ALERT_API_KEYS"), variables(ProductionSecrets.problems(keys, OWN_SECRET)), keys.toString());
        }
    }

    @Test
    void theDevelopmentSecretKeyNoneOrAShortOneIsRefusedNamingTheVariable() {
        for (String secret : new String[] {null, " ", ProductionSecrets.DEVELOPMENT_SECRET_KEY, "c2hvcnQ=", "not base64!"}) {
            assertEquals(List.of("ALERT_SECRET_KEY"), variables(ProductionSecrets.problems(OWN_KEYS, secret)), secret);
        }
        assertEquals(List.of("ALERT_API_KEYS", "ALERT_SECRET_KEY"), variables(ProductionSecrets.problems(List.of(), null)));
    }

    @Test
    void ownSecretsAreFit() {
        assertTrue(ProductionSecrets.problems(OWN_KEYS, OWN_SECRET).isEmpty());
    }

    private static List<String> variables(List<String> problems) {
        return problems.stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
    }
}
