package watch.safeguarding.parser.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import watch.safeguarding.parser.ReportParser;
import watch.safeguarding.parser.ofsted.PdfText;
import watch.safeguarding.parser.ofsted.PdfTextException;

/**
 * Single-threaded benchmark of report PDFs (every readable .pdf in the folder, default {@code ../shared/ofsted}):
 * warms up, then reads each PDF's text with PDFBox and parses it, round after round. Prints pages/s and reports/s on
 * wall clock and per core (thread CPU time), the same for text extraction alone, bytes allocated per report, and the
 * peak heap in use. Pin it to one core and bound the heap to see what it needs:
 *
 * <pre>taskset -c 0 java -Xmx128m -cp report-parser/target/report-parser.jar watch.safeguarding.parser.bench.PdfBenchmark [dir] [seconds]</pre>
 */
public final class PdfBenchmark {

    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private PdfBenchmark() {
    }

    private record Pdf(byte[] bytes, int pages) {
    }

    /** Totals of one timed phase. */
    private record Timed(long reports, long pages, double wallSeconds, double cpuSeconds, long allocated) {
        void print(String what) {
            System.out.printf("%s: %d reports, %d pages in %.2f s wall, %.2f s CPU%n", what, reports, pages,
                    wallSeconds, cpuSeconds);
            System.out.printf("  per core: %.1f pages/s, %.2f reports/s (wall clock: %.1f pages/s, %.2f reports/s)%n",
                    pages / cpuSeconds, reports / cpuSeconds, pages / wallSeconds, reports / wallSeconds);
            System.out.printf("  allocated: %.1f MB per report%n", allocated / 1e6 / reports);
        }
    }

    public static void main(String[] args) throws IOException, PdfTextException {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/ofsted");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<Pdf> pdfs = load(dir);
        if (pdfs.isEmpty()) {
            System.err.println("no readable PDFs in " + dir);
            System.exit(2);
        }
        long bytes = pdfs.stream().mapToLong(p -> p.bytes().length).sum();
        int pages = pdfs.stream().mapToInt(Pdf::pages).sum();
        System.out.printf("source: %s (%d PDFs, %d pages, %.1f MB)%n", dir, pdfs.size(), pages, bytes / 1e6);
        ReportParser parser = ReportParser.withBuiltInGazetteer();
        long sink = 0;
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        // warm up on CPU time, not wall time: on a shared machine the JIT needs real cycles
        long warmEnd = mx.getCurrentThreadCpuTime() + 10_000_000_000L;
        while (mx.getCurrentThreadCpuTime() < warmEnd) {
            for (Pdf p : pdfs) {
                sink += parser.parsePdf(p.bytes()).outcomes().size();
            }
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Timed full = time(mx, pdfs, seconds, p -> parser.parsePdf(p.bytes()).outcomes().size());
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Timed extract = time(mx, pdfs, seconds / 2, p -> PdfText.extract(p.bytes()).text().length());
        full.print("PDF text and parse");
        extract.print("PDF text alone");
        System.out.printf("peak heap in use (all pools, young generation included): %.0f MB of %.0f MB max%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("checksum: " + (sink + full.reports() + extract.reports()));
    }

    private interface Work {
        long run(Pdf pdf) throws PdfTextException;
    }

    private static Timed time(ThreadMXBean mx, List<Pdf> pdfs, double seconds, Work work) throws PdfTextException {
        long tid = Thread.currentThread().getId();
        long alloc0 = mx.getThreadAllocatedBytes(tid);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long reports = 0;
        long pages = 0;
        long now;
        do {
            for (Pdf p : pdfs) {
                work.run(p);
                reports++;
                pages += p.pages();
            }
            now = System.nanoTime();
        } while (now < end);
        return new Timed(reports, pages, (now - start) / 1e9, (mx.getCurrentThreadCpuTime() - cpu0) / 1e9,
                mx.getThreadAllocatedBytes(tid) - alloc0);
    }

    private static List<Pdf> load(Path dir) throws IOException {
        List<Pdf> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                try {
                    out.add(new Pdf(bytes, PdfText.extract(bytes).pages()));
                } catch (PdfTextException e) {
                    System.out.println("skipped " + p.getFileName() + ": " + e.reason());
                }
            }
        }
        return out;
    }
}
