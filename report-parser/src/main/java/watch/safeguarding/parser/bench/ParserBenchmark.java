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
 * Single-threaded throughput benchmark: warms up, then times repeated parses of the corpus texts (every .txt
 * under the given directory, default {@code ../shared/corpus}) or of synthetic text when there is no corpus.
 * Prints MB/s, articles/s and bytes allocated per article.
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
        long sink = 0;
        // warm up on CPU time, not wall time: on a shared machine the JIT needs real cycles
        java.lang.management.ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long warmCpuEnd = tmx.getCurrentThreadCpuTime() + 3_000_000_000L;
        long warmWallEnd = System.nanoTime() + 30_000_000_000L;
        while (tmx.getCurrentThreadCpuTime() < warmCpuEnd && System.nanoTime() < warmWallEnd) {
            for (String t : texts) {
                sink += parser.parse(t).outcomes().size();
            }
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long alloc0 = mx.getThreadAllocatedBytes(tid);
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long rounds = 0;
        long now;
        do {
            for (String t : texts) {
                ParsedReport r = parser.parse(t);
                sink += r.outcomes().size();
            }
            rounds++;
            now = System.nanoTime();
        } while (now < end);
        long alloc = mx.getThreadAllocatedBytes(tid) - alloc0;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double secs = (now - start) / 1e9;
        long articles = rounds * texts.size();
        System.out.printf("source: %s (%d texts, %d bytes)%n", source, texts.size(), bytes);
        System.out.printf("threads: 1, rounds: %d, articles: %d, seconds: %.2f%n", rounds, articles, secs);
        System.out.printf("throughput (wall clock): %.2f MB/s, %.0f articles/s%n", rounds * bytes / secs / 1e6,
                articles / secs);
        System.out.printf("throughput per core (thread CPU time %.2f s): %.2f MB/s, %.0f articles/s%n", cpuSecs,
                rounds * bytes / cpuSecs / 1e6, articles / cpuSecs);
        System.out.printf("allocated: %.0f bytes/article (%.1f bytes per input byte)%n", (double) alloc / articles,
                (double) alloc / (rounds * bytes));
        System.out.println("checksum: " + sink);
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
