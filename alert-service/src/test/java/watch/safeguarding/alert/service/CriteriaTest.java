package watch.safeguarding.alert.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void theSameCriteriaInAnyOrderHaveTheSameKey() {
        Criteria a = new Criteria(List.of("E10000016", "E06000005"), List.of("London"), List.of("good", "inadequate"), Frequency.DAILY);
        Criteria b = new Criteria(List.of(" E06000005", "E10000016", "E10000016"), List.of("London", ""), List.of("inadequate", "good"),
                Frequency.DAILY);
        assertEquals(a.key(), b.key());
        assertEquals(64, a.key().length());
        assertNotEquals(a.key(), new Criteria(a.councils(), a.regions(), a.ratings(), Frequency.WEEKLY).key());
    }

    @Test
    void defaultsAreEveryCouncilInadequateImmediately() {
        Criteria none = new Criteria(null, List.of(), null, null);
        assertTrue(none.allCouncils());
        assertEquals(List.of("inadequate"), none.ratings());
        assertEquals(Frequency.IMMEDIATELY, none.frequency());
        assertEquals(List.of("any"), new Criteria(null, null, List.of("good", "any"), null).ratings());
    }

    @Test
    void addressesAreNormalisedAndOnlyPlainFormsAccepted() {
        assertEquals("Jo.Bloggs@example.org", Addresses.normalise("  Jo.Bloggs@Example.ORG ").orElseThrow());
        for (String bad : List.of("", "no-at-sign", "a@b", "a b@example.org", "a@example.org\r\nBcc: x@y.example", "a@example.org\nx",
                "\"quoted\"@example.org", "a@example.org, b@example.org", "<a@example.org>", "a@-example.org")) {
            assertTrue(Addresses.normalise(bad).isEmpty(), bad);
        }
    }

    @Test
    void headerTextStaysOnOneLine() {
        assertEquals("Darl Bcc: x@y.example", Headers.clean("Darl\r\nBcc: x@y.example"));
        assertEquals("a b", Headers.clean("a\u2028b"));
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsHashes() {
        String token = new Secrets(TestConfig.secret()).newToken();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(64, Secrets.tokenHash(token).length());
        assertNotEquals(token, new Secrets(TestConfig.secret()).newToken());
        Secrets secrets = new Secrets(TestConfig.secret());
        byte[] sealed = secrets.encrypt("a@b.example");
        assertEquals("a@b.example", secrets.decrypt(sealed));
        assertTrue(!new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("a@b.example"));
    }
}
