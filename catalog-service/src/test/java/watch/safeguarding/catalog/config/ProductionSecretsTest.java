package watch.safeguarding.catalog.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    @Test
    void noKeyTheDevelopmentKeyOrAShortKeyIsRefusedNamingTheVariable() {
        for (List<String> keys : List.of(List.<String>of(), List.of(" "), List.of("dev-key"), List.of("short"))) {
            List<String> problems = ProductionSecrets.problems(keys);
            assertEquals(1, problems.size(), keys.toString());
            assertTrue(problems.get(0).startsWith("CATALOG_API_KEYS "), problems.get(0));
        }
        assertTrue(ProductionSecrets.problems(List.of("0123456789abcdef0123")).isEmpty());
    }
}
