package watch.safeguarding.parser.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.parser.Gazetteer;
import watch.safeguarding.parser.ParsedReport;

class OfstedReportReaderTest {

    private static final OfstedReportReader READER = new OfstedReportReader(Gazetteer.builtIn());

    static final String ILACS_2024 = """
            Inspection of Rutland County Council
            local authority children\u2019s services
            Inspection dates: 26 February to 8 March 2024
            Lead inspector: A Inspector, His Majesty\u2019s Inspector
            Judgement Grade
            The impact of leaders on social work
            practice with children and families
            Good
            The experiences and progress of
            children who need help and protection
            Good
            The experiences and progress of
            children in care
            Requires improvement to be good
            The experiences and progress of care
            leavers
            Inadequate
            Overall effectiveness Requires improvement to be good
            Since the last inspection in 2019, when services were judged to be outstanding, practice has declined.
            """;

    static final String SIF_2016 = """
            1
            Hertfordshire County Council
            Inspection of services for children in need of help and
            protection, children looked after and care leavers
            and
            Review of the effectiveness of the Local Safeguarding Children
            Board1
            Inspection date: 9 November 2016 to 3 December 2016
            Report published: 30 January 2017
            Children\u2019s services in Hertfordshire are good
            1. Children who need help and protection Good
            2. Children looked after and achieving
            permanence
            Good
            2.1 Adoption performance Outstanding
            2.2 Experiences and progress of care leavers Requires improvement
            3. Leadership, management and governance Good
            The effectiveness of the Local Safeguarding Children Board (LSCB) is inadequate
            """;

    private static List<String> tuples(ParsedReport r) {
        return r.outcomes().stream().map(o -> o.councilCode() + " " + o.area() + " " + o.rating() + " " + o.year())
                .toList();
    }

    @Test
    void anIlacsReportGivesEveryRowOfItsTableAsNew() {
        assertTrue(READER.recognises(ILACS_2024));
        ParsedReport r = READER.read(ILACS_2024);
        assertEquals(ReportParsed.KIND_OFSTED_REPORT, r.kind());
        assertEquals(new Inspection("ilacs", LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 8), null),
                r.inspection());
        assertEquals(List.of("E06000017 leadership good 2024", "E06000017 help_and_protection good 2024",
                "E06000017 children_in_care requires_improvement 2024", "E06000017 care_leavers inadequate 2024",
                "E06000017 overall requires_improvement 2024"), tuples(r));
        for (Outcome o : r.outcomes()) {
            assertEquals(Outcome.STATUS_NEW, o.status());
            assertEquals(1.0, o.confidence());
            assertTrue(o.evidence().contains(o.rating().equals("good") ? "Good" : o.rating().equals("inadequate")
                    ? "Inadequate" : "Requires improvement"), o.evidence());
        }
        assertEquals("E06000017", r.councilsMentioned().get(0).code());
    }

    @Test
    void aSifReportTakesItsOverallSentenceAndItsPublicationYear() {
        ParsedReport r = READER.read(SIF_2016);
        assertEquals(new Inspection("sif", LocalDate.of(2016, 11, 9), LocalDate.of(2016, 12, 3),
                LocalDate.of(2017, 1, 30)), r.inspection());
        assertEquals(List.of("E10000015 overall good 2017", "E10000015 help_and_protection good 2017",
                "E10000015 children_in_care good 2017", "E10000015 adoption outstanding 2017",
                "E10000015 care_leavers requires_improvement 2017", "E10000015 leadership good 2017"), tuples(r));
        assertEquals(LocalDate.of(2017, 1, 30), r.publishedDate());
    }

    @Test
    void withoutAPublicationDateTheYearIsThatOfTheWeeksAfterTheFieldwork() {
        ParsedReport r = READER.read(SIF_2016.replace("Report published: 30 January 2017\n", ""));
        assertNull(r.inspection().published());
        assertEquals(2017, r.outcomes().get(0).year());
        ParsedReport early = READER.read(ILACS_2024);
        assertEquals(2024, early.outcomes().get(0).year());
    }

    @Test
    void theDayThePdfWasMadeDatesAReportThatPrintsNone() {
        String november = ILACS_2024.replace("26 February to 8 March 2024", "6 to 10 November 2023");
        assertEquals(2023, READER.read(november).outcomes().get(0).year(), "seven weeks after the fieldwork");
        assertEquals(2024, READER.read(november, LocalDate.of(2024, 1, 11)).outcomes().get(0).year());
        assertEquals(2023, READER.read(november, LocalDate.of(2026, 3, 1)).outcomes().get(0).year(),
                "a PDF made years later is a re-issue");
        assertEquals(2017, READER.read(SIF_2016, LocalDate.of(2018, 2, 1)).outcomes().get(0).year(),
                "a printed publication date wins");
    }

    @Test
    void theLookedAfterChildrenInspectionOf2013() {
        String text = """
                Inspection of looked after children
                services
                Suffolk County Council
                Inspection dates: 3 \u2013 7 June 2013
                Reporting inspector A Inspector HMI
                Age group: All
                Published: 12 July 2013
                Contents
                Overall effectiveness of services for looked after children and young people 4
                Overall effectiveness of services for looked
                after children and young people
                Grade 3 (adequate)
                Record of main findings
                Overall effectiveness Adequate
                """;
        ParsedReport r = READER.read(text);
        assertEquals("lac", r.inspection().framework());
        assertEquals(List.of("E10000029 children_in_care adequate 2013"), tuples(r));
    }

    @Test
    void visitLettersAreRecognisedAndGradeNothing() {
        String letter = """
                Ofsted
                Piccadilly Gate
                Store Street
                Manchester M1 2WD
                12 April 2021
                A Director
                Director of Children's Services
                Dear Director
                Focused visit to Wigan children's services
                This letter summarises the findings of the focused visit to Wigan children's services on 2 and
                3 March 2021. The visit found that children in need of help and protection are inadequately served.
                """;
        assertTrue(READER.recognises(letter));
        ParsedReport r = READER.read(letter);
        assertEquals(ReportParsed.KIND_OFSTED_REPORT, r.kind());
        assertEquals(new Inspection("focused_visit", LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 3), null),
                r.inspection());
        assertEquals(List.of(), r.outcomes());
        String monitoring = letter.replace("Focused visit", "Monitoring visit").replace("focused visit",
                "monitoring visit").replace("Dear Director\n", "");
        assertEquals("monitoring_visit", READER.read(monitoring).inspection().framework());
    }

    @Test
    void newsAboutAReportIsNotOne() {
        String news = """
                Rutland County Council's children's services rated requires improvement
                Ofsted's inspection of Rutland local authority children's services, carried out from 26 February to
                8 March, found that the experiences and progress of care leavers were inadequate.
                """;
        assertFalse(READER.recognises(news));
        assertNull(READER.read(news));
        assertFalse(READER.recognises("A monitoring visit to Wigan children's services found progress."));
        assertFalse(READER.recognises("""
                Ofsted warns council over risk to children
                Inspectors find deteriorating practice during a focused visit to Wigan children's services
                Inspectors conducting a focused visit to the local authority's children's services in November
                found that since a full inspection in 2019, which rated services 'requires improvement', practice had
                deteriorated, Ofsted said.
                """));
    }

    @Test
    void aUrlLineIsMetadata() {
        ParsedReport r = READER.read("URL: https://reports.ofsted.gov.uk/provider/44/80000\n\n" + ILACS_2024);
        assertEquals("https://reports.ofsted.gov.uk/provider/44/80000", r.url());
        assertFalse(r.text().startsWith("URL:"));
        assertEquals(5, r.outcomes().size());
    }
}
