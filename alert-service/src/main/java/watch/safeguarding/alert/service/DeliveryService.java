package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Delivery;
import watch.safeguarding.alert.entity.Judgement;
import watch.safeguarding.alert.entity.Mail;
import watch.safeguarding.alert.entity.Subscription;
import watch.safeguarding.alert.entity.Token;
import watch.safeguarding.events.JudgementRecorded;

/**
 * Turns an announcement (the judgements of one council that one report made new) into deliveries, in the caller's
 * transaction: each judgement is told once ever (its stable id is the key of the judgement table, so a replayed
 * topic or a rebuilt catalog tells nothing twice); a person whose active subscriptions match any of its judgements
 * gets one delivery per judgement, under a unique key, at the most immediate frequency among those subscriptions.
 * Immediate deliveries share one email per announcement; daily and weekly ones wait for the digest.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    /** Active subscriptions whose scope and grades match; an empty scope is every council. */
    private static final String MATCH = """
            select s.id, s.subscriber_id, s.frequency from subscription s
            where s.status = 'active'
              and ((s.councils = '' and s.regions = '')
                   or ?1 = any(string_to_array(s.councils, ','))
                   or ?2 = any(string_to_array(s.regions, ',')))
              and ('any' = any(string_to_array(s.ratings, ','))
                   or ?3 = any(string_to_array(s.ratings, ','))
                   or (?3 = 'performs_poorly' and 'inadequate' = any(string_to_array(s.ratings, ','))))
            order by s.subscriber_id, s.id""";

    private final EntityManager em;
    private final JudgementEvents events;
    private final Clock clock;
    private final Tokens tokens;
    private final MailComposer composer;
    private final Outbox outbox;
    private final AlertConfig config;
    private final Links links;

    public DeliveryService(EntityManager em, JudgementEvents events, Clock clock, Tokens tokens, MailComposer composer, Outbox outbox,
            AlertConfig config, Links links) {
        this.links = links;
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.tokens = tokens;
        this.composer = composer;
        this.outbox = outbox;
        this.config = config;
    }

    /** @return the number of people this announcement is now delivered to (0 when all of it was told before) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announce(List<JudgementRecorded> announcement) {
        Instant now = clock.instant();
        List<JudgementRecorded> fresh = new ArrayList<>();
        for (JudgementRecorded judgement : announcement) {
            int inserted = em.createNativeQuery("insert into judgement (judgement_id, council_code, payload, received_at) "
                    + "values (?1, ?2, ?3, ?4) on conflict (judgement_id) do nothing")
                    .setParameter(1, judgement.judgementId()).setParameter(2, judgement.council().code())
                    .setParameter(3, events.write(judgement)).setParameter(4, now).executeUpdate();
            if (inserted == 1) {
                fresh.add(judgement);
            } else {
                LOG.debugf("judgement %s was told before", judgement.judgementId());
            }
        }
        Map<Long, List<Match>> bySubscriber = new LinkedHashMap<>();
        for (JudgementRecorded judgement : fresh) {
            for (Match match : matches(judgement)) {
                bySubscriber.computeIfAbsent(match.subscriberId(), id -> new ArrayList<>()).add(match);
            }
        }
        for (Map.Entry<Long, List<Match>> person : bySubscriber.entrySet()) {
            deliver(fresh, person.getKey(), person.getValue(), now);
        }
        if (!fresh.isEmpty()) {
            LOG.infof("announcement of %d judgement(s) of %s delivered to %d subscriber(s)", fresh.size(), fresh.get(0).council().code(),
                    bySubscriber.size());
        }
        return bySubscriber.size();
    }

    /** The whole announcement to a person matched by any of it, at the most immediate frequency among the matches. */
    private void deliver(List<JudgementRecorded> announcement, Long subscriberId, List<Match> matches, Instant now) {
        Frequency frequency = matches.stream().map(Match::frequency).min(Comparator.naturalOrder()).orElseThrow();
        List<Long> subscriptionIds = matches.stream().map(Match::subscriptionId).distinct().toList();
        List<JudgementRecorded> delivered = new ArrayList<>();
        for (JudgementRecorded judgement : announcement) {
            int inserted = em.createNativeQuery("insert into delivery (subscriber_id, judgement_id, frequency, subscription_ids, created_at) "
                    + "values (?1, ?2, ?3, ?4, ?5) on conflict (subscriber_id, judgement_id) do nothing")
                    .setParameter(1, subscriberId).setParameter(2, judgement.judgementId()).setParameter(3, frequency.wire())
                    .setParameter(4, subscriptionIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .setParameter(5, now).executeUpdate();
            if (inserted == 1) {
                delivered.add(judgement);
            }
        }
        if (!delivered.isEmpty() && frequency == Frequency.IMMEDIATELY) {
            mailNow(subscriberId, delivered, subscriptionIds);
        }
    }

    /** Queues one alert email for these judgements of one council and marks their deliveries as mailed by it. */
    private void mailNow(Long subscriberId, List<JudgementRecorded> judgements, List<Long> subscriptionIds) {
        Mail mail = outbox.enqueue(subscriberId, "alert", composer.alert(judgements, footer(subscriberId, subscriptionIds)));
        for (JudgementRecorded judgement : judgements) {
            em.createNativeQuery("update delivery set mail_id = ?1 where subscriber_id = ?2 and judgement_id = ?3").setParameter(1, mail.id)
                    .setParameter(2, subscriberId).setParameter(3, judgement.judgementId()).executeUpdate();
        }
    }

    /**
     * After an unsubscribe: what this person still had coming (deliveries waiting for a digest, emails queued or
     * between retries) is cancelled unless another of their active subscriptions asked for it too; an email that
     * mixed both is replaced by one of what remains.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelUnsubscribed(Long subscriberId) {
        em.flush();
        Set<Long> active = Subscription.<Subscription>list("subscriberId = ?1 and status = ?2", subscriberId, Subscription.ACTIVE).stream()
                .map(s -> s.id).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<Delivery> open = Delivery.<Delivery>find("subscriberId = ?1 and cancelledAt is null and (mailId is null or mailId in "
                + "(select m.id from Mail m where m.state = ?2))", subscriberId, Mail.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<Long, List<Delivery>> byMail = new LinkedHashMap<>();
        for (Delivery delivery : open) {
            List<Long> remaining = Arrays.stream(delivery.subscriptionIds.split(",")).map(Long::valueOf).filter(active::contains).toList();
            if (remaining.isEmpty()) {
                delivery.cancelledAt = now;
            } else {
                delivery.subscriptionIds = remaining.stream().map(String::valueOf).collect(Collectors.joining(","));
            }
            if (delivery.mailId != null) {
                byMail.computeIfAbsent(delivery.mailId, id -> new ArrayList<>()).add(delivery);
            }
        }
        for (Map.Entry<Long, List<Delivery>> entry : byMail.entrySet()) {
            Mail mail = Mail.findById(entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (!Mail.PENDING.equals(mail.state) || entry.getValue().stream().allMatch(d -> d.cancelledAt == null)) {
                continue;
            }
            mail.state = Mail.CANCELLED;
            mail.content = null;
            LOG.infof("mail %d (%s) cancelled by an unsubscribe", mail.id, mail.kind);
            List<Delivery> live = entry.getValue().stream().filter(d -> d.cancelledAt == null).toList();
            live.forEach(d -> d.mailId = null);
            List<Delivery> immediate = live.stream().filter(d -> Frequency.IMMEDIATELY.wire().equals(d.frequency)).toList();
            if (!immediate.isEmpty()) {
                Set<Long> ids = new LinkedHashSet<>();
                immediate.forEach(d -> Arrays.stream(d.subscriptionIds.split(",")).map(Long::valueOf).forEach(ids::add));
                em.flush();
                mailNow(subscriberId, immediate.stream().map(d -> judgement(d.judgementId)).toList(), List.copyOf(ids));
            }
        }
    }

    /** A judgement as it was told. */
    JudgementRecorded judgement(String judgementId) {
        Judgement judgement = Judgement.findById(judgementId);
        return events.parse(judgement.payload);
    }

    /** Links for the bottom of an alert or digest: manage everything, or unsubscribe from the subscriptions that sent it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailComposer.Footer footer(Long subscriberId, List<Long> subscriptionIds) {
        String manage = tokens.issue(Token.MANAGE, subscriberId, null, config.tokens().manageTtl());
        String unsubscribe = tokens.issue(Token.UNSUBSCRIBE, subscriberId, subscriptionIds, config.tokens().unsubscribeTtl());
        return new MailComposer.Footer(links.manage(manage), links.unsubscribe(unsubscribe));
    }

    private List<Match> matches(JudgementRecorded judgement) {
        String region = judgement.council().region() == null ? "" : judgement.council().region();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MATCH).setParameter(1, judgement.council().code()).setParameter(2, region)
                .setParameter(3, judgement.rating()).getResultList();
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            matches.add(new Match(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    Frequency.parse((String) row[2]).orElse(Frequency.IMMEDIATELY)));
        }
        return matches;
    }

    private record Match(long subscriptionId, long subscriberId, Frequency frequency) {
    }
}
