package watch.safeguarding.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker-compose.yml cannot run on the build machines (no Docker engine), so this checks what can be checked: every
 * environment variable it gives a service is one that service reads, and each service listens where compose says.
 */
class DockerComposeConsistencyTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyVariableComposeSetsIsReadByThatService() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile()).path("services");
        List<String> unread = new ArrayList<>();
        int built = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> service = it.next();
            if (!service.getValue().has("build")) {
                continue;
            }
            built++;
            String module = service.getKey();
            assertTrue(Files.exists(root.resolve(service.getValue().path("build").path("dockerfile").asText())), module + " has its Dockerfile");
            Properties properties = applicationProperties(module);
            List<String> readable = readableVariables(properties, Files.readString(applicationPropertiesPath(module)));
            service.getValue().path("environment").fieldNames().forEachRemaining(variable -> {
                if (!readable.contains(variable)) {
                    unread.add(module + ": " + variable);
                }
            });
            String port = properties.getProperty("quarkus.http.port");
            assertEquals(port + ":" + port, service.getValue().path("ports").path(0).asText(), module + " publishes its own HTTP port");
        }
        assertEquals(3, built, "the three services are built from their Dockerfiles");
        assertTrue(unread.isEmpty(), "variables set in docker-compose.yml that no property reads: " + unread);
    }

    private Path applicationPropertiesPath(String module) {
        return root.resolve(module).resolve("src/main/resources/application.properties");
    }

    private Properties applicationProperties(String module) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(applicationPropertiesPath(module))) {
            properties.load(reader);
        }
        return properties;
    }

    /** Variables named in ${...} expressions, plus each property's own environment name as MicroProfile Config maps it. */
    private static List<String> readableVariables(Properties properties, String text) {
        List<String> names = new ArrayList<>();
        Matcher reference = ENV_REFERENCE.matcher(text);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(unprofiled.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return names;
    }
}
