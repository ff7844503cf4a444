package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.parser.ofsted.PdfTextException;
import watch.safeguarding.parser.ofsted.TestPdfs;

/** {@link ReportParser} sends Ofsted's reports, as PDF or as text, to their own stage and news to the extractor. */
class OfstedDispatchTest {

    private static final ReportParser PARSER = ReportParser.withBuiltInGazetteer();

    static final String[] REPORT = {
        "Inspection of Wigan local authority",
        "children\u2019s services",
        "Inspection dates: 13 to 24 January 2025",
        "Lead inspector: A Inspector, His Majesty\u2019s Inspector",
        "Judgement Grade",
        "The impact of leaders on social work",
        "practice with children and families",
        "Inadequate",
        "The experiences and progress of",
        "children who need help and protection",
        "Inadequate",
        "The experiences and progress of",
        "children in care",
        "Good",
        "The experiences and progress of care",
        "leavers",
        "Good",
        "Overall effectiveness Inadequate",
        "Leaders have not understood the weaknesses found in 2021, when services were judged to be good.",
    };

    @Test
    void aReportPdfIsReadByItsOwnStage() throws Exception {
        ParsedReport r = PARSER.parsePdf(TestPdfs.of(REPORT));
        assertEquals(ReportParsed.KIND_OFSTED_REPORT, r.kind());
        assertEquals("ilacs", r.inspection().framework());
        assertEquals(5, r.outcomes().size());
        assertEquals(3, r.outcomes().stream().filter(o -> o.rating().equals("inadequate")).count());
        assertEquals(0, r.outcomes().stream().filter(o -> !o.status().equals("new")).count());
    }

    @Test
    void theSameReportPostedAsTextIsReadTheSameWay() throws Exception {
        ParsedReport text = PARSER.parse(String.join("\n", REPORT));
        ParsedReport pdf = PARSER.parsePdf(TestPdfs.of(REPORT));
        assertEquals(pdf.outcomes(), text.outcomes());
        assertEquals(pdf.inspection(), text.inspection());
    }

    @Test
    void newsStaysWithTheNewsExtractor() throws Exception {
        String news = "Wigan Council's children's services have been rated inadequate by Ofsted, in a report published "
                + "on 3 March 2025.";
        ParsedReport r = PARSER.parse(news);
        assertEquals(ReportParsed.KIND_NEWS, r.kind());
        assertNull(r.inspection());
        assertEquals(ReportParsed.KIND_NEWS, PARSER.parsePdf(TestPdfs.of(news)).kind());
    }

    @Test
    void aBodyThatIsNotAPdfIsRejected() {
        assertEquals(PdfTextException.Reason.NOT_PDF, assertThrows(PdfTextException.class,
                () -> PARSER.parsePdf("<html><body>Report not found</body></html>".getBytes(StandardCharsets.UTF_8)))
                .reason());
    }
}
