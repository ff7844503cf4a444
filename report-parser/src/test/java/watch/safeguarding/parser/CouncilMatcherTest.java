package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilMatcherTest {

    private static final Gazetteer G = Gazetteer.builtIn();
    private static final CouncilMatcher MATCHER = new CouncilMatcher(G);

    private static Tokens tokens(String s) {
        return Tokens.of(s, 0, s.length());
    }

    private static List<String> found(String s) {
        Tokens t = tokens(s);
        return MATCHER.find(t).stream().map(m -> t.text.substring(t.start[m.from()], t.end[m.to() - 1])
                + "=" + m.councils().stream().map(Council::code).sorted().toList()).toList();
    }

    @Test
    void officialNamesAliasesAndGeneratedFormsAreFound() {
        assertEquals(List.of("Slough Borough Council=[E06000039]"), found("Slough Borough Council was rated good."));
        assertEquals(List.of("BCP Council=[E06000058]"), found("Ofsted visited BCP Council in May."));
        assertEquals(List.of("London Borough of Kingston upon Thames=[E09000021]"),
                found("Ofsted praised the London Borough of Kingston upon Thames."));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("North Northamptonshire=[E06000061]"), found("North Northamptonshire is now good."));
        assertEquals(List.of("Bournemouth, Christchurch and Poole Council=[E06000058]"),
                found("Bournemouth, Christchurch and Poole Council was inspected."));
    }

    @Test
    void aCouncilNamedAfterTwoPlacesGoesByTheFirstWhenNoOtherCouncilDoes() {
        assertEquals(List.of("Kensington=[E09000020]", "Hammersmith=[E09000013]"),
                found("Kensington was rated outstanding while Hammersmith was rated good."));
        // "Bournemouth, Christchurch and Poole" names three places; Bournemouth alone is the council before 2019
        assertEquals(List.of("Bournemouth=[E06000028]"), found("Bournemouth was rated good."));
    }

    @Test
    void aCouncilNameIsExplicitAndABarePlaceNameIsNot() {
        Tokens t = tokens("Birmingham City Council and Slough");
        List<CouncilMatcher.Mention> ms = MATCHER.find(t);
        assertEquals(2, ms.size());
        assertTrue(ms.get(0).explicit());
        assertFalse(ms.get(1).explicit());
    }

    @Test
    void aNameThatIsPartOfAnotherNameIsNoMention() {
        assertEquals(List.of(), found("Councillor Jane Slough spoke."));
        assertEquals(List.of(), found("He flew from Birmingham Airport."));
        assertEquals(List.of(), found("It opened in Newcastle-under-Lyme."));
        assertEquals(List.of(), found("slough is lower case."));
    }

    @Test
    void aNameBeforeACapitalisedWordThatMayFollowACouncilStands() {
        assertEquals(List.of("Birmingham=[E08000025]"), found("Birmingham Children's Trust was inadequate."));
        assertEquals(List.of("Newcastle-upon-Tyne=[E08000021]"), found("Newcastle-upon-Tyne was inadequate."));
    }

    @Test
    void aPlacePrefixJoinedToACouncilsNameNamesAnotherCouncil() {
        assertEquals(List.of("North=[E06000061]", "West Northamptonshire=[E06000062]"),
                found("The trust serves North and West Northamptonshire."));
        assertEquals(List.of("East=[E10000011]", "West Sussex=[E10000032]"), found("Both East and West Sussex were good."));
        assertEquals(List.of(), found("It covers South and West Yorkshire."), "no council is named Yorkshire");
    }

    @Test
    void aNameBeforeAnotherCouncilsNameIsAListThatLostItsCommas() {
        assertEquals(List.of("Coventry=[E08000026]", "Knowsley=[E08000011]", "Manchester=[E08000003]",
                "Rotherham=[E08000018]"), found("Ratings were poor in Coventry Knowsley; Manchester Rotherham."));
    }

    @Test
    void aNameSharedByTwoRowsHasBothCouncils() {
        assertEquals(List.of("Durham County Council=[E06000047, E10000010]"), found("Durham County Council was rated good."));
    }

    @Test
    void resolveChoosesTheRowInForceOnTheDateOrInTheYear() {
        List<Council> durham = List.of(G.byCode("E10000010").orElseThrow(), G.byCode("E06000047").orElseThrow());
        assertEquals("E10000010", CouncilMatcher.resolve(durham, LocalDate.of(2009, 3, 1), null).code());
        assertEquals("E06000047", CouncilMatcher.resolve(durham, LocalDate.of(2012, 1, 1), null).code());
        assertEquals("E10000010", CouncilMatcher.resolve(durham, null, 2008).code());
        assertEquals("E06000047", CouncilMatcher.resolve(durham, null, 2009).code());
        assertEquals("E06000047", CouncilMatcher.resolve(durham, null, null).code());
        // with no date or year to decide, the row the text already named: an undated "X County Council ... X"
        DocumentState doc = new DocumentState();
        doc.mentioned.put("E10000010", G.byCode("E10000010").orElseThrow());
        assertEquals("E10000010", doc.resolve(durham, null, null).code());
        assertEquals("E06000047", doc.resolve(durham, null, 2012).code());
        assertEquals("E06000047", new DocumentState().resolve(durham, null, null).code());
        List<Council> one = List.of(G.byCode("E06000039").orElseThrow());
        assertEquals("E06000039", CouncilMatcher.resolve(one, LocalDate.of(2001, 1, 1), 2001).code());
    }

    @Test
    void aListOfCouncilsIsCommasThenAndOrOr() {
        assertTrue(list("Slough, Reading and Bracknell Forest were rated good.", 0));
        assertTrue(list("Slough or Reading", 0));
        assertTrue(list("Slough, Reading, and Bracknell Forest", 0));
        assertFalse(list("Slough, Reading were", 0));
        assertFalse(list("Slough said Reading and Bracknell Forest", 0));
        assertFalse(list("Slough", 0));
    }

    private static boolean list(String s, int m) {
        Tokens t = tokens(s);
        return CouncilMatcher.listFrom(t, MATCHER.find(t), m);
    }

    @Test
    void aKeyIsTheLowerCaseWordsOfAName() {
        assertEquals("bournemouth christchurch and poole", CouncilMatcher.key("Bournemouth, Christchurch & Poole"));
        assertEquals("kingston upon hull city of", CouncilMatcher.key("Kingston upon Hull, City of"));
        assertEquals("", CouncilMatcher.key(" - "));
    }
}
