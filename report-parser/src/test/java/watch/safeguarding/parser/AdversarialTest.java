package watch.safeguarding.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Parse never throws, and runs in linear time on hostile inputs. Timings are printed to stdout. */
class AdversarialTest {

    private static final long BOUND_MS = 10_000;
    private final ReportParser parser = ReportParser.withBuiltInGazetteer();

    private static final String[] WORDS = {"Ofsted", "rated", "inadequate", "good", "requires", "improvement",
            "Kent", "County", "Council", "the", "council", "children's", "services", "previously", "in", "2015",
            "North", "Lincolnshire", "Kingston", "upon", "Hull", "\"", "'", "-", ".", ",", ";", ":", "\n", "\n\n",
            "URL:", "St.", "Mr.", "looked-after", "performs", "poorly", "was", "judged", "as", "not", "could",
            "school", "<div>", "</div>", "&amp;", "\u2019", "\u201c", "\u2013", "Published:", "1", "March"};

    @Test
    void randomInputsNeverThrow() {
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            String s = i % 3 == 0 ? randomUnicode(r, r.nextInt(400)) : randomWords(r, r.nextInt(200));
            assertNotNull(parser.parse(s));
            assertNotNull(parser.parseHtml(s));
        }
        assertNotNull(parser.parse(""));
        assertNotNull(parser.parse(null));
        assertNotNull(parser.parseHtml(null));
        assertNotNull(parser.parse("\uD800"));          // lone surrogate
        assertNotNull(parser.parse("URL: x"));
        assertNotNull(parser.parse("URL:\n\n\n"));
        assertNotNull(parser.parse("'s 's 's"));
        assertNotNull(parser.parse("2015-13-45 32 February 2015 Monday,"));
    }

    private static String randomUnicode(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x2FFFF) : 32 + r.nextInt(96);
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String randomWords(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The CPU time of the parse on this thread: a bound on wall time would fail on a busy machine, not a slow parser. */
    private long timed(String name, Supplier<ParsedReport> run, int bytes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        ParsedReport r = run.get();
        long ms = (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
        assertNotNull(r);
        System.out.printf("adversarial %-45s %9d bytes %7d ms%n", name, bytes, ms);
        assertTrue(ms < BOUND_MS, name + " took " + ms + " ms");
        return ms;
    }

    @Test
    void fiveMegabytesOfText() {
        String para = "Kent County Council's children's services have been rated inadequate by Ofsted. The last "
                + "inspection in 2015 judged them good. Mr. Smith said the council would improve.\n\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000) {
            sb.append(para);
        }
        String s = sb.toString();
        timed("5 MB of article text", () -> parser.parse(s), s.length());
    }

    @Test
    void oneMegabyteWithoutSentenceBreak() {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(7);
        while (sb.length() < 1_000_000) {
            sb.append(WORDS[r.nextInt(6)]).append(' ');
        }
        String s = sb.toString().replace(".", "").replace("\n", "");
        timed("1 MB with no sentence break", () -> parser.parse(s), s.length());
    }

    @Test
    void repeatedGradeWord() {
        String s = "inadequate ".repeat(100_000);
        timed("100,000 x 'inadequate '", () -> parser.parse(s), s.length());
        String s2 = ("Kent " + "inadequate ").repeat(50_000);
        timed("50,000 x 'Kent inadequate '", () -> parser.parse(s2), s2.length());
        String s3 = "requires ".repeat(100_000);
        timed("100,000 x 'requires '", () -> parser.parse(s3), s3.length());
    }

    @Test
    void deeplyNestedHtml() {
        for (int depth : new int[] {10_000, 100_000}) {
            String s = "<html><body>" + "<div>".repeat(depth) + "Kent County Council was rated inadequate by Ofsted."
                    + "</div>".repeat(depth) + "</body></html>";
            timed(depth + " nested <div>", () -> parser.parseHtml(s), s.length());
        }
        String unclosed = "<html><body>" + "<b><i>".repeat(50_000) + "text";
        timed("100,000 unclosed inline tags", () -> parser.parseHtml(unclosed), unclosed.length());
    }

    @Test
    void manyShortLinesAndPunctuation() {
        String s = "-\n".repeat(500_000);
        timed("500,000 lines of '-'", () -> parser.parse(s), s.length());
        String q = "'\"".repeat(500_000);
        timed("1,000,000 quote characters", () -> parser.parse(q), q.length());
        String dots = "St. ".repeat(250_000);
        timed("250,000 abbreviations 'St. '", () -> parser.parse(dots), dots.length());
    }
}
