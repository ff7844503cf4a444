import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark's HTTP load, run as a single-file program ({@code java LoadGen.java ...}, JDK only).
 *
 * <pre>
 * java LoadGen.java rate   URL BODIES_LIST SECONDS RATE        open loop: request i is due at start + i/RATE
 * java LoadGen.java closed URL BODIES_LIST SECONDS CONCURRENCY closed loop: CONCURRENCY requests always in flight
 * </pre>
 *
 * Bodies are the files listed in BODIES_LIST, posted in turn as text/plain with a per-request suffix so that every
 * report is new. In the open loop, latency counts from when a request was due, not when it went out, so a stalled
 * server is charged for the requests it held up (no coordinated omission). Prints one line of key=value figures.
 */
public class LoadGen {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI url = URI.create(args[1]);
        List<byte[]> bodies = new ArrayList<>();
        for (String file : Files.readAllLines(Path.of(args[2]))) {
            if (!file.isBlank()) {
                bodies.add(Files.readAllBytes(Path.of(file.trim())));
            }
        }
        Duration duration = Duration.ofSeconds(Long.parseLong(args[3]));
        int param = Integer.parseInt(args[4]);
        String apiKey = System.getenv().getOrDefault("API_KEY", "dev-key");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();

        long[] latencies = new long[(int) Math.min(50_000_000L, Math.max(1000, (long) param * duration.toSeconds() * 4 + 100_000))];
        AtomicLong done = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();

        if (mode.equals("rate")) {
            long period = 1_000_000_000L / param;
            List<CompletableFuture<?>> inFlight = new ArrayList<>();
            for (long i = 0;; i++) {
                long due = start + i * period;
                if (due >= end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                inFlight.add(send(http, url, apiKey, bodies, sequence, due, latencies, done, statuses));
                inFlight.removeIf(CompletableFuture::isDone);
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get();
        } else {
            Semaphore slots = new Semaphore(param);
            while (System.nanoTime() < end) {
                slots.acquire();
                send(http, url, apiKey, bodies, sequence, System.nanoTime(), latencies, done, statuses)
                        .whenComplete((r, e) -> slots.release());
            }
            slots.acquire(param);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = (int) Math.min(done.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long ok = statuses.getOrDefault(202, new AtomicLong()).get();
        System.out.printf("mode=%s requests=%d ok202=%d seconds=%.1f throughput=%.0f ok_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f statuses=%s%n",
                mode, n, ok, seconds, n / seconds, ok / seconds, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                n == 0 ? 0 : sorted[n - 1] / 1e6, new TreeMap<>(statuses));
        System.exit(0);
    }

    private static CompletableFuture<?> send(HttpClient http, URI url, String apiKey, List<byte[]> bodies, AtomicLong sequence,
            long due, long[] latencies, AtomicLong done, Map<Integer, AtomicLong> statuses) {
        long i = sequence.getAndIncrement();
        byte[] article = bodies.get((int) (i % bodies.size()));
        byte[] suffix = ("\n\nLoad test report " + i + " of run " + ProcessHandle.current().pid() + ".").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(article, article.length + suffix.length);
        System.arraycopy(suffix, 0, body, article.length, suffix.length);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            long latency = System.nanoTime() - due;
            long index = done.getAndIncrement();
            if (index < latencies.length) {
                latencies[(int) index] = latency;
            }
            statuses.computeIfAbsent(failure == null ? response.statusCode() : -1, k -> new AtomicLong()).incrementAndGet();
            return null;
        });
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
