package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Token;

/** Issues and checks emailed-link tokens: random, stored hashed, scoped to a purpose and a person, expiring. */
@ApplicationScoped
public class Tokens {

    private final Secrets secrets;
    private final Clock clock;
    private final int manageMaxLive;

    public Tokens(Secrets secrets, Clock clock, AlertConfig config) {
        this.secrets = secrets;
        this.clock = clock;
        this.manageMaxLive = config.tokens().manageMaxLive();
    }

    /** A new token; {@code subscriptionIds} null or empty means it may act on all of the person's subscriptions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String purpose, Long subscriberId, Collection<Long> subscriptionIds, Duration ttl) {
        if (Token.MANAGE.equals(purpose)) {
            // each request for a manage link mints one: only the newest few stay alive, so they cannot pile up
            Token.getEntityManager().createNativeQuery("delete from token where subscriber_id = ?1 and purpose = ?2 and hash not in "
                    + "(select hash from token where subscriber_id = ?1 and purpose = ?2 order by created_at desc, hash limit ?3)")
                    .setParameter(1, subscriberId).setParameter(2, purpose).setParameter(3, Math.max(0, manageMaxLive - 1)).executeUpdate();
        }
        String raw = secrets.newToken();
        Token token = new Token();
        token.hash = Secrets.tokenHash(raw);
        token.purpose = purpose;
        token.subscriberId = subscriberId;
        token.subscriptionIds = subscriptionIds == null || subscriptionIds.isEmpty() ? null
                : subscriptionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant now = clock.instant();
        token.createdAt = now;
        token.expiresAt = now.plus(ttl);
        token.persist();
        return raw;
    }

    /** The token if it exists, is for this purpose and has not expired. */
    public Optional<Token> valid(String raw, String purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        Token token = Token.findById(Secrets.tokenHash(raw.trim()));
        if (token == null || !token.purpose.equals(purpose) || !token.expiresAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** The subscription ids a token is limited to, or empty for all. */
    public static List<Long> scope(Token token) {
        if (token.subscriptionIds == null || token.subscriptionIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(token.subscriptionIds.split(",")).map(Long::valueOf).toList();
    }
}
