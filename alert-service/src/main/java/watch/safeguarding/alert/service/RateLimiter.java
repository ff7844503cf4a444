package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Sliding-window limits on sign-up and manage-link requests, per address (by its hash) and per client IP. Kept in
 * memory: enough for one instance; behind several, each instance limits on its own (at most N times the limit).
 */
@ApplicationScoped
public class RateLimiter {

    /** Thrown when a limit is reached; retryAfter is when the oldest counted request leaves the window. */
    public static class LimitedException extends RuntimeException {
        private final Duration retryAfter;

        public LimitedException(Duration retryAfter) {
            super("too many requests; retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request against {@code key}, or throws when {@code limit} requests were made within {@code window}. */
    public void acquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                throw new LimitedException(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
            }
            times.addLast(now);
        }
    }

    @Scheduled(every = "10m", delayed = "10m")
    void forgetIdle() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(1));
        windows.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(cutoff);
            }
        });
    }
}
