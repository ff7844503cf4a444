package watch.safeguarding.alert.service;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Limits on sign-up and manage-link requests, per address (by its hash) and per client IP: token buckets kept in
 * PostgreSQL by Bucket4j (a row per key, updated under SELECT ... FOR UPDATE), so that every replica counts against the
 * same limit.
 */
@ApplicationScoped
public class RateLimiter {

    /** Thrown when a limit is reached; retryAfter is when the next request will be allowed. */
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

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public RateLimiter(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket that has refilled completely holds nothing worth keeping
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))).build();
    }

    /** Counts a request against {@code key}, or throws when {@code limit} requests were made within {@code window}. */
    public void acquire(String key, int limit, Duration window) {
        Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, window)).build();
        // outside the caller's transaction: Bucket4j commits its own, on a connection of its own
        ConsumptionProbe probe = QuarkusTransaction.suspendingExisting().call(() -> buckets.builder().build(key, configuration)
                .tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            throw new LimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1));
        }
    }

    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeIdleBuckets() {
        buckets.removeExpired(1000);
    }
}
