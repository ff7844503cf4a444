package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The services a sentence names: children's services, another service, a setting or a setting's judgements. */
final class SentenceSubjects {

    private SentenceSubjects() {
    }

    /** A school, a nursery, a children's home: a setting a story may be about. See setting-stories.txt. */
    static boolean namesSetting(Tokens t) {
        for (int k = 0; k < t.size; k++) {
            if (t.isAny(k, Lexicon.SETTING_STORIES)) {
                return true;
            }
        }
        return false;
    }

    /** "children's services", "children's social care", "social care", "children's social work". */
    static boolean namesChildrensServices(Tokens t) {
        for (int k = 0; k + 1 < t.size; k++) {
            if (t.is(k, "social") && (t.is(k + 1, "care") || t.is(k + 1, "work")) && !t.is(k - 1, "adult")
                    || (t.is(k, "children") || t.is(k, "childrens")) && (t.is(k + 1, "services") || t.is(k + 1, "'s") && t.is(k + 2, "services"))) {
                return true;
            }
        }
        return false;
    }

    /** SEND, youth justice or offending, a children's home: services other inspections grade. */
    static boolean namesOtherService(Tokens t) {
        for (int k = 0; k < t.size; k++) {
            if (t.is(k, "send") && t.allCaps[k] || t.is(k, "special") && t.is(k + 1, "educational")
                    || t.is(k, "adult") && t.is(k + 1, "social") && t.is(k + 2, "care")
                    || t.is(k, "youth") && (t.is(k + 1, "justice") || t.is(k + 1, "offending"))
                    || (t.is(k, "children") || t.is(k, "childrens")) && t.is(k + 1, "'s") && t.is(k + 2, "home")) {
                return true;
            }
        }
        return false;
    }

    /** "the overall experiences and progress of children and young people": a children's home's judgements. */
    static boolean namesSettingJudgement(Tokens t) {
        for (int k = 0; k < t.size; k++) {
            List<String[]> phrases = SETTING_JUDGEMENTS_BY_FIRST_WORD.get(t.lower[k]);
            if (phrases == null) {
                continue;
            }
            for (String[] phrase : phrases) {
                int i = 1;
                while (i < phrase.length && t.is(k + i, phrase[i])) {
                    i++;
                }
                if (i == phrase.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The setting judgements' phrases by their first word: one look-up per token, not one scan per phrase. */
    private static final Map<String, List<String[]>> SETTING_JUDGEMENTS_BY_FIRST_WORD = byFirstWord(Lexicon.SETTING_JUDGEMENTS);

    private static Map<String, List<String[]>> byFirstWord(List<String[]> phrases) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String[] p : phrases) {
            out.computeIfAbsent(p[0], w -> new ArrayList<>()).add(p);
        }
        return out;
    }
}
