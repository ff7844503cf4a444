package watch.safeguarding.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CouncilPageCacheTest {

    private final CouncilPageCache cache = new CouncilPageCache(new SimpleMeterRegistry());
    private final AtomicInteger renders = new AtomicInteger();

    private Optional<String> page(String code, String revision) {
        return cache.firstPage(code, revision, () -> Optional.of(code + " at " + revision + ", render " + renders.incrementAndGet()))
                .map(page -> new String(page.html(), StandardCharsets.UTF_8));
    }

    @Test
    void aPageIsRenderedOncePerRevision() {
        assertEquals("E06000001 at 3-7, render 1", page("E06000001", "3-7").orElseThrow());
        assertEquals("E06000001 at 3-7, render 1", page("E06000001", "3-7").orElseThrow(), "kept");
        assertEquals("E06000001 at 3-9, render 2", page("E06000001", "3-9").orElseThrow(), "a write since: rendered again");
        assertEquals("E06000002 at 3-9, render 3", page("E06000002", "3-9").orElseThrow(), "each council its own");
    }

    @Test
    void noPageIsNotKept() {
        assertTrue(cache.firstPage("E99999999", "0-0", Optional::empty).isEmpty());
        assertEquals("E99999999 at 0-0, render 1", page("E99999999", "0-0").orElseThrow());
    }

    @Test
    void aPageIsKeptGzippedAndInflatesToWhatWasRendered() throws Exception {
        String html = "<p>Map › North East – " + "judged inadequate. ".repeat(2000) + "</p>";
        CouncilPageCache.Page kept = cache.firstPage("E06000001", "1-1", () -> Optional.of(html)).orElseThrow();
        assertEquals(html, new String(new GZIPInputStream(new ByteArrayInputStream(kept.gzip())).readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(html, new String(kept.html(), StandardCharsets.UTF_8));
        assertTrue(kept.gzip().length < html.length() / 10, "a repetitive page compresses well: " + kept.gzip().length);
    }

    @Test
    void theLeastRecentlyOpenedPagesGoFirstBeyondTheBound() {
        for (int i = 0; i <= CouncilPageCache.MAX_ENTRIES; i++) {
            page("council " + i, "1-1");
            page("council 0", "1-1");
        }
        int rendered = renders.get();
        page("council 0", "1-1");
        assertEquals(rendered, renders.get(), "the one opened most recently is kept");
        page("council 1", "1-1");
        assertEquals(rendered + 1, renders.get(), "the oldest beyond the bound was dropped");
    }
}
