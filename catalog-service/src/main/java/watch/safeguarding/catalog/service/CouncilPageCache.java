package watch.safeguarding.catalog.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The first page of every council, rendered once per change. At a million reports a council's page costs some 20 ms of
 * CPU to build, and its first page is the one the map, every alert email and search engines open. An entry is kept
 * under the council's revision ({@link ReaderPages#councilRevision}), which the caller reads before rendering: a write
 * that lands while a page renders leaves it under the older revision, so the next request renders again. Pages are
 * kept gzipped, a tenth of their size, and go out so to every client that accepts it.
 */
@ApplicationScoped
public class CouncilPageCache {

    /** Every council since 2009 (about 180), with room. */
    static final int MAX_ENTRIES = 256;

    /** A page as gzip; {@link #html()} inflates it for a client that does not take gzip. */
    public record Page(byte[] gzip) {
        public byte[] html() {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Page of(String html) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(html.length() / 8);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(html.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Page(out.toByteArray());
        }
    }

    private record Entry(String revision, Page page) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Counter hits;
    private final Counter misses;

    public CouncilPageCache(MeterRegistry metrics) {
        hits = metrics.counter("catalog.council_page.cache", "result", "hit");
        misses = metrics.counter("catalog.council_page.cache", "result", "miss");
    }

    /** The council's first page at this revision: the kept copy, or {@code render}'s, kept if there is a page. */
    public Optional<Page> firstPage(String code, String revision, Supplier<Optional<String>> render) {
        Entry kept;
        synchronized (entries) {
            kept = entries.get(code);
        }
        if (kept != null && kept.revision().equals(revision)) {
            hits.increment();
            return Optional.of(kept.page());
        }
        misses.increment();
        Optional<Page> page = render.get().map(Page::of);
        page.ifPresent(rendered -> {
            synchronized (entries) {
                entries.put(code, new Entry(revision, rendered));
            }
        });
        return page;
    }
}
