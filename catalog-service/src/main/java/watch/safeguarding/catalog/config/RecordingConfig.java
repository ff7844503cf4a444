package watch.safeguarding.catalog.config;

import io.smallrye.config.ConfigMapping;

/** How the catalog decides which newly recorded judgements subscribers are told of (application.properties). */
@ConfigMapping(prefix = "catalog.recording")
public interface RecordingConfig {

    /**
     * A new outcome notifies only when it was published at most this many days before it was received (env
     * CATALOG_RECORDING_NEWS_WINDOW_DAYS).
     */
    int newsWindowDays();

    /**
     * Outcomes the parser is less confident of are recorded as unconfirmed and never notify (env
     * CATALOG_RECORDING_MIN_CONFIDENCE).
     */
    double minConfidence();
}
