package watch.safeguarding.parser;

import watch.safeguarding.parser.decide.Features;

/** An outcome before resolution and deduplication. */
final class Draft {
    Council council;
    String area;
    String rating;
    boolean previous;
    Integer year;
    String evidence;
    double confidence;
    int newScore;
    int order;
    boolean areaImplied;
    boolean yearStated;
    Features features;
    /** The text says the council had this grade before ("remains inadequate"). */
    boolean repeated;
    /** A council named as an earlier example of the grade ("after A and B"): previous, whatever the cues say. */
    boolean earlierExample;
    /** The grade a change started from ("uplifted from good to outstanding"): previous, whatever the cues say. */
    boolean changedFrom;
    /** An annual rating told in a text from after the last of them (2012): previous, whatever the cues say. */
    boolean endedRatings;
    /** The council the earlier examples lead up to ("the third rated inadequate this week, after A and B"): new. */
    boolean afterExamples;
    /** A standing grade this one is coordinated with ("A is currently rated good, while B is outstanding"). */
    Draft statusLeader;
    /** The councils one grade goes to in one list ("judged A, B and C to be inadequate"), this one among them: one verb, one status. */
    java.util.List<Draft> listmates;
    /** The learned probability that the grade is new, from its own cues alone. */
    double ownFresh;
    /** The learned probability that the grade is new. */
    double fresh;
    /** The hand-written rules alone would drop it. */
    boolean vetoed;

    Draft copy() {
        Draft d = new Draft();
        d.council = council;
        d.area = area;
        d.rating = rating;
        d.previous = previous;
        d.year = year;
        d.evidence = evidence;
        d.confidence = confidence;
        d.newScore = newScore;
        d.order = order;
        d.areaImplied = areaImplied;
        d.yearStated = yearStated;
        d.features = features;
        d.repeated = repeated;
        d.earlierExample = earlierExample;
        d.changedFrom = changedFrom;
        d.afterExamples = afterExamples;
        d.endedRatings = endedRatings;
        d.statusLeader = statusLeader;
        d.listmates = listmates;
        d.ownFresh = ownFresh;
        d.fresh = fresh;
        d.vetoed = vetoed;
        return d;
    }
}
