import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate, and its latency counts from when it was due,
 * so a slow server cannot hide its queueing (no coordinated omission). The first WARM_UP_SECONDS (default 5) run at the
 * same rate and are not counted: they warm this client's own JIT and connections, which otherwise put its start-up into
 * the server's tail latency.
 * Usage: java LoadTest.java NAME RATE SECONDS URL [URL...] (URLs are used round-robin); ACCEPT (default
 * application/json) is the Accept header, text/html for the readers' pages.
 */
public class LoadTest {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<URI> uris = Arrays.stream(args).skip(3).map(URI::create).toList();
        String accept = System.getenv().getOrDefault("ACCEPT", "application/json");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        int warmUp = rate * Integer.parseInt(System.getenv().getOrDefault("WARM_UP_SECONDS", "5"));
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long warmStart = System.nanoTime() + 200_000_000L;
        long start = warmStart + (long) (warmUp * (1e9 / rate));
        for (int i = -warmUp; i < total; i++) {
            long due = start + (long) (i * (1e9 / rate));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(uris.get(Math.floorMod(i, uris.size()))).header("Accept", accept)
                    .timeout(Duration.ofSeconds(10)).build();
            if (i < 0) {
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                continue;
            }
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(t -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%-28s rate %d/s for %d s: %d requests, %d errors, achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, rate, seconds, total, errors.get(), total / elapsed, latencies[total / 2] / 1e6,
                latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6);
    }
}
