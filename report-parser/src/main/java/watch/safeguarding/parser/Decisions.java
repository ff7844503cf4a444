package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.decide.DecisionModel;

/** Candidate outcomes to outcomes: the learned decisions (or the rules' own), one new grade per area, dedupe. */
final class Decisions {

    private final DecisionModel model;

    Decisions(DecisionModel model) {
        this.model = model;
    }

    /** The learned decisions: drop what is not a judgement, tell the news from the context. */
    void decide(DocumentState doc) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : doc.drafts) {
            d.ownFresh = model.fresh().probability(d.features);
        }
        for (Draft d : doc.drafts) {
            // an earlier example, the grade a change started from and an annual rating told after their end are
            // earlier whatever the cues, and the council the examples lead up to is the news; drafts come in text
            // order, so a grade's status leader is decided before it; the councils of one list share the mean of
            // their probabilities
            double fresh = d.earlierExample || d.changedFrom || d.endedRatings ? 0 : d.afterExamples ? 1
                    : d.statusLeader != null ? d.statusLeader.fresh : d.listmates != null ? meanFresh(d.listmates) : d.ownFresh;
            d.fresh = fresh;
            double judgement = model.judgement().probability(d.features);
            if (judgement < model.threshold()) {
                continue;
            }
            d.previous = fresh < 0.5;
            d.newScore = (int) Math.round(fresh * 100);
            if (!d.yearStated) {
                d.year = d.previous ? null : doc.pubYear;
            }
            d.confidence = Math.round(judgement * (d.previous ? 1 - fresh : fresh) * 1000) / 1000.0;
            kept.add(d);
        }
        doc.drafts = kept;
    }

    private static double meanFresh(List<Draft> drafts) {
        double sum = 0;
        for (Draft d : drafts) {
            sum += d.ownFresh;
        }
        return sum / drafts.size();
    }

    List<Outcome> finish(DocumentState doc) {
        if (model != null) {
            CandidateCues.documentFeatures(doc);
            decide(doc);
        } else {
            doc.drafts.removeIf(d -> d.vetoed);
        }
        // the safeguarding judgement was the headline one of the 2009-13 inspections: a "rated inadequate" that names no
        // area restates it rather than giving an overall grade those inspections did not have
        Set<String> safeguarding = new HashSet<>();
        for (Draft d : doc.drafts) {
            if (d.area.equals(Lexicon.SAFEGUARDING) && !d.areaImplied) {
                safeguarding.add(d.council.code() + "|" + d.rating + "|" + d.previous);
            }
        }
        doc.drafts.removeIf(d -> d.areaImplied && d.area.equals(Lexicon.OVERALL)
                && safeguarding.contains(d.council.code() + "|" + d.rating + "|" + d.previous));
        // the text placed this inspection in the past elsewhere ("rated inadequate last month" ... "in November 2016")
        Set<String> pastInspections = new HashSet<>();
        for (Draft d : doc.drafts) {
            if (d.previous && d.year != null) {
                pastInspections.add(d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.year);
            }
        }
        for (Draft d : doc.drafts) {
            if (!d.previous && d.yearStated && pastInspections.contains(d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.year)) {
                d.previous = true;
            }
        }
        // one new grade per council and area, the surest: the others the text gives are earlier ones ("judged the
        // overall effectiveness as inadequate" outranks an overall grade implied by "rated the other three areas as
        // requiring improvement")
        Map<String, Draft> bestNew = new HashMap<>();
        for (Draft d : doc.drafts) {
            if (d.previous) {
                continue;
            }
            String key = d.council.code() + "|" + d.area;
            Draft b = bestNew.get(key);
            if (b == null || d.confidence > b.confidence || d.confidence == b.confidence && d.newScore > b.newScore) {
                bestNew.put(key, d);
            }
        }
        for (Draft d : doc.drafts) {
            if (!d.previous) {
                Draft b = bestNew.get(d.council.code() + "|" + d.area);
                if (b != null && !b.rating.equals(d.rating)) {
                    d.previous = true;
                    d.year = d.yearStated ? d.year : null; // the publication year was only a default for a new grade
                    d.confidence = Math.max(0.3, d.confidence - 0.15);
                }
            }
        }
        // "remains inadequate": the same grade was the council's before, given with no year of its own
        List<Draft> earlier = new ArrayList<>();
        for (Draft d : doc.drafts) {
            if (d.repeated && !d.previous) {
                Draft e = d.copy();
                e.previous = true;
                e.year = null;
                earlier.add(e);
            }
        }
        doc.drafts.addAll(earlier);
        // dedupe: same council/area/rating/status -> keep the best evidence
        Map<String, Draft> best = new LinkedHashMap<>();
        for (Draft d : doc.drafts) {
            String key = d.council.code() + "|" + d.area + "|" + d.rating + "|" + d.previous;
            Draft b = best.get(key);
            if (b == null) {
                best.put(key, d);
            } else {
                if (d.confidence > b.confidence) {
                    d.year = d.year != null ? d.year : b.year;
                    best.put(key, d);
                } else if (b.year == null && d.year != null) {
                    b.year = d.year;
                }
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Draft d : best.values()) {
            out.add(new Outcome(d.council.code(), d.council.name(), d.area, d.rating,
                    d.previous ? Outcome.STATUS_PREVIOUS : Outcome.STATUS_NEW, d.year, d.evidence, d.confidence));
        }
        return out;
    }
}
