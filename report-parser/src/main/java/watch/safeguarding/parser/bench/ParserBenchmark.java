package watch.safeguarding.parser.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import watch.safeguarding.parser.Council;
import watch.safeguarding.parser.Gazetteer;
import watch.safeguarding.parser.ParsedReport;
import watch.safeguarding.parser.ReportParser;

/**
 * Single-threaded throughput benchmark: warms up until the JIT has settled, then times repeated parses of the
 * corpus texts (every .txt under the given directory, default {@code ../shared/corpus}) or of synthetic text when
 * there is no corpus, for about the given seconds of CPU time in 5-second windows. Prints the median MB/s per core,
 * articles/s and bytes allocated per article.
 *
 * <pre>java -cp report-parser/target/report-parser.jar watch.safeguarding.parser.bench.ParserBenchmark [corpusDir] [seconds]</pre>
 */
public final class ParserBenchmark {

    private ParserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<String> texts = load(dir);
        String source = "corpus " + dir;
        if (texts.isEmpty()) {
            texts = synthetic();
            source = "synthetic text";
        }
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        ReportParser parser = ReportParser.withBuiltInGazetteer();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Window warm;
        // C2 needs some 15-20 s of one core's time on this code before it runs at its steady pace: warm up until two
        // windows in a row agree within 5% (at most a minute), then time windows and report their median
        double previous = 0;
        int warmWindows = 0;
        do {
            warm = window(parser, texts, bytes, mx, tid, WINDOW_CPU_NANOS);
            warmWindows++;
            if (Math.abs(warm.mbPerCpuSecond() - previous) <= 0.05 * previous && warmWindows >= 3) {
                break;
            }
            previous = warm.mbPerCpuSecond();
        } while (warmWindows < 12);
        List<Window> windows = new ArrayList<>();
        long measured = (long) (seconds * 1e9);
        for (long spent = 0; spent < measured; spent += WINDOW_CPU_NANOS) {
            windows.add(window(parser, texts, bytes, mx, tid, WINDOW_CPU_NANOS));
        }
        long articles = windows.stream().mapToLong(Window::articles).sum();
        double wall = windows.stream().mapToDouble(Window::wallSeconds).sum();
        double cpu = windows.stream().mapToDouble(Window::cpuSeconds).sum();
        long alloc = windows.stream().mapToLong(Window::allocated).sum();
        double[] perCore = windows.stream().mapToDouble(Window::mbPerCpuSecond).sorted().toArray();
        System.out.printf("source: %s (%d texts, %d bytes)%n", source, texts.size(), bytes);
        System.out.printf("warm-up: %d windows of %d s CPU; measured: %d windows, %d articles%n", warmWindows,
                WINDOW_CPU_NANOS / 1_000_000_000L, windows.size(), articles);
        System.out.printf("throughput (wall clock): %.2f MB/s, %.0f articles/s%n",
                articles / (double) texts.size() * bytes / wall / 1e6, articles / wall);
        System.out.printf("throughput per core (thread CPU time %.2f s): median %.2f MB/s (windows %.2f-%.2f), %.0f"
                + " articles/s%n", cpu, perCore[perCore.length / 2], perCore[0], perCore[perCore.length - 1],
                articles / cpu);
        System.out.printf("allocated: %.0f bytes/article (%.1f bytes per input byte)%n", (double) alloc / articles,
                alloc / (articles / (double) texts.size() * bytes));
        System.out.println("checksum: " + windows.stream().mapToLong(Window::checksum).sum());
    }

    private static final long WINDOW_CPU_NANOS = 5_000_000_000L;

    private record Window(long articles, double wallSeconds, double cpuSeconds, long allocated, double mbPerCpuSecond,
            long checksum) {
    }

    /** Whole rounds over the texts until {@code cpuNanos} of this thread's CPU time are spent. */
    private static Window window(ReportParser parser, List<String> texts, long bytes,
            com.sun.management.ThreadMXBean mx, long tid, long cpuNanos) {
        long alloc0 = mx.getThreadAllocatedBytes(tid);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long rounds = 0;
        long sink = 0;
        do {
            for (String t : texts) {
                ParsedReport r = parser.parse(t);
                sink += r.outcomes().size();
            }
            rounds++;
        } while (mx.getCurrentThreadCpuTime() - cpu0 < cpuNanos);
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        return new Window(rounds * texts.size(), wall, cpu, mx.getThreadAllocatedBytes(tid) - alloc0,
                rounds * bytes / cpu / 1e6, sink);
    }

    private static List<String> load(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Articles about councils of the built-in gazetteer, when there is no corpus to read. */
    private static List<String> synthetic() {
        List<String> out = new ArrayList<>();
        List<Council> councils = Gazetteer.builtIn().councils();
        for (int i = 0; i < 30; i++) {
            String para = "Children's services in " + councils.get(i * 5 % councils.size()).name() + " have been rated "
                    + "inadequate by Ofsted, with inspectors saying the council had failed to protect children. The last "
                    + "inspection in 2015 judged services as good. The council said it accepted the findings and would act "
                    + "quickly.\n\n";
            out.add(para.repeat(5 + i % 5));
        }
        return out;
    }
}
