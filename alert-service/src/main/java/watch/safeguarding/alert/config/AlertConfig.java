package watch.safeguarding.alert.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The service's own settings; each is documented in application.properties. */
@ConfigMapping(prefix = "alert")
public interface AlertConfig {

    String publicUrl();

    String catalogUrl();

    List<String> apiKeys();

    String secretKey();

    Tokens tokens();

    Mail mail();

    Digest digest();

    RateLimit rateLimit();

    Retention retention();

    DeadLetters deadLetters();

    Consumer consumer();

    Announcements announcements();

    interface Tokens {
        Duration confirmTtl();

        Duration manageTtl();

        Duration unsubscribeTtl();

        int manageMaxLive();
    }

    interface Mail {
        String pollInterval();

        Duration retryInitial();

        Duration retryMax();

        int maxAttempts();

        Duration sendTimeout();
    }

    interface Digest {
        boolean enabled();

        LocalTime time();

        DayOfWeek weeklyDay();

        ZoneId zone();
    }

    interface DeadLetters {
        String topic();

        String replayTo();

        String replayGroup();
    }

    interface Retention {
        Duration expiredTokens();

        Duration sentMail();

        Duration unsubscribed();

        String interval();
    }

    interface Consumer {
        Duration retryInitial();

        Duration retryMax();
    }

    interface Announcements {
        Duration newsWindow();

        Duration maxWait();

        String releaseInterval();
    }

    interface RateLimit {
        int perAddress();

        int perIp();

        Duration window();

        /** Addresses or CIDR blocks of the proxies in front; their X-Forwarded-For entries are believed. */
        Optional<List<String>> trustedProxies();
    }
}
