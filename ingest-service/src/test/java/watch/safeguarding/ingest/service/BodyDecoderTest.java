package watch.safeguarding.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    private static final String TEXT = "Café: Ofsted’s “inadequate” rating";

    @Test
    void utf8IsTheDefault() {
        assertEquals(TEXT, BodyDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null, false));
    }

    @Test
    void theDeclaredCharsetWins() {
        assertEquals("Café", BodyDecoder.decode("Café".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1", false));
        assertEquals(TEXT, BodyDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")), "windows-1252", false));
        assertEquals(TEXT, BodyDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), "utf-16le", false));
    }

    @Test
    void aByteOrderMarkIsHonouredAndDropped() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(TEXT, BodyDecoder.decode(withBom, null, false));
        assertEquals(TEXT, BodyDecoder.decode(withBom, "UTF-8", false));
        assertEquals(TEXT, BodyDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), null, false), "UTF-16 with its BOM");
    }

    @Test
    void aPageSaysItsCharsetInAMetaTagWhenTheHeaderDoesNot() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" + TEXT + "</body></html>";
        assertEquals(page, BodyDecoder.decode(page.getBytes(Charset.forName("windows-1252")), null, true));
        String html5 = "<meta charset='iso-8859-1'><p>Café</p>";
        assertEquals(html5, BodyDecoder.decode(html5.getBytes(StandardCharsets.ISO_8859_1), null, true));
        assertEquals(html5, BodyDecoder.decode(html5.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1", true));
    }

    @Test
    void invalidBytesAreRefusedWithTheirOffsetNotReplaced() {
        byte[] latin1 = "Ref: Café".getBytes(StandardCharsets.ISO_8859_1);
        ProblemException problem = assertThrows(ProblemException.class, () -> BodyDecoder.decode(latin1, null, false));
        assertEquals(400, problem.status());
        assertEquals("invalid-encoding", problem.reason());
        assertEquals(8, problem.extensions().get("byteOffset"));
        byte[] truncated = {'a', (byte) 0xe2, (byte) 0x80};
        assertEquals(1, assertThrows(ProblemException.class, () -> BodyDecoder.decode(truncated, "utf-8", false)).extensions().get("byteOffset"));
    }

    @Test
    void anUnknownCharsetIsUnsupported() {
        ProblemException problem = assertThrows(ProblemException.class, () -> BodyDecoder.decode(new byte[] {'a'}, "klingon", false));
        assertEquals(415, problem.status());
        assertEquals("unsupported-charset", problem.reason());
        assertEquals(415, assertThrows(ProblemException.class, () -> BodyDecoder.decode(new byte[] {'a'}, "bad name!", false)).status());
    }
}
