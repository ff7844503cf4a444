package watch.safeguarding.catalog.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Ids derived from what a thing is rather than from a database sequence, so a replayed topic or a catalog rebuilt
 * from it gives every judgement and announcement the id it had before (consumers deduplicate on them).
 */
public final class JudgementIdentity {

    private JudgementIdentity() {
    }

    /**
     * A judgement: council, area, grade and the inspection — its official date when known, else the year (or
     * "unknown" for an earlier outcome nobody dated).
     */
    public static String judgementId(String councilCode, String area, String rating, LocalDate inspection, Integer year) {
        String when = inspection != null ? inspection.toString() : year != null ? String.valueOf(year) : "unknown";
        return "j-" + sha256(String.join("|", "judgement/1", councilCode, area, rating, when)).substring(0, 32);
    }

    /** One announcement: the judgements of one council that one report made new. */
    public static String groupId(String councilCode, String reportId) {
        return "g-" + sha256(String.join("|", "group/1", councilCode, reportId)).substring(0, 32);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
