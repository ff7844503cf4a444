package watch.safeguarding.parser.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two decisions the rules cannot take alone, learned from the labelled corpora: is a candidate a judgement of
 * that council's children's services the text states ({@link #judgement}), and is it the news of the text or an
 * earlier grade given for context ({@link #fresh}). Shipped as {@code decisions.json}, made by the {@code train}
 * command.
 */
public record DecisionModel(LogisticModel judgement, LogisticModel fresh, double threshold, String provenance) {

    static final String RESOURCE = "/watch/safeguarding/parser/decisions.json";

    private static volatile DecisionModel builtIn;

    /** The shipped model, or null when none has been trained yet (the rules then decide alone). */
    public static DecisionModel builtIn() {
        DecisionModel m = builtIn;
        if (m == null) {
            synchronized (DecisionModel.class) {
                m = builtIn;
                if (m == null) {
                    try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
                        m = in == null ? null : read(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    builtIn = m;
                }
            }
        }
        return m;
    }

    public static DecisionModel read(JsonNode n) {
        return new DecisionModel(model(n.path("judgement")), model(n.path("status")),
                n.path("threshold").asDouble(0.5), n.path("provenance").asText(""));
    }

    private static LogisticModel model(JsonNode n) {
        Map<String, Double> w = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("weights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            w.put(e.getKey(), e.getValue().asDouble());
        }
        return new LogisticModel(n.path("bias").asDouble(), w, n.path("calibration").path("a").asDouble(1.0),
                n.path("calibration").path("b").asDouble(0.0));
    }

    /** Stable JSON: keys sorted, numbers rounded, so that the same training gives the same file. */
    public ObjectNode toJson(ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("provenance", provenance);
        n.put("threshold", round(threshold));
        n.set("judgement", json(m, judgement));
        n.set("status", json(m, fresh));
        return n;
    }

    private static ObjectNode json(ObjectMapper m, LogisticModel lm) {
        ObjectNode n = m.createObjectNode();
        n.put("bias", round(lm.bias()));
        ObjectNode cal = n.putObject("calibration");
        cal.put("a", round(lm.calibrationA()));
        cal.put("b", round(lm.calibrationB()));
        ObjectNode w = n.putObject("weights");
        new TreeMap<>(lm.weights()).forEach((k, v) -> {
            if (Math.abs(v) >= 1e-6) {
                w.put(k, round(v));
            }
        });
        return n;
    }

    static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }
}
