package watch.safeguarding.ingest.service;

import java.util.Map;

/**
 * A request the service refuses, described as an RFC 9457 problem: the REST layer renders it as
 * application/problem+json, and bulk requests put it into the failing item's result.
 *
 * @param reason short machine-readable slug; also the {@code reason} tag of the reports.rejected metric
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String reason;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String reason, String title, String detail) {
        this(status, reason, title, detail, Map.of());
    }

    public ProblemException(int status, String reason, String title, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.reason = reason;
        this.title = title;
        this.extensions = extensions;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException badRequest(String reason, String title, String detail) {
        return new ProblemException(400, reason, title, detail);
    }
}
