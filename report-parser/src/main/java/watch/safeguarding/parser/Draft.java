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
        d.vetoed = vetoed;
        return d;
    }
}
