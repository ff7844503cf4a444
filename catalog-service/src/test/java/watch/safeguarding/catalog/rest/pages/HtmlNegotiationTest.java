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
