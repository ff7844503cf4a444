package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceSubjectsTest {

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    @Test
    void sendYouthJusticeAndChildrensHomesAreOtherServices() {
        assertTrue(SentenceSubjects.namesOtherService(tokens("Its SEND services were rated good.")));
        assertTrue(SentenceSubjects.namesOtherService(tokens("The youth justice service was good.")));
        assertTrue(SentenceSubjects.namesOtherService(tokens("A children's home in Slough was inadequate.")));
        assertFalse(SentenceSubjects.namesOtherService(tokens("It will send the report to the council.")));
    }

    @Test
    void childrensServicesAndSocialCareAreNamedButAdultSocialCareIsNot() {
        assertTrue(SentenceSubjects.namesChildrensServices(tokens("Slough's children's services were good.")));
        assertTrue(SentenceSubjects.namesChildrensServices(tokens("Its social care was good.")));
        assertFalse(SentenceSubjects.namesChildrensServices(tokens("Its adult social care was good.")));
    }
}
