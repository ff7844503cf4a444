package watch.safeguarding.catalog.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Outbox rows are kept only until they are sent and a day old (enough to look into a recent relay); then deleted. */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final EntityManager em;
    private final Duration outboxSent;

    public Retention(EntityManager em, @ConfigProperty(name = "catalog.retention.outbox-sent") Duration outboxSent) {
        this.em = em;
        this.outboxSent = outboxSent;
    }

    @Scheduled(every = "${catalog.retention.interval}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(Instant.now());
    }

    /** Deletes what is past its retention at {@code now}; returns the outbox rows deleted. */
    @Transactional
    public int purge(Instant now) {
        int deleted = em.createNativeQuery("delete from outbox_event where sent_at < ?1").setParameter(1, now.minus(outboxSent))
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("retention: %d sent outbox rows deleted", deleted);
        }
        return deleted;
    }
}
