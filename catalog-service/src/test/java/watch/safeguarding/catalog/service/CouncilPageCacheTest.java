package watch.safeguarding.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CouncilPageCacheTest {

    private final CouncilPageCache cache = new CouncilPageCache(new SimpleMeterRegistry());
    private final AtomicInteger renders = new AtomicInteger();

    private Optional<String> page(String code, String revision) {
        return cache.firstPage(code, revision, () -> Optional.of(code + " at " + revision + ", render " + renders.incrementAndGet()));
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
        assertEquals(Optional.empty(), cache.firstPage("E99999999", "0-0", Optional::empty));
        assertEquals("E99999999 at 0-0, render 1", page("E99999999", "0-0").orElseThrow());
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
