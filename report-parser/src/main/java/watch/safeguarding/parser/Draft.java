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
    /** The hand-written rules alone would drop it. */
    boolean vetoed;
}
