package watch.safeguarding.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The report id: the first 32 lowercase hex characters of the SHA-256 of the normalised text (Unicode NFC, every run
 * of white space one space, trimmed). Derived from the parser's cleaned text, which is also the event's {@code text},
 * so anyone holding an event can recompute its id, and the same article posted as a page or as pasted text collapses
 * to one id whenever the parser reads the same words from both.
 */
public final class ReportIds {

    private ReportIds() {
    }

    public static String normalise(String text) {
        // most texts are NFC already and the quick check is cheap; a char[] sized once never grows or inflates
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] out = new char[nfc.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isWhiteSpace(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** True when the text has nothing but white space: such a report has no id. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhiteSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unicode's White_Space property (what {@code \\s} means with UNICODE_CHARACTER_CLASS): ASCII white space, NEL, and
     * the space, line and paragraph separators (no-break and thin spaces included), as pasted text carries them all.
     * A loop rather than a regex because every posted report goes through it.
     */
    static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || (c > 0x7f && Character.isSpaceChar(c));
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
