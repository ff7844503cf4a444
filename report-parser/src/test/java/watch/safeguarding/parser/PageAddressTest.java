package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageAddressTest {

    @Test
    void theLastSegmentsWordsAreTheAddresssHeadline() {
        assertEquals(List.of("newham", "downgraded", "to", "inadequate"),
                PageAddress.lastSegmentWords("https://www.example.org/news/newham-downgraded-to-inadequate/?utm=x#top"));
        assertEquals(List.of(), PageAddress.lastSegmentWords(null));
        assertTrue(PageAddress.readsAsHeadline("https://www.example.org/news/newham-downgraded-to-inadequate"));
        assertFalse(PageAddress.readsAsHeadline("https://feeds.bbci.co.uk/news/uk-england-stoke-staffordshire-48266553"));
    }

    @Test
    void anAddressCanNameChildrensServices() {
        assertTrue(PageAddress.namesChildrensServices("https://x.org/middlesbrough-childrens-services-rated-inadequate"));
        assertTrue(PageAddress.namesChildrensServices("https://x.org/council-children-s-social-care-good"));
        assertFalse(PageAddress.namesChildrensServices("https://x.org/school-rated-good"));
    }
}
