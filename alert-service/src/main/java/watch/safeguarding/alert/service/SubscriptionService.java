package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Subscriber;
import watch.safeguarding.alert.entity.Subscription;
import watch.safeguarding.alert.entity.Token;

/**
 * Subscriptions with double opt-in: sign-up (rate limited, one subscription per address and criteria), confirmation,
 * management by an emailed link, and unsubscribing. Addresses and tokens are never logged; ids are.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

    @TemplateData
    public record SubscriptionView(long id, String status, String scope, String grades, String frequency, boolean allCouncils,
            List<String> councils, List<String> regions, List<String> ratings, String frequencyWire) {
    }

    public record Confirmed(SubscriptionView subscription, String manageToken) {
    }

    public record Managed(String token, List<SubscriptionView> subscriptions) {
    }

    public record Unsubscribed(List<SubscriptionView> subscriptions) {
    }

    private final Validator validator;
    private final Secrets secrets;
    private final Tokens tokens;
    private final MailComposer composer;
    private final Outbox outbox;
    private final RateLimiter limiter;
    private final CouncilDirectory councils;
    private final AlertConfig config;
    private final Clock clock;
    private final DeliveryService deliveries;

    public SubscriptionService(Validator validator, Secrets secrets, Tokens tokens, MailComposer composer, Outbox outbox,
            RateLimiter limiter, CouncilDirectory councils, AlertConfig config, Clock clock, DeliveryService deliveries) {
        this.validator = validator;
        this.secrets = secrets;
        this.tokens = tokens;
        this.composer = composer;
        this.outbox = outbox;
        this.limiter = limiter;
        this.councils = councils;
        this.config = config;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    /**
     * Records a pending subscription and emails a confirmation link; for criteria the address already has confirmed,
     * emails a manage link instead. The caller answers the same in every case, so the answer reveals nothing.
     */
    @Transactional
    public void subscribe(SignUp raw, String clientIp) {
        SignUp signUp = new SignUp(raw.email() == null ? null : raw.email().trim(), raw.councils(), raw.regions(), raw.ratings(),
                raw.frequency());
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<SignUp> violation : validator.validate(signUp)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        Optional<String> address = Addresses.normalise(signUp.email());
        if (!errors.containsKey("email") && address.isEmpty()) {
            errors.put("email", "Enter an email address in the right format, like name@example.com");
        }
        Criteria criteria = criteria(signUp.councils(), signUp.regions(), signUp.ratings(), signUp.frequency(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String hash = secrets.addressHash(address.orElseThrow());
        limit(hash, clientIp);

        Instant now = clock.instant();
        Subscriber subscriber = subscriber(hash, address.orElseThrow(), now);
        Subscription subscription = subscription(subscriber.id, criteria, now);
        if (subscription != null && Subscription.ACTIVE.equals(subscription.status)) {
            String manage = tokens.issue(Token.MANAGE, subscriber.id, null, config.tokens().manageTtl());
            outbox.enqueue(subscriber.id, "manage", composer.manageLink(manage, true));
            LOG.infof("sign-up for active subscription %d: manage link queued", subscription.id);
            return;
        }
        subscription.status = Subscription.PENDING;
        subscription.unsubscribedAt = null;
        String confirm = tokens.issue(Token.CONFIRM, subscriber.id, List.of(subscription.id), config.tokens().confirmTtl());
        outbox.enqueue(subscriber.id, "confirm", composer.confirmation(confirm, describe(criteria)));
        LOG.infof("subscription %d pending; confirmation queued", subscription.id);
    }

    /**
     * The person of an address, created if new. Insert-on-conflict rather than find-then-persist: two sign-ups for a new
     * address at once (a double click) must both find the one row, not fail on the unique key.
     */
    private Subscriber subscriber(String hash, String address, Instant now) {
        Subscriber subscriber = Subscriber.findByHash(hash);
        if (subscriber != null) {
            return subscriber;
        }
        Subscriber.getEntityManager().createNativeQuery("insert into subscriber (email_hash, email_encrypted, created_at) "
                + "values (?1, ?2, ?3) on conflict (email_hash) do nothing")
                .setParameter(1, hash).setParameter(2, secrets.encrypt(address)).setParameter(3, now).executeUpdate();
        return Subscriber.findByHash(hash);
    }

    /** The person's subscription with these criteria, created pending if new; insert-on-conflict for the same reason. */
    private Subscription subscription(long subscriberId, Criteria criteria, Instant now) {
        Subscription subscription = Subscription.find("subscriberId = ?1 and criteriaKey = ?2", subscriberId, criteria.key()).firstResult();
        if (subscription != null) {
            return subscription;
        }
        Subscription fresh = new Subscription();
        fresh.setCriteria(criteria);
        Subscription.getEntityManager().createNativeQuery("insert into subscription (subscriber_id, councils, regions, ratings, frequency, "
                + "criteria_key, status, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict on constraint "
                + "subscription_criteria_unique do nothing")
                .setParameter(1, subscriberId).setParameter(2, fresh.councils).setParameter(3, fresh.regions).setParameter(4, fresh.ratings)
                .setParameter(5, fresh.frequency).setParameter(6, fresh.criteriaKey).setParameter(7, Subscription.PENDING)
                .setParameter(8, now).executeUpdate();
        return Subscription.find("subscriberId = ?1 and criteriaKey = ?2", subscriberId, criteria.key()).firstResult();
    }

    /**
     * What a confirmation link would confirm, changing nothing: the link opens a page that asks, because mail scanners
     * open links. {@code alreadyConfirmed} once the link was used.
     */
    @Transactional
    public Optional<Confirmation> confirmation(String rawToken) {
        return tokens.valid(rawToken, Token.CONFIRM).flatMap(token -> Optional.ofNullable(Subscription.<Subscription>findById(
                Tokens.scope(token).get(0))).map(s -> new Confirmation(view(s), token.usedAt != null)));
    }

    public record Confirmation(SubscriptionView subscription, boolean alreadyConfirmed) {
    }

    /**
     * Activates the subscription of a confirmation link, once: the token is used up, so confirming again mints no
     * further manage link ({@code manageToken} null).
     */
    @Transactional
    public Optional<Confirmed> confirm(String rawToken) {
        Optional<Token> token = tokens.valid(rawToken, Token.CONFIRM);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        // two clicks at once: the second waits here and then sees the token used
        Token.getEntityManager().refresh(token.get(), LockModeType.PESSIMISTIC_WRITE);
        Subscription subscription = Subscription.findById(Tokens.scope(token.get()).get(0));
        if (subscription == null) {
            return Optional.empty();
        }
        if (token.get().usedAt != null) {
            return Optional.of(new Confirmed(view(subscription), null));
        }
        token.get().usedAt = clock.instant();
        if (Subscription.PENDING.equals(subscription.status)) {
            subscription.status = Subscription.ACTIVE;
            subscription.confirmedAt = clock.instant();
            LOG.infof("subscription %d confirmed", subscription.id);
        }
        String manage = tokens.issue(Token.MANAGE, subscription.subscriberId, null, config.tokens().manageTtl());
        return Optional.of(new Confirmed(view(subscription), manage));
    }

    @Transactional
    public Optional<Managed> manage(String rawToken) {
        return tokens.valid(rawToken, Token.MANAGE).map(token -> new Managed(rawToken,
                Subscription.ofSubscriber(token.subscriberId).stream().filter(s -> !Subscription.UNSUBSCRIBED.equals(s.status))
                        .map(this::view).toList()));
    }

    /** The subscription a manage link may change, if it is that person's and still current. */
    @Transactional
    public Optional<SubscriptionView> managed(String rawToken, long subscriptionId) {
        return tokens.valid(rawToken, Token.MANAGE).flatMap(token -> own(token, subscriptionId)).map(this::view);
    }

    /**
     * Changes a subscription's scope, grades and frequency. When the person already has another subscription with
     * exactly these criteria, this one is merged into it (unsubscribed) rather than duplicated.
     */
    @Transactional
    public boolean update(String rawToken, long subscriptionId, List<String> councilCodes, List<String> regionNames, List<String> ratings,
            String frequency) {
        Optional<Token> token = tokens.valid(rawToken, Token.MANAGE);
        Optional<Subscription> found = token.flatMap(t -> own(t, subscriptionId));
        if (found.isEmpty()) {
            return false;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Criteria criteria = criteria(councilCodes, regionNames, ratings, frequency, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Subscription subscription = found.get();
        Subscription same = Subscription.find("subscriberId = ?1 and criteriaKey = ?2 and id <> ?3", subscription.subscriberId,
                criteria.key(), subscription.id).firstResult();
        if (same != null) {
            if (!Subscription.ACTIVE.equals(same.status)) {
                same.status = subscription.status;
                same.confirmedAt = subscription.confirmedAt;
                same.unsubscribedAt = null;
            }
            unsubscribe(subscription);
        } else {
            subscription.setCriteria(criteria);
        }
        LOG.infof("subscription %d changed", subscription.id);
        return true;
    }

    /** Unsubscribes one subscription ({@code subscriptionId} given) or all of the person's, by a manage link. */
    @Transactional
    public Optional<Unsubscribed> unsubscribeByManageLink(String rawToken, Long subscriptionId) {
        return tokens.valid(rawToken, Token.MANAGE).flatMap(token -> {
            List<Subscription> targets = subscriptionId == null ? Subscription.ofSubscriber(token.subscriberId)
                    : own(token, subscriptionId).map(List::of).orElse(List.of());
            if (subscriptionId != null && targets.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(unsubscribeAll(targets));
        });
    }

    /** One-click unsubscribe from an email: the subscriptions that sent it. Repeating it is harmless. */
    @Transactional
    public Optional<Unsubscribed> unsubscribeByLink(String rawToken) {
        return tokens.valid(rawToken, Token.UNSUBSCRIBE).map(token -> {
            List<Long> scope = Tokens.scope(token);
            List<Subscription> targets = Subscription.ofSubscriber(token.subscriberId).stream()
                    .filter(s -> scope.isEmpty() || scope.contains(s.id)).toList();
            return unsubscribeAll(targets);
        });
    }

    /** Emails a manage link to the address if it has subscriptions; the caller answers the same either way. */
    @Transactional
    public void sendManageLink(String email, String clientIp) {
        Optional<String> address = Addresses.normalise(email);
        if (address.isEmpty()) {
            throw new InvalidRequestException(Map.of("email", "Enter an email address in the right format, like name@example.com"));
        }
        String hash = secrets.addressHash(address.get());
        limit(hash, clientIp);
        Subscriber subscriber = Subscriber.findByHash(hash);
        if (subscriber == null || Subscription.count("subscriberId = ?1 and status <> ?2", subscriber.id, Subscription.UNSUBSCRIBED) == 0) {
            return;
        }
        String manage = tokens.issue(Token.MANAGE, subscriber.id, null, config.tokens().manageTtl());
        outbox.enqueue(subscriber.id, "manage", composer.manageLink(manage, false));
        LOG.infof("manage link queued for subscriber %d", subscriber.id);
    }

    private void limit(String addressHash, String clientIp) {
        AlertConfig.RateLimit limits = config.rateLimit();
        limiter.acquire("ip:" + clientIp, limits.perIp(), limits.window());
        limiter.acquire("address:" + addressHash, limits.perAddress(), limits.window());
    }

    private Unsubscribed unsubscribeAll(List<Subscription> targets) {
        Instant now = clock.instant();
        for (Subscription subscription : targets) {
            if (!Subscription.UNSUBSCRIBED.equals(subscription.status)) {
                subscription.status = Subscription.UNSUBSCRIBED;
                subscription.unsubscribedAt = now;
                LOG.infof("subscription %d unsubscribed", subscription.id);
            }
        }
        // nothing already queued for these subscriptions goes out after this: not in a digest, a retry, or on re-subscribing
        targets.stream().map(s -> s.subscriberId).distinct().forEach(deliveries::cancelUnsubscribed);
        return new Unsubscribed(targets.stream().map(this::view).toList());
    }

    private void unsubscribe(Subscription subscription) {
        unsubscribeAll(List.of(subscription));
    }

    private Optional<Subscription> own(Token token, long subscriptionId) {
        Subscription subscription = Subscription.findById(subscriptionId);
        return subscription != null && subscription.subscriberId.equals(token.subscriberId)
                && !Subscription.UNSUBSCRIBED.equals(subscription.status) ? Optional.of(subscription) : Optional.empty();
    }

    /** Validates and normalises criteria from the API or a form; problems go into {@code errors}. */
    Criteria criteria(List<String> councilCodes, List<String> regionNames, List<String> ratings, String frequency, Map<String, String> errors) {
        List<String> unknownCouncils = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String code : nonNull(councilCodes)) {
            String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (councils.council(trimmed).isPresent()) {
                codes.add(trimmed);
            } else {
                unknownCouncils.add(trimmed);
            }
        }
        if (!unknownCouncils.isEmpty()) {
            errors.put("councils", "Choose councils from the list (unknown council codes: " + unknownCouncils.size() + ")");
        }
        List<String> regions = new ArrayList<>();
        for (String region : nonNull(regionNames)) {
            if (region == null || region.isBlank()) {
                continue;
            }
            if (councils.isRegion(region.trim())) {
                regions.add(region.trim());
            } else {
                errors.put("regions", "Choose regions from the list");
            }
        }
        List<String> grades = new ArrayList<>();
        for (String rating : nonNull(ratings)) {
            String wanted = rating == null ? "" : rating.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            if (Vocabulary.RATINGS.containsKey(wanted) || Vocabulary.ANY.equals(wanted)) {
                grades.add(wanted);
            } else {
                errors.put("ratings", "Choose grades from the list");
            }
        }
        Optional<Frequency> often = frequency == null || frequency.isBlank() ? Optional.of(Frequency.IMMEDIATELY) : Frequency.parse(frequency);
        if (often.isEmpty()) {
            errors.put("frequency", "Choose how often: immediately, daily or weekly");
        }
        return new Criteria(codes, regions, grades, often.orElse(Frequency.IMMEDIATELY));
    }

    public SubscriptionView view(Subscription subscription) {
        Criteria criteria = subscription.criteria();
        return new SubscriptionView(subscription.id, subscription.status, scope(criteria), grades(criteria),
                criteria.frequency().label(), criteria.allCouncils(), criteria.councils(), criteria.regions(), criteria.ratings(),
                criteria.frequency().wire());
    }

    /** The criteria in words, as a confirmation email and the pages show them. */
    public String describe(Criteria criteria) {
        return scope(criteria) + ". Grades: " + grades(criteria) + ". " + criteria.frequency().label() + ".";
    }

    private String scope(Criteria criteria) {
        if (criteria.allCouncils()) {
            return "All councils in England";
        }
        List<String> parts = new ArrayList<>();
        criteria.regions().forEach(region -> parts.add("all councils in " + region));
        criteria.councils().forEach(code -> parts.add(councils.council(code).map(CouncilDirectory.CouncilOption::name).orElse(code)));
        String joined = String.join(", ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String grades(Criteria criteria) {
        if (criteria.ratings().contains(Vocabulary.ANY)) {
            return "any grade";
        }
        return String.join(", ", criteria.ratings().stream().map(Vocabulary::ratingLabel).toList());
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
