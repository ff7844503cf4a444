package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.builtIn();

    private static String codeOf(String url) {
        return G.byUrl(url).map(Council::code).orElse(null);
    }

    @Test
    void aCodeFindsItsCouncil() {
        assertEquals("Slough", G.byCode("E06000039").orElseThrow().name());
        assertEquals("North Northamptonshire Council", G.byCode("E06000061").orElseThrow().officialName());
        assertEquals(Optional.empty(), G.byCode("E99999999"));
        assertEquals(Optional.empty(), G.byCode(null));
    }

    @Test
    void aTextThatNamesANewCouncilByItsOwnNameWasWrittenSinceItBegan() {
        assertEquals(LocalDate.of(2021, 4, 1),
                G.latestStartNamedIn("the trust serves north northamptonshire council and west northants."));
        assertEquals(LocalDate.of(2023, 4, 1),
                G.latestStartNamedIn("cumberland council, formerly part of cumbria; north northamptonshire council"));
        assertNull(G.latestStartNamedIn("north somerset council was rated good"), "not Somerset Council's name");
        assertNull(G.latestStartNamedIn("durham county council was rated good"), "the old county's name too");
        assertNull(G.latestStartNamedIn("east cumberland councillors met"), "whole words only");
    }

    @Test
    void aPageAddressNamesTheCouncilsItsLastSegmentSpells() {
        assertEquals(List.of("E06000037"), G.namedInAddress("https://example.org/news/west-berkshire-rated-good/").stream()
                .map(Council::code).toList());
        assertEquals(List.of("E09000025", "E08000025"),
                G.namedInAddress("https://example.org/2019/newham-joins-birmingham-as-inadequate?x=1").stream()
                        .map(Council::code).toList());
        assertEquals(List.of(), G.namedInAddress("https://kent.example.org/news/rated-good"), "not the host");
        assertEquals(List.of(), G.namedInAddress(null));
    }

    @Test
    void theBuiltInRowsCarryAliasesDatesAndSuccessors() {
        Council cumbria = G.byCode("E10000006").orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 31), cumbria.validTo());
        assertEquals(List.of("E06000063", "E06000064"), cumbria.successors());
        assertTrue(G.byCode("E06000058").orElseThrow().aliases().contains("BCP Council"));
        assertTrue(G.councils().size() > 150);
    }

    @Test
    void aCouncilsOwnDomainOrAnySubdomainFindsIt() {
        assertEquals("E06000061", codeOf("https://www.northnorthants.gov.uk/news/ofsted"));
        assertEquals("E06000061", codeOf("northnorthants.gov.uk"));
        assertEquals("E08000008", codeOf("HTTPS://Democracy.Tameside.gov.uk:443/x"));
    }

    @Test
    void aCommitteePortalHostedElsewhereFindsItsCouncilByLabel() {
        assertEquals("E08000008", codeOf("https://tameside.moderngov.co.uk/documents/s1.pdf"));
        assertEquals(null, codeOf("https://nowhere.moderngov.co.uk/documents/s1.pdf"));
    }

    @Test
    void aGovUkHostNamedAfterTheCouncilFindsItWhenNoDomainIsListed() {
        assertEquals("E06000039", codeOf("https://www.slough.gov.uk/news"));
        assertEquals("E06000061", codeOf("https://northnorthamptonshire.gov.uk/"));
    }

    @Test
    void otherSitesFindNoCouncil() {
        assertEquals(null, codeOf("https://www.bbc.co.uk/news/uk-england-berkshire"));
        assertEquals(null, codeOf("https://www.slough.co.uk/"));
        assertEquals(null, codeOf("https://www.gov.uk/"));
        assertEquals(Optional.empty(), G.byUrl(null));
    }

    @Test
    void theCsvReaderUnquotesFieldsAndSplitsListsOnBars() throws IOException {
        Gazetteer g = Gazetteer.fromCsv(new StringReader(
                "gss_code,name,official_name,la_type,valid_from,valid_to,successors,aliases,web_domain\r\n"
                        + "E1,\"Alpha, City of\",Alpha Council,unitary,2009-04-01,,,\"Alpha|\"\"A\"\" Council| \",Alpha.GOV.uk\n"
                        + "\n"
                        + "E2,Beta,,county,,2019-03-31,E1,,"));
        Council a = g.byCode("E1").orElseThrow();
        assertEquals("Alpha, City of", a.name());
        assertEquals(List.of("Alpha", "\"A\" Council"), a.aliases());
        assertEquals(LocalDate.of(2009, 4, 1), a.validFrom());
        assertNull(a.ofstedUrn());
        assertEquals(List.of("E1"), g.byCode("E2").orElseThrow().successors());
        assertEquals("E1", g.byUrl("https://www.alpha.gov.uk/").orElseThrow().code());
        assertEquals(2, g.councils().size());
    }

    @Test
    void aCouncilIsInForceFromItsFirstToItsLastDay() {
        Council bcp = G.byCode("E06000058").orElseThrow();
        assertFalse(bcp.validOn(LocalDate.of(2019, 3, 31)));
        assertTrue(bcp.validOn(LocalDate.of(2019, 4, 1)));
        assertTrue(bcp.validOn(null));
        assertTrue(bcp.validInYear(2019));
        assertFalse(bcp.validInYear(2018));
        Council poole = G.byCode("E06000029").orElseThrow();
        assertTrue(poole.validOn(LocalDate.of(2019, 3, 31)));
        assertFalse(poole.validInYear(2020));
        assertFalse(poole.current());
    }
}
