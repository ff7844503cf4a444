package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Delivery;
import watch.safeguarding.alert.entity.Mail;

/**
 * Daily and weekly digests: at alert.digest.time (London time by default), one email per person with every judgement
 * delivered to them for that frequency since their last digest, grouped by council; a person with nothing new gets
 * nothing, and nothing cancelled by an unsubscribe is in it.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    private final EntityManager em;
    private final Clock clock;
    private final AlertConfig config;
    private final DeliveryService deliveries;
    private final MailComposer composer;
    private final Outbox outbox;

    public DigestService(EntityManager em, Clock clock, AlertConfig config, DeliveryService deliveries, MailComposer composer,
            Outbox outbox) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.deliveries = deliveries;
        this.composer = composer;
        this.outbox = outbox;
    }

    @Scheduled(every = "60s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.digest().enabled()) {
            runDue(clock.instant());
        }
    }

    /**
     * Runs the digests that are due at {@code now} and have not run for their period yet (recorded in digest_run, so
     * each runs once across restarts and instances). A digest missed while the service was down runs when it is back
     * the same day; items wait for the next one otherwise, so nothing is lost.
     *
     * @return the number of digest emails queued
     */
    public int runDue(Instant now) {
        ZonedDateTime local = now.atZone(config.digest().zone());
        if (local.toLocalTime().isBefore(config.digest().time())) {
            return 0;
        }
        int queued = 0;
        if (claim(Frequency.DAILY, local.toLocalDate(), now)) {
            queued += run(Frequency.DAILY);
        }
        if (local.getDayOfWeek() == config.digest().weeklyDay() && claim(Frequency.WEEKLY, local.toLocalDate(), now)) {
            queued += run(Frequency.WEEKLY);
        }
        return queued;
    }

    /** Queues one digest per person who has undigested deliveries of this frequency; returns how many. */
    public int run(Frequency frequency) {
        @SuppressWarnings("unchecked")
        List<Number> people = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct d.subscriber_id from delivery d where d.frequency = ?1 and d.mail_id is null and d.cancelled_at is null "
                        + "and exists (select 1 from subscription s where s.subscriber_id = d.subscriber_id and s.status = 'active') "
                        + "order by d.subscriber_id").setParameter(1, frequency.wire()).getResultList());
        int queued = 0;
        for (Number person : people) {
            if (QuarkusTransaction.requiringNew().call(() -> digestFor(person.longValue(), frequency))) {
                queued++;
            }
        }
        LOG.infof("%s digest: %d email(s) queued", frequency.wire(), queued);
        return queued;
    }

    private boolean digestFor(long subscriberId, Frequency frequency) {
        // locks this person's waiting deliveries, so that two runs cannot both mail them
        List<Delivery> waiting = Delivery.find("subscriberId = ?1 and frequency = ?2 and mailId is null and cancelledAt is null order by createdAt, id",
                subscriberId, frequency.wire()).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        if (waiting.isEmpty()) {
            return false;
        }
        List<watch.safeguarding.events.JudgementRecorded> judgements = new ArrayList<>();
        Set<Long> subscriptionIds = new LinkedHashSet<>();
        for (Delivery delivery : waiting) {
            judgements.add(deliveries.judgement(delivery.judgementId));
            Arrays.stream(delivery.subscriptionIds.split(",")).map(Long::valueOf).forEach(subscriptionIds::add);
        }
        Mail mail = outbox.enqueue(subscriberId, "digest",
                composer.digest(frequency, judgements, deliveries.footer(subscriberId, List.copyOf(subscriptionIds))));
        waiting.forEach(delivery -> delivery.mailId = mail.id);
        return true;
    }

    private boolean claim(Frequency frequency, LocalDate period, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into digest_run (frequency, period, ran_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, frequency.wire()).setParameter(2, period).setParameter(3, now).executeUpdate() == 1);
    }
}
