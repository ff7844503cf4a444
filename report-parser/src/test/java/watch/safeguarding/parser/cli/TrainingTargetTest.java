package watch.safeguarding.parser.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A candidate is learned from as a judgement only where its own sentence is the label's evidence. */
class TrainingTargetTest {

    @Test
    void theSameSentenceMatchesWhateverItsQuotesAndSpacing() {
        assertTrue(Training.sameSentence("Ofsted rated the council’s services ‘inadequate’ in all areas.",
                "Ofsted rated the council's services 'inadequate'  in all areas. Inspectors said"));
    }

    @Test
    void anotherSentenceOfTheTextDoesNotMatch() {
        assertFalse(Training.sameSentence("Ofsted rated the council's services 'inadequate' in all areas.",
                "Of the 41 councils whose judgements have been published, seven were rated inadequate."));
    }

    @Test
    void aLabelWithoutEvidenceMatchesAnySentence() {
        assertTrue(Training.sameSentence("", "Of the 41 councils whose judgements have been published, seven were rated inadequate."));
    }
}
