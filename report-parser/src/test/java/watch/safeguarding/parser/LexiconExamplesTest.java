package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word-list family of the rules ({@code lexicon/FAMILY.txt}) with the examples it must handle beside it
 * ({@code lexicon/FAMILY.examples}: "text => outcomes"), each example a test of its own.
 */
class LexiconExamplesTest {

    static Path examplesDir() throws URISyntaxException {
        return Path.of(LexiconExamplesTest.class.getResource("lexicon").toURI());
    }

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(examplesDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".examples")).sorted().toList()) {
                String family = file.getFileName().toString().replace(".examples", "");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int arrow = line.lastIndexOf(" => ");
                    String text = line.substring(0, arrow).replace("\\n", "\n");
                    String expected = line.substring(arrow + 4).strip();
                    Set<String> tuples = expected.equals("none") ? Set.of()
                            : new TreeSet<>(Arrays.asList(expected.split("\\s*;\\s*")));
                    out.add(Arguments.of(family, text, tuples));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void theRulesReadEachExampleAsLabelled(String family, String text, Set<String> expected) {
        assertEquals(expected, Parsed.tuples(text), family);
    }

    @Test
    void everyExampleFileBelongsToAFamily() throws Exception {
        try (Stream<Path> files = Files.list(examplesDir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".examples")).toList()) {
                String family = file.getFileName().toString().replace(".examples", "");
                assertFalse(Lexicon.entries(family).isEmpty(), family + " has entries");
            }
        }
        assertTrue(Lexicon.AREAS.length > 10);
    }
}
