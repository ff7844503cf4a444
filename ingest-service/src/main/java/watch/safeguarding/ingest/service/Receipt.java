package watch.safeguarding.ingest.service;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;

/**
 * When this request's report counts as received: now, unless a bench or dev deployment was told otherwise (the
 * X-Received-At test clock, which replays an archive as if each text arrived on its publication date).
 */
@RequestScoped
public class Receipt {

    private Instant at;

    public Instant at() {
        return at == null ? Instant.now() : at;
    }

    public void set(Instant at) {
        this.at = at;
    }
}
