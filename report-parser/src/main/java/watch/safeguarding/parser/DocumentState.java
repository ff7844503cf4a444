package watch.safeguarding.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-document state. */
final class DocumentState {
    String text;
    String url;
    String title;
    LocalDate published;
    Integer pubYear;
    /** An undated text that names a council by a name first used on this day was written then or later. */
    LocalDate writtenSince;
    int refYear;
    boolean annual;
    /** The text names the single inspection framework or its successor, whose reports come one by one. */
    boolean singleInspections;
    boolean cpInspection;
    Council focus;
    Council domainCouncil;
    /** The one council the page address's last segment names, when the site is not a council's own. */
    Council urlCouncil;
    List<Draft> drafts = new ArrayList<>();
    Set<String> lastAreas = new LinkedHashSet<>();
    Set<String> lastSentenceAreas = new LinkedHashSet<>();
    Map<String, Council> mentioned = new LinkedHashMap<>();
    int prevSentenceYear = -1;
    boolean prevSentencePrevious;
    /** The areas the previous sentence listed without grading them ("it looked at three areas: ..."). */
    Set<String> listedAreas = Set.of();
    /** The judgement areas the sentences since the last graded one named, for "each area was rated good". */
    Set<String> namedAreas = new LinkedHashSet<>();
    /** The areas of the grades accepted so far in the sentence being read. */
    Set<String> sentenceAreas = Set.of();
    /** The story's subject is a school, a children's home or another service, not children's services. */
    boolean otherTopic;
    /** The first grade the text gave was a school's, a home's or another setting's: the story is about it. */
    boolean settingStory;
    /** The last areasFor call found no area in the text and fell back to a default. */
    boolean areaImplied;
    /** The last areasFor call found a grade given in every area ("outstanding in all four areas"). */
    boolean allAreas;
    /** A grade of the annual assessments' "staying safe" outcome has been read: their "child protection" is it too. */
    boolean stayingSafeNamed;
    /** How many sentences have been read. */
    int sentenceIndex;
    /** The text's sentences, for a lead that names its council only later. */
    List<Span> sentences = List.of();
    /** The year whose councils a text means: its publication's, else the latest it names (an undated 2016 text means
     * a county as it was in 2016, not the unitary council that replaced it later). */
    Integer councilYear() {
        return pubYear != null ? pubYear : refYear > 0 ? Integer.valueOf(refYear) : null;
    }

    /**
     * The council a mention means: of councils that share its name (a county and the unitary that succeeded it), the
     * one the text already named unambiguously ("X County Council ... X"), when no date
     * or year decides; else the one valid then.
     */
    Council resolve(List<Council> councils, LocalDate date, Integer year) {
        if (councils.size() > 1 && date == null && year == null) {
            Council named = null;
            for (Council c : councils) {
                if (mentioned.containsKey(c.code())) {
                    if (named != null) {
                        named = null;
                        break;
                    }
                    named = c;
                }
            }
            if (named != null) {
                return named;
            }
        }
        return CouncilMatcher.resolve(councils, date, year);
    }

    /** The text in lower case, made once when first asked for. */
    String lowerText() {
        if (lowerText == null && text != null) {
            lowerText = text.toLowerCase(java.util.Locale.ROOT);
        }
        return lowerText;
    }

    private String lowerText;

    /** The text is about inspections of children's services at all. */
    boolean gated;

    /** The last draft before index {@code before} that the rules keep for council c, or null. */
    Draft lastDraftOf(Council c, int before) {
        for (int i = before - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.council.equals(c) && !d.vetoed) {
                return d;
            }
        }
        return null;
    }
}
