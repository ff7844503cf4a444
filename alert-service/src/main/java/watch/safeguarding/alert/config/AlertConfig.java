package watch.safeguarding.alert.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

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

    Consumer consumer();

    Announcements announcements();

    interface Tokens {
        Duration confirmTtl();

        Duration manageTtl();

        Duration unsubscribeTtl();
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

        boolean trustForwardedFor();
    }
}
