package watch.safeguarding.catalog.rest.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlNegotiationTest {

    @Test
    void browsersGetPagesAndApiClientsKeepJson() {
        assertTrue(HtmlNegotiation.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), "Chromium");
        assertTrue(HtmlNegotiation.prefersHtml("text/html"));
        assertFalse(HtmlNegotiation.prefersHtml("*/*"), "curl");
        assertFalse(HtmlNegotiation.prefersHtml(null), "no Accept");
        assertFalse(HtmlNegotiation.prefersHtml("application/json"));
        assertFalse(HtmlNegotiation.prefersHtml("text/csv"));
        assertFalse(HtmlNegotiation.prefersHtml("application/json, text/html;q=0.5"), "JSON preferred");
        assertFalse(HtmlNegotiation.prefersHtml("text/html;q=0"), "HTML refused");
    }

    @Test
    void gzipIsSentOnlyToClientsThatTakeIt() {
        assertTrue(HtmlNegotiation.takesGzip("gzip, deflate, br, zstd"), "Chromium");
        assertTrue(HtmlNegotiation.takesGzip("deflate, GZIP;q=0.5"));
        assertTrue(HtmlNegotiation.takesGzip("*"));
        assertFalse(HtmlNegotiation.takesGzip(null), "Java's HttpClient, curl without --compressed");
        assertFalse(HtmlNegotiation.takesGzip("identity"));
        assertFalse(HtmlNegotiation.takesGzip("br"));
        assertFalse(HtmlNegotiation.takesGzip("gzip;q=0, br"), "gzip refused");
        assertFalse(HtmlNegotiation.takesGzip("x-gzip"));
    }

    @Test
    void onlyTheApiPathsWithAPageAreRouted() {
        assertTrue(HtmlNegotiation.hasPage("/councils/E06000005"));
        assertTrue(HtmlNegotiation.hasPage("/councils"));
        assertTrue(HtmlNegotiation.hasPage("/judgements"));
        assertTrue(HtmlNegotiation.hasPage("/reports/abc"));
        assertFalse(HtmlNegotiation.hasPage("/councils/E06000005/judgements"));
        assertFalse(HtmlNegotiation.hasPage("/stats"));
        assertFalse(HtmlNegotiation.hasPage("/q/health"));
    }
}
