package watch.safeguarding.parser.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import watch.safeguarding.parser.decide.Trainer.Example;

class TrainerTest {

    /** "previously" marks context and "today" the news, with noise cues that say nothing. */
    private static List<Example> examples(long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean positive = r.nextBoolean();
            Features f = new Features().add(positive ? "today" : "previously").add("noise_" + r.nextInt(5));
            if (r.nextInt(10) == 0) {
                f.add(positive ? "previously" : "today"); // some contrary cues
            }
            out.add(new Example(f, positive));
        }
        return out;
    }

    @Test
    void learnsWhichCueMarksWhichClass() {
        LogisticModel m = new Trainer(1.0).train(examples(1));
        assertTrue(m.weights().get("today") > 1.0, m.weights().toString());
        assertTrue(m.weights().get("previously") < -1.0, m.weights().toString());
        assertTrue(m.probability(new Features().add("today")) > 0.8);
        assertTrue(m.probability(new Features().add("previously")) < 0.2);
        assertTrue(Math.abs(m.weights().get("noise_3")) < 0.5, "a cue that says nothing gets little weight");
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        ObjectMapper json = new ObjectMapper();
        LogisticModel a = new Trainer(0.3).train(examples(2));
        LogisticModel b = new Trainer(0.3).train(examples(2));
        assertEquals(new DecisionModel(a, a, 0.5, "x").toJson(json), new DecisionModel(b, b, 0.5, "x").toJson(json));
    }

    @Test
    void oneClassGivesAConstantModel() {
        List<Example> all = examples(3).stream().map(e -> new Example(e.features(), true)).toList();
        LogisticModel m = new Trainer(1.0).train(all);
        assertTrue(m.probability(new Features().add("previously")) > 0.9);
    }

    @Test
    void calibrationMapsScoresToObservedFrequencies() {
        // outcomes are right three times in four at score 1 and once in four at score -1
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            scores.add(new double[] {1, i % 4 == 0 ? 0 : 1});
            scores.add(new double[] {-1, i % 4 == 0 ? 1 : 0});
        }
        double[] ab = Trainer.calibrate(scores);
        double atOne = LogisticModel.sigmoid(ab[0] + ab[1]);
        assertEquals(0.75, atOne, 0.02);
    }

    @Test
    void theModelFileReadsBackAsItWasWritten() {
        ObjectMapper json = new ObjectMapper();
        LogisticModel m = new Trainer(1.0).train(examples(4)).withCalibration(1.2, -0.1);
        DecisionModel d = new DecisionModel(m, m, 0.6, "trained in a test");
        DecisionModel back = DecisionModel.read(d.toJson(json));
        Features f = new Features().add("today").add("noise_1");
        assertEquals(d.judgement().probability(f), back.judgement().probability(f), 1e-5);
        assertEquals(0.6, back.threshold(), 1e-9);
        assertEquals("trained in a test", back.provenance());
    }
}
