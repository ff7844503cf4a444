package watch.safeguarding.parser;

import watch.safeguarding.parser.decide.Features;

/**
 * A grade the rules attached to a council and an area, with the cues they computed, before the learned decisions.
 *
 * @param rulePrevious what the hand-written status rules alone would say
 */
public record Candidate(String councilCode, String area, String rating, boolean rulePrevious, Integer year,
                        String evidence, Features features) {
}
