package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String STORY = "Slough Borough Council's children's services have been rated good by Ofsted, "
            + "inspectors said in a report published on Tuesday after a three-week visit to the borough last month, "
            + "and the council said it welcomed the findings.";

    @Test
    void theMetadataGiveTheAddressTitleAndPublicationDate() {
        HtmlText.Page p = HtmlText.extract("<html><head><title>Site title</title>"
                + "<meta property=\"og:url\" content=\" https://news.example/slough \">"
                + "<meta property=\"og:title\" content=\"Slough rated good\">"
                + "<meta property=\"article:published_time\" content=\"2023-05-03T09:00:00Z\">"
                + "</head><body><p>Text.</p></body></html>");
        assertEquals("https://news.example/slough", p.url());
        assertEquals("Slough rated good", p.title());
        assertEquals(LocalDate.of(2023, 5, 3), p.publishedDate());
    }

    @Test
    void withoutOpenGraphTheCanonicalLinkPageTitleAndTimeElementServe() {
        HtmlText.Page p = HtmlText.extract("<html><head><title> Birmingham inadequate </title>"
                + "<link rel=\"canonical\" href=\"https://news.example/b\"></head>"
                + "<body><time datetime=\"2019-03-12\">12 March</time><p>Text.</p></body></html>");
        assertEquals("https://news.example/b", p.url());
        assertEquals("Birmingham inadequate", p.title());
        assertEquals(LocalDate.of(2019, 3, 12), p.publishedDate());
    }

    @Test
    void aPageWithoutMetadataHasNone() {
        HtmlText.Page p = HtmlText.extract("<p>Only text.</p>");
        assertNull(p.url());
        assertNull(p.title());
        assertNull(p.publishedDate());
        assertEquals("Only text.", p.text());
    }

    @Test
    void scriptsNavigationAndFooterAreNotText() {
        HtmlText.Page p = HtmlText.extract("<body><nav>Home News</nav><script>var x = 1;</script>"
                + "<p>Slough was rated good.</p><footer>Contact us</footer><!-- a comment --></body>");
        assertEquals("Slough was rated good.", p.text());
    }

    @Test
    void furnitureByClassRoleOrHiddenStyleIsDropped() {
        HtmlText.Page p = HtmlText.extract("<body><div class=\"cookie-banner\">We use cookies</div>"
                + "<div role=\"complementary\">Most read</div><div style=\"display: none\">Hidden</div>"
                + "<div aria-hidden=\"true\">Also hidden</div><div class=\"story-body\">Slough was rated good.</div></body>");
        assertEquals("Slough was rated good.", p.text());
    }

    @Test
    void blocksAreLinesAndWhiteSpaceInsideThemCollapses() {
        HtmlText.Page p = HtmlText.extract("<body><h1>Slough   rated\n good</h1><p>First&nbsp; paragraph.</p>"
                + "<ul><li>leadership</li><li>care leavers</li></ul></body>");
        assertEquals("Slough rated good\nFirst paragraph.\nleadership\ncare leavers", p.text());
    }

    @Test
    void aLongEnoughArticleIsReadWithoutTheRestOfThePage() {
        HtmlText.Page p = HtmlText.extract("<body><div>Sidebar text</div><article><p>" + STORY + "</p></article></body>");
        assertEquals(STORY, p.text());
        HtmlText.Page shortArticle = HtmlText.extract("<body><div>Intro</div><article><p>Short.</p></article></body>");
        assertEquals("Intro\nShort.", shortArticle.text());
    }

    @Test
    void anArticleWhoseClassNamesFurnitureIsStillTheStory() {
        HtmlText.Page p = HtmlText.extract("<body><article class=\"has-comments\"><p>" + STORY + "</p></article></body>");
        assertEquals(STORY, p.text());
    }
}
