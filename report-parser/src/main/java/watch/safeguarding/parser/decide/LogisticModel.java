package watch.safeguarding.parser.decide;

import java.util.Map;

/**
 * A logistic regression over named features, with a Platt calibration of its score learned on held-out folds:
 * {@code p = 1 / (1 + exp(-(a * score + b)))} where {@code score = bias + sum(weight * value)}.
 */
public record LogisticModel(double bias, Map<String, Double> weights, double calibrationA, double calibrationB) {

    public LogisticModel {
        weights = Map.copyOf(weights);
    }

    /** The raw linear score (log-odds before calibration). */
    public double score(Features f) {
        double s = bias;
        for (Map.Entry<String, Double> e : f.values().entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                s += w * e.getValue();
            }
        }
        return s;
    }

    /** The calibrated probability of the positive class. */
    public double probability(Features f) {
        return sigmoid(calibrationA * score(f) + calibrationB);
    }

    public LogisticModel withCalibration(double a, double b) {
        return new LogisticModel(bias, weights, a, b);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
