package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.events.JudgementRecorded;

/**
 * Holds the events of one announcement (the event's groupId: one council, one report) until all groupSize of them
 * have arrived, then releases it once, so that its judgements make one email; an announcement still incomplete after
 * max-wait is released with what came. Everything is in the database, so a restart loses nothing, and the release is
 * a conditional update, so two instances never both release it. An event without a groupId is an announcement alone.
 */
@ApplicationScoped
public class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class);

    private final EntityManager em;
    private final Clock clock;
    private final JudgementEvents events;
    private final DeliveryService deliveries;
    private final AlertConfig.Announcements config;
    private final NewsPolicy policy;

    public Announcements(EntityManager em, Clock clock, JudgementEvents events, DeliveryService deliveries, AlertConfig config) {
        this.em = em;
        this.clock = clock;
        this.events = events;
        this.deliveries = deliveries;
        this.config = config.announcements();
        this.policy = new NewsPolicy(this.config.newsWindow());
    }

    /** Records one event of an announcement, in the caller's transaction, and releases the announcement when complete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(JudgementRecorded judgement) {
        Instant now = clock.instant();
        String groupId = judgement.groupId() == null || judgement.groupId().isBlank() ? judgement.judgementId() : judgement.groupId();
        em.createNativeQuery("insert into announcement (group_id, council_code, expected, first_received_at) values (?1, ?2, ?3, ?4) "
                + "on conflict (group_id) do nothing").setParameter(1, groupId).setParameter(2, judgement.council().code())
                .setParameter(3, Math.max(1, judgement.groupSize())).setParameter(4, now).executeUpdate();
        // the lock orders the events of one announcement, also across instances
        Object[] announcement = (Object[]) em.createNativeQuery("select expected, released_at from announcement where group_id = ?1 for update")
                .setParameter(1, groupId).getSingleResult();
        Optional<String> refusal = policy.refusal(judgement, now);
        int added = em.createNativeQuery("insert into announcement_member (group_id, judgement_id, notify, reason, payload, received_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing").setParameter(1, groupId).setParameter(2, judgement.judgementId())
                .setParameter(3, refusal.isEmpty()).setParameter(4, refusal.orElse(null)).setParameter(5, events.write(judgement))
                .setParameter(6, now).executeUpdate();
        if (added == 0) {
            LOG.debugf("judgement %s of announcement %s seen before", judgement.judgementId(), groupId);
            return;
        }
        refusal.ifPresent(reason -> LOG.debugf("judgement %s does not alert: %s", judgement.judgementId(), reason));
        if (announcement[1] != null) {
            // came after its announcement was released (max-wait passed): it is told on its own
            if (refusal.isEmpty()) {
                deliveries.announce(List.of(judgement));
            }
            return;
        }
        long arrived = ((Number) em.createNativeQuery("select count(*) from announcement_member where group_id = ?1").setParameter(1, groupId)
                .getSingleResult()).longValue();
        if (arrived >= ((Number) announcement[0]).intValue()) {
            release(groupId, now);
        }
    }

    /** Releases, each in its own transaction, the announcements that have waited longer than max-wait. */
    @Scheduled(every = "${alert.announcements.release-interval}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseOverdue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<String> overdue = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select group_id from announcement "
                + "where released_at is null and first_received_at <= ?1 order by first_received_at limit 100")
                .setParameter(1, now.minus(config.maxWait())).getResultList());
        for (String groupId : overdue) {
            QuarkusTransaction.requiringNew().run(() -> {
                // skip one that another instance or the consumer holds right now; it is released there or next time
                List<?> locked = em.createNativeQuery("select group_id from announcement where group_id = ?1 and released_at is null "
                        + "for update skip locked").setParameter(1, groupId).getResultList();
                if (!locked.isEmpty()) {
                    LOG.infof("announcement %s released incomplete after %s", groupId, config.maxWait());
                    release(groupId, clock.instant());
                }
            });
        }
    }

    private void release(String groupId, Instant now) {
        em.createNativeQuery("update announcement set released_at = ?2 where group_id = ?1").setParameter(1, groupId).setParameter(2, now)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery("select payload from announcement_member where group_id = ?1 and notify "
                + "order by received_at, judgement_id").setParameter(1, groupId).getResultList();
        List<JudgementRecorded> told = new ArrayList<>();
        for (String payload : payloads) {
            told.add(events.parse(payload));
        }
        if (!told.isEmpty()) {
            deliveries.announce(told);
        }
    }
}
