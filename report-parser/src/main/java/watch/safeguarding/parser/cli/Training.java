package watch.safeguarding.parser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import watch.safeguarding.parser.Candidate;
import watch.safeguarding.parser.Gazetteer;
import watch.safeguarding.parser.ReportParser;
import watch.safeguarding.parser.decide.DecisionModel;
import watch.safeguarding.parser.decide.LogisticModel;
import watch.safeguarding.parser.decide.Trainer;
import watch.safeguarding.parser.decide.Trainer.Example;

/**
 * Learns the decision model from labelled folders, and cross-validates it by document: each fold's texts are
 * scored by a model trained on the other folds only.
 */
final class Training {

    /** Regularisation of the judgement model, chosen by cross-validation over seeds, dev and train. */
    static final double C = 0.3;

    /** Regularisation of the new-or-previous model, chosen the same way (0.1-0.7 tried: 0.4-0.5 best, 0.2 next). */
    static final double C_STATUS = 0.4;

    /** A labelled text with its candidates (which do not depend on any model). */
    record Labelled(Path dir, JsonNode entry, List<Candidate> candidates, Set<String> graded, Set<String> gradedAnyArea,
                    Set<String> fresh, Set<String> earlier) {

        String name() {
            return dir.getFileName() + "/" + entry.path("file").asText();
        }

        int fold(int folds) {
            CRC32 crc = new CRC32();
            crc.update(name().getBytes(StandardCharsets.UTF_8));
            return (int) (crc.getValue() % folds);
        }
    }

    private Training() {
    }

    static List<Labelled> load(List<Path> dirs) throws IOException {
        ObjectMapper m = Main.mapper();
        ReportParser rules = new ReportParser(Gazetteer.builtIn(), null);
        List<Labelled> docs = new ArrayList<>();
        for (Path dir : dirs) {
            for (JsonNode entry : m.readTree(dir.resolve("labels.json").toFile())) {
                Path file = dir.resolve(entry.path("file").asText());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<Candidate> candidates = rules.candidates(text, Main.isHtml(file.getFileName().toString(), text));
                Set<String> graded = new HashSet<>();
                Set<String> anyArea = new HashSet<>();
                Set<String> fresh = new HashSet<>();
                Set<String> earlier = new HashSet<>();
                for (JsonNode j : entry.path("judgements")) {
                    String key = j.path("gss").asText() + "|" + j.path("area").asText() + "|" + j.path("rating").asText();
                    graded.add(key);
                    anyArea.add(j.path("gss").asText() + "|" + j.path("rating").asText());
                    ("new".equals(j.path("status").asText()) ? fresh : earlier).add(key);
                }
                docs.add(new Labelled(dir, entry, candidates, graded, anyArea, fresh, earlier));
            }
        }
        return docs;
    }

    /** Trains on the documents, calibrating each model's probabilities on held-out folds of them. */
    static DecisionModel train(List<Labelled> docs, String provenance) {
        List<double[]> judgementScores = new ArrayList<>();
        List<double[]> statusScores = new ArrayList<>();
        int folds = 5;
        for (int k = 0; k < folds; k++) {
            List<Labelled> in = new ArrayList<>();
            List<Labelled> out = new ArrayList<>();
            for (Labelled d : docs) {
                (d.fold(folds) == k ? out : in).add(d);
            }
            DecisionModel m = fit(in, provenance);
            for (Labelled d : out) {
                for (Candidate c : d.candidates()) {
                    Boolean j = judgementTarget(d, c);
                    if (j != null) {
                        judgementScores.add(new double[] {m.judgement().score(c.features()), j ? 1 : 0});
                    }
                    Boolean s = statusTarget(d, c);
                    if (s != null) {
                        statusScores.add(new double[] {m.fresh().score(c.features()), s ? 1 : 0});
                    }
                }
            }
        }
        DecisionModel all = fit(docs, provenance);
        double[] cj = Trainer.calibrate(judgementScores);
        double[] cs = Trainer.calibrate(statusScores);
        return new DecisionModel(all.judgement().withCalibration(cj[0], cj[1]), all.fresh().withCalibration(cs[0], cs[1]),
                all.threshold(), provenance);
    }

    private static DecisionModel fit(List<Labelled> docs, String provenance) {
        List<Example> judgement = new ArrayList<>();
        List<Example> status = new ArrayList<>();
        for (Labelled d : docs) {
            for (Candidate c : d.candidates()) {
                Boolean j = judgementTarget(d, c);
                if (j != null) {
                    judgement.add(new Example(c.features(), j));
                }
                Boolean s = statusTarget(d, c);
                if (s != null) {
                    status.add(new Example(c.features(), s));
                }
            }
        }
        LogisticModel j = new Trainer(C).train(judgement);
        LogisticModel s = new Trainer(C_STATUS).train(status);
        return new DecisionModel(j, s, 0.5, provenance);
    }

    /**
     * Whether the candidate is a labelled judgement stated by its own sentence; null (not learned from) when the
     * label's evidence is another sentence (the grade is right, but this sentence may not state it: a statistic or a
     * scale that happens to name it) or when the council has that grade in another area, where keeping or dropping
     * it is the area rules' business.
     */
    static Boolean judgementTarget(Labelled d, Candidate c) {
        String key = c.councilCode() + "|" + c.area() + "|" + c.rating();
        if (d.graded().contains(key)) {
            for (JsonNode j : d.entry().path("judgements")) {
                if (key.equals(j.path("gss").asText() + "|" + j.path("area").asText() + "|" + j.path("rating").asText())
                        && sameSentence(j.path("evidence").asText(""), c.evidence())) {
                    return true;
                }
            }
            return null;
        }
        return d.gradedAnyArea().contains(c.councilCode() + "|" + c.rating()) ? null : false;
    }

    /** Whether a label's evidence and a candidate's are the same sentence, whatever the quotes and spacing; a label
     * with no evidence matches any. */
    static boolean sameSentence(String labelEvidence, String candidateEvidence) {
        String a = comparable(labelEvidence);
        String b = comparable(candidateEvidence);
        if (a.isEmpty()) {
            return true;
        }
        return !b.isEmpty() && (a.contains(b.substring(0, Math.min(EVIDENCE_PREFIX, b.length())))
                || b.contains(a.substring(0, Math.min(EVIDENCE_PREFIX, a.length()))));
    }

    /** Enough of a sentence's start to tell it from the others of a text. */
    private static final int EVIDENCE_PREFIX = 40;

    private static String comparable(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /**
     * Whether a labelled judgement is the news of the text. Where the text has the grade both ways ("inadequate
     * again"), the label whose year or evidence is the candidate's decides, else the rules' word.
     */
    static Boolean statusTarget(Labelled d, Candidate c) {
        String key = c.councilCode() + "|" + c.area() + "|" + c.rating();
        boolean fresh = d.fresh().contains(key);
        boolean earlier = d.earlier().contains(key);
        if (fresh && earlier) {
            Boolean byYear = null;
            Boolean byEvidence = null;
            for (JsonNode j : d.entry().path("judgements")) {
                if (!key.equals(j.path("gss").asText() + "|" + j.path("area").asText() + "|" + j.path("rating").asText())) {
                    continue;
                }
                boolean isNew = "new".equals(j.path("status").asText());
                if (c.year() != null && j.path("year").asInt(-1) == c.year()) {
                    byYear = byYear == null || byYear == isNew ? Boolean.valueOf(isNew) : null;
                }
                String ev = j.path("evidence").asText("");
                if (!ev.isEmpty() && c.evidence() != null && (c.evidence().contains(ev) || ev.contains(c.evidence()))) {
                    byEvidence = isNew;
                }
            }
            return byEvidence != null ? byEvidence : byYear != null ? byYear : !c.rulePrevious();
        }
        return fresh ? Boolean.TRUE : earlier ? Boolean.FALSE : null;
    }

    /** Scores every document with a model trained on the folds it is not in. */
    static Evaluation.Result crossValidate(List<Labelled> docs, int folds, PrintStream out) throws IOException {
        Evaluation.Result result = new Evaluation.Result();
        for (int k = 0; k < folds; k++) {
            List<Labelled> in = new ArrayList<>();
            List<Labelled> held = new ArrayList<>();
            for (Labelled d : docs) {
                (d.fold(folds) == k ? held : in).add(d);
            }
            ReportParser parser = new ReportParser(Gazetteer.builtIn(), train(in, "fold " + k));
            for (Labelled d : held) {
                Evaluation.score(parser, d.dir(), d.entry(), result, out);
            }
        }
        return result;
    }
}
