package watch.safeguarding.ingest.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. The charset is, in order: the Content-Type's {@code charset} parameter, a byte order mark, for HTML a
 * {@code <meta charset>} (or http-equiv) in the first 4 KB, otherwise UTF-8. Bytes that are not valid in that charset
 * are refused (400 {@code invalid-encoding}, with the byte offset), never silently replaced: a replaced character
 * would end up in the published text, the evidence quotes and the report id, and a poster who declares the right
 * charset gets the exact text through.
 */
public final class BodyDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private BodyDecoder() {
    }

    /**
     * @param declaredCharset the Content-Type's charset parameter, or null
     * @param html            whether to look for a {@code <meta charset>} when none is declared
     */
    public static String decode(byte[] body, String declaredCharset, boolean html) {
        Charset charset;
        int skip = 0;
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            charset = charset(declaredCharset.trim());
            if (charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(body)) {
                skip = 3;
            }
        } else if (hasUtf8Bom(body)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16; // consumes the BOM itself
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16;
        } else if (html) {
            charset = metaCharset(body);
        } else {
            charset = StandardCharsets.UTF_8;
        }
        return strictly(body, skip, charset);
    }

    private static boolean hasUtf8Bom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
    }

    private static Charset metaCharset(byte[] body) {
        // ISO-8859-1 maps every byte to one char, so this reads the ASCII markup whatever the real encoding is
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return StandardCharsets.UTF_8;
        }
        return charset(meta.group(1));
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "unsupported-charset", "Unsupported charset",
                    "The charset '" + name + "' is not supported. Declare one this service knows, e.g. UTF-8, "
                            + "ISO-8859-1 or windows-1252: Content-Type: text/plain; charset=UTF-8.",
                    Map.of("charset", name));
        }
    }

    private static String strictly(byte[] body, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            // decode() leaves the buffer at the start of the bad sequence
            int offset = in.position();
            throw new ProblemException(400, "invalid-encoding", "Body is not valid " + charset.name(),
                    "Byte " + offset + " of the body (0x" + String.format(Locale.ROOT, "%02x", body[offset] & 0xff)
                            + ") is not valid " + charset.name() + ". Send UTF-8, or declare the charset the text is in, "
                            + "e.g. Content-Type: text/plain; charset=windows-1252. Invalid bytes are refused, not replaced.",
                    Map.of("charset", charset.name(), "byteOffset", offset));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
