package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import watch.safeguarding.alert.config.AlertConfig;

/**
 * Deletes what is no longer needed, as GOV.UK email alerts do (defaults): tokens 7 days after they expired, sent mail
 * 7 days after it was sent (with the deliveries it carried: a redelivered judgement is still dropped by its id), and a
 * person, address included, 28 days after they last had a live subscription (all unsubscribed, or never confirmed).
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    public record Purged(int tokens, int mail, int subscribers) {
    }

    private final EntityManager em;
    private final AlertConfig.Retention config;
    private final Clock clock;

    public Retention(EntityManager em, AlertConfig config, Clock clock) {
        this.em = em;
        this.config = config.retention();
        this.clock = clock;
    }

    @Scheduled(every = "${alert.retention.interval}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(clock.instant());
    }

    /** Everything past its retention at {@code now}; several replicas may run it at once (deletes of the same rows). */
    @Transactional
    public Purged purge(Instant now) {
        int tokens = em.createNativeQuery("delete from token where expires_at < ?1")
                .setParameter(1, now.minus(config.expiredTokens())).executeUpdate();
        Instant sentBefore = now.minus(config.sentMail());
        em.createNativeQuery("delete from delivery where mail_id in (select id from mail where state = 'sent' and sent_at < ?1)")
                .setParameter(1, sentBefore).executeUpdate();
        int mail = em.createNativeQuery("delete from mail where state = 'sent' and sent_at < ?1")
                .setParameter(1, sentBefore).executeUpdate();
        int subscribers = forget(now.minus(config.unsubscribed()));
        if (tokens + mail + subscribers > 0) {
            LOG.infof("retention: %d tokens, %d sent mails, %d people (with their addresses) deleted", tokens, mail, subscribers);
        }
        return new Purged(tokens, mail, subscribers);
    }

    /** People with no live subscription since before {@code cutoff}: their rows go, the encrypted address with them. */
    private int forget(Instant cutoff) {
        String gone = "select s.id from subscriber s where s.created_at < ?1 and not exists (select 1 from subscription x "
                + "where x.subscriber_id = s.id and (x.status = 'active' or (x.status = 'pending' and x.created_at >= ?1) "
                + "or (x.status = 'unsubscribed' and x.unsubscribed_at >= ?1)))";
        for (String table : new String[] {"delivery", "mail", "token", "subscription"}) {
            em.createNativeQuery("delete from " + table + " where subscriber_id in (" + gone + ")").setParameter(1, cutoff).executeUpdate();
        }
        return em.createNativeQuery("delete from subscriber where id in (" + gone + ")").setParameter(1, cutoff).executeUpdate();
    }
}
