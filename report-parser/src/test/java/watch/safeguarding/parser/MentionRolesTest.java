package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionRolesTest {

    private static final CouncilMatcher MATCHER = new CouncilMatcher(Gazetteer.builtIn());

    private static MentionRoles roles(String sentence) {
        Tokens t = StageTokens.of(sentence);
        return MentionRoles.of(new DocumentState(), t, MATCHER.find(t));
    }

    private static Set<String> eligible(MentionRoles roles) {
        return roles.eligible().stream()
                .map(m -> CouncilMatcher.resolve(m.councils(), null, null).code())
                .collect(Collectors.toSet());
    }

    @Test
    void theCouncilASpeakerStandsForIsNotATarget() {
        MentionRoles r = roles("A spokesman for Luton Borough Council said its services had been judged good.");
        assertEquals(Set.of(), eligible(r));
        assertEquals("E06000032", r.speaker().code());
    }

    @Test
    void aPlaceOrAPartnerIsNotATarget() {
        MentionRoles r = roles("Luton Borough Council, which shares services with Bedford Borough Council, was rated good.");
        assertEquals(Set.of("E06000032"), eligible(r));
        assertNull(r.speaker());
    }

    @Test
    void councilsNamedAsEarlierExamplesAreKeptApart() {
        MentionRoles r = roles("Slough is the third council rated inadequate this week, following Luton and Bedford.");
        assertEquals(Set.of("E06000039"), eligible(r));
        assertEquals(List.of("E06000032", "E06000055"), r.earlierCouncils().stream().map(Council::code).toList());
    }
}
