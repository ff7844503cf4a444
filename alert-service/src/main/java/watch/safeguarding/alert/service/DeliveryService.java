package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Delivery;
import watch.safeguarding.alert.entity.Mail;
import watch.safeguarding.alert.entity.Token;
import watch.safeguarding.events.JudgementRecorded;

/**
 * Turns a recorded judgement into deliveries: stores it once (its id deduplicates redelivered events), finds the
 * active subscriptions that match it, and records one delivery per person, in the caller's transaction. An immediate
 * delivery queues its email at once; daily and weekly ones wait for the digest.
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
    private final ObjectMapper json;
    private final Clock clock;
    private final Tokens tokens;
    private final MailComposer composer;
    private final Outbox outbox;
    private final AlertConfig config;
    private final Links links;

    public DeliveryService(EntityManager em, ObjectMapper json, Clock clock, Tokens tokens, MailComposer composer, Outbox outbox,
            AlertConfig config, Links links) {
        this.links = links;
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.tokens = tokens;
        this.composer = composer;
        this.outbox = outbox;
        this.config = config;
    }

    /** @return the number of people this judgement is now delivered to (0 for a repeat) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(JudgementRecorded judgement) {
        validate(judgement);
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("insert into judgement (judgement_id, council_code, payload, received_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (judgement_id) do nothing")
                .setParameter(1, judgement.judgementId()).setParameter(2, judgement.council().code())
                .setParameter(3, write(judgement)).setParameter(4, now).executeUpdate();
        if (inserted == 0) {
            LOG.debugf("judgement %s seen before; nothing to deliver", judgement.judgementId());
            return 0;
        }
        // an earlier outcome given as context is history, not news
        if (!"new".equals(judgement.status())) {
            return 0;
        }
        Map<Long, List<Match>> bySubscriber = matches(judgement).stream()
                .collect(Collectors.groupingBy(Match::subscriberId, LinkedHashMap::new, Collectors.toList()));
        int delivered = 0;
        for (Map.Entry<Long, List<Match>> person : bySubscriber.entrySet()) {
            if (deliver(judgement, person.getKey(), person.getValue(), now)) {
                delivered++;
            }
        }
        LOG.infof("judgement %s (%s, %s) delivered to %d subscriber(s)", judgement.judgementId(), judgement.council().code(),
                judgement.rating(), delivered);
        return delivered;
    }

    /** One delivery per person, at the most immediate frequency among their matching subscriptions. */
    private boolean deliver(JudgementRecorded judgement, Long subscriberId, List<Match> matches, Instant now) {
        Frequency frequency = matches.stream().map(Match::frequency).min(Comparator.naturalOrder()).orElseThrow();
        List<Long> subscriptionIds = matches.stream().map(Match::subscriptionId).toList();
        int inserted = em.createNativeQuery("insert into delivery (subscriber_id, judgement_id, frequency, subscription_ids, created_at) "
                + "values (?1, ?2, ?3, ?4, ?5) on conflict (subscriber_id, judgement_id) do nothing")
                .setParameter(1, subscriberId).setParameter(2, judgement.judgementId()).setParameter(3, frequency.wire())
                .setParameter(4, subscriptionIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .setParameter(5, now).executeUpdate();
        if (inserted == 0 || frequency != Frequency.IMMEDIATELY) {
            return inserted > 0;
        }
        Delivery delivery = Delivery.find("subscriberId = ?1 and judgementId = ?2", subscriberId, judgement.judgementId()).firstResult();
        Mail mail = outbox.enqueue(subscriberId, "alert", composer.alert(judgement, footer(subscriberId, subscriptionIds)));
        delivery.mailId = mail.id;
        return true;
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

    private static void validate(JudgementRecorded judgement) {
        if (judgement == null || blank(judgement.judgementId()) || judgement.council() == null || blank(judgement.council().code())
                || blank(judgement.rating())) {
            throw new IllegalArgumentException("judgement without id, council code or rating");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String write(JudgementRecorded judgement) {
        try {
            return json.writeValueAsString(judgement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JudgementRecorded read(String payload) {
        try {
            return json.readValue(payload, JudgementRecorded.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Match(long subscriptionId, long subscriberId, Frequency frequency) {
    }
}
