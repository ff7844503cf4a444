package watch.safeguarding.parser.decide;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains an L2-regularised logistic regression (LIBLINEAR) over named features. Deterministic: the feature index is
 * the sorted feature names, the examples keep their order and the solver uses no randomness.
 */
public final class Trainer {

    /** One labelled example. */
    public record Example(Features features, boolean positive) {
    }

    private final double c;

    public Trainer(double c) {
        this.c = c;
    }

    public LogisticModel train(List<Example> examples) {
        TreeSet<String> names = new TreeSet<>();
        for (Example e : examples) {
            names.addAll(e.features().values().keySet());
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String name : names) {
            index.put(name, index.size() + 1);
        }
        boolean anyPositive = examples.stream().anyMatch(Example::positive);
        boolean anyNegative = examples.stream().anyMatch(e -> !e.positive());
        if (!anyPositive || !anyNegative) {
            // one class only: a constant model that says what the examples say
            return new LogisticModel(anyPositive ? 4.0 : -4.0, Map.of(), 1.0, 0.0);
        }
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + 1;
        p.bias = 1.0;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Example e = examples.get(i);
            TreeMap<Integer, Double> row = new TreeMap<>();
            e.features().values().forEach((k, v) -> row.put(index.get(k), v));
            Feature[] x = new Feature[row.size() + 1];
            int j = 0;
            for (Map.Entry<Integer, Double> en : row.entrySet()) {
                x[j++] = new FeatureNode(en.getKey(), en.getValue());
            }
            x[j] = new FeatureNode(p.n, p.bias);
            p.x[i] = x;
            p.y[i] = e.positive() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 1e-4));
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's weights score the first label it saw
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new TreeMap<>();
        index.forEach((name, i) -> weights.put(name, sign * w[i - 1]));
        return new LogisticModel(sign * w[p.n - 1] * p.bias, weights, 1.0, 0.0);
    }

    /** Platt scaling: a one-feature logistic regression from held-out scores to outcomes. */
    public static double[] calibrate(List<double[]> scoreAndOutcome) {
        List<Example> ex = new ArrayList<>();
        for (double[] so : scoreAndOutcome) {
            ex.add(new Example(new Features().set("score", so[0]), so[1] > 0.5));
        }
        LogisticModel m = new Trainer(100.0).train(ex);
        return new double[] {m.weights().getOrDefault("score", 1.0), m.bias()};
    }
}
