package watch.safeguarding.parser;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The lower-case forms of the words already read, shared by every parse: a word seen before is the one String it
 * was the first time, so tokenising allocates nothing for it and its hash, which every lexicon look-up needs, is
 * already computed. News reuses a small vocabulary; the table stops growing when full (an adversary's stream of
 * new words gets new Strings, as without it). Thread-safe: a slot is written once, by compare-and-set.
 */
final class WordForms {

    private static final int SLOTS = 1 << 16;
    private static final int CAPACITY = SLOTS / 2;
    private static final int PROBES = 8;
    private static final int MAX_LENGTH = 24;

    private static final AtomicReferenceArray<String> FORMS = new AtomicReferenceArray<>(SLOTS);
    private static final AtomicInteger SIZE = new AtomicInteger();

    private WordForms() {
    }

    /** The lower case of {@code text[s, e)}, a run of ASCII letters and digits. */
    static String lowerAscii(String text, int s, int e) {
        int n = e - s;
        if (n > MAX_LENGTH) {
            return lower(text, s, e);
        }
        int h = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        int slot = (h ^ h >>> 16) & SLOTS - 1;
        for (int p = 0; p < PROBES; p++, slot = slot + 1 & SLOTS - 1) {
            String form = FORMS.getAcquire(slot);
            if (form == null) {
                String made = lower(text, s, e);
                if (SIZE.get() < CAPACITY && FORMS.compareAndSet(slot, null, made)) {
                    SIZE.incrementAndGet();
                }
                return made;
            }
            if (form.length() == n && form.hashCode() == h && isLowerCaseOf(form, text, s)) {
                return form;
            }
        }
        return lower(text, s, e);
    }

    private static boolean isLowerCaseOf(String form, String text, int s) {
        for (int k = 0; k < form.length(); k++) {
            char c = text.charAt(s + k);
            if (form.charAt(k) != (c >= 'A' && c <= 'Z' ? c + 32 : c)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text, int s, int e) {
        char[] buf = new char[e - s];
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            buf[k - s] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(buf);
    }
}
