package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ofsted's own report as the official record, through the running services: an inspection report PDF made here with
 * PDFBox is posted to ingest, and the catalog holds its judgements as official, with the inspection's dates.
 */
class OfstedReportSystemTest {

    private static TheSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = new TheSystem(1);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** An ILACS report's front page as Ofsted lays it out: the title, the dates, the judgement table. */
    private static byte[] reportPdf() throws IOException {
        String[] lines = {
            "Inspection of Wigan local authority",
            "children\u2019s services",
            "Inspection dates: 12 to 23 January 2026",
            "Lead inspector: " + UUID.randomUUID() + ", His Majesty\u2019s Inspector",
            "Judgement Grade",
            "The impact of leaders on social work",
            "practice with children and families",
            "Inadequate",
            "The experiences and progress of",
            "children who need help and protection",
            "Inadequate",
            "The experiences and progress of",
            "children in care",
            "Requires improvement to be good",
            "The experiences and progress of care",
            "leavers",
            "Good",
            "Overall effectiveness Inadequate",
        };
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aReportPdfEndsAsOfficialJudgementsWithItsInspectionDates() throws Exception {
        HttpResponse<String> accepted = TheSystem.HTTP.send(HttpRequest.newBuilder(URI.create(system.ingest.url("/reports")))
                .header("Content-Type", "application/pdf").header("X-API-Key", TheSystem.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(reportPdf())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode body = TheSystem.JSON.readTree(accepted.body());
        assertEquals("ofsted_report", body.path("kind").asText(), body.toString());
        String reportId = body.path("reportId").asText();

        await().atMost(Duration.ofSeconds(60)).until(() -> TheSystem.get(system.catalog.url("/reports/" + reportId)).statusCode() == 200);
        JsonNode council = await().atMost(Duration.ofSeconds(30)).until(
                () -> TheSystem.JSON.readTree(TheSystem.get(system.catalog.url("/councils/E08000010")).body()),
                c -> c.path("currentGrades").findValues("inspectionStart").stream()
                        .anyMatch(d -> d.asText().equals("2026-01-12")));
        int official = 0;
        for (JsonNode grade : council.path("currentGrades")) {
            if ("2026-01-12".equals(grade.path("inspectionStart").asText())) {
                assertTrue(grade.path("official").asBoolean(), grade.toString());
                assertEquals("2026-01-23", grade.path("inspectionEnd").asText(), grade.toString());
                official++;
            }
        }
        assertEquals(5, official, "every judgement of the table is a current official grade: " + council);
    }
}
