package watch.safeguarding.parser.ofsted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.parser.Council;
import watch.safeguarding.parser.Gazetteer;
import watch.safeguarding.parser.ParsedReport;

/**
 * The stage for Ofsted's own documents about a council's children's services: an inspection report (SIF 2013-17,
 * ILACS 2018 on, the 2013 looked-after children's services inspection) gives every graded judgement of its front
 * page as a new outcome with confidence 1.0; a monitoring or focused visit letter is recognised and grades nothing.
 * Immutable and thread-safe.
 */
public final class OfstedReportReader {

    /** How far into the text a title is looked for. */
    private static final int TITLE_WINDOW = 1500;
    /** The judgement table or list and the overall sentence sit within the first page or two. */
    private static final int FRONT_WINDOW = 6000;
    /** Ofsted publishes a report some weeks after the fieldwork: the year of an unprinted publication date. */
    private static final int WEEKS_TO_PUBLICATION = 7;
    /** A PDF made later than this after the fieldwork is a re-issue, not the publication. */
    private static final int MONTHS_TO_PUBLICATION_AT_MOST = 6;

    private static final Pattern LAC = title("inspection of looked after children(?:'s)? services");
    private static final Pattern SAFEGUARDING_LAC = title("inspection of safeguarding and looked after children(?:'s)? "
            + "services");
    private static final Pattern SIF = title("inspection of services for children in need of help and protection");
    private static final Pattern ILACS = title("inspection of (?:[^.]{1,120}? )?(?:local authority children's services"
            + "|children's social care services)|inspection of [^.]{1,120}? children's services (?:inspection )?dates?:"
            + "|\\bjudgement grade the impact of leaders");
    /** A letter's own words: news about a visit quotes the findings, not the salutation or the letter's summary. */
    private static final Pattern VISIT = title("\\bthis letter summarises [^.]{0,40}?\\b(monitoring|focused) visit"
            + "|\\bdear [^.]{0,80}?\\b(monitoring|focused) visit (?:to|of|at) [^.]{0,120}?children's "
            + "(?:social care )?services");
    private static final Pattern VISIT_DATES = Pattern.compile("\\bvisit (?:to|of|at) [^.]{0,160}? on (?=\\d)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE_END = Pattern.compile("\\b(?:inspection|visit) dates?\\s?:|\\bdear\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final TitleCouncil councils;

    public OfstedReportReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.councils = new TitleCouncil(gazetteer);
    }

    private static Pattern title(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** What a report's head cannot lack: a label of its dates, or a letter's opening. */
    private static final List<Phrases> NECESSARY = List.of(new Phrases("inspection date"), new Phrases("visit date"),
            new Phrases("letter summarises"), new Phrases("dear"));

    /** Whether the text is an Ofsted inspection report or visit letter about a council's children's services. */
    public boolean recognises(String text) {
        if (text == null || !Phrases.anyIn(NECESSARY, text, TITLE_WINDOW * 2)) {
            return false;
        }
        return framework(FlatText.of(head(text, TITLE_WINDOW * 2))) != null;
    }

    /** Reads a recognised text; null when it is not one of Ofsted's reports (see {@link #recognises}). */
    public ParsedReport read(String text) {
        return read(text, null);
    }

    /**
     * Reads a recognised text; {@code documentDate} is the day its PDF was made, if known, which dates the outcomes
     * when the report prints no publication date.
     */
    public ParsedReport read(String text, LocalDate documentDate) {
        String url = null;
        String stripped = text.stripLeading();
        if (stripped.regionMatches(true, 0, "URL:", 0, 4)) {
            int nl = stripped.indexOf('\n');
            url = (nl < 0 ? stripped.substring(4) : stripped.substring(4, nl)).strip();
            text = nl < 0 ? "" : stripped.substring(nl + 1).stripLeading();
        }
        String flat = FlatText.of(text);
        String head = flat.substring(0, Math.min(flat.length(), TITLE_WINDOW));
        String framework = framework(head);
        if (framework == null) {
            return null;
        }
        boolean visit = framework.endsWith("_visit");
        InspectionDates.Range range = visit ? visitDates(head) : InspectionDates.inspection(head);
        LocalDate published = InspectionDates.published(head);
        Inspection inspection = new Inspection(framework, range == null ? null : range.start(),
                range == null ? null : range.end(), published);
        LocalDate on = range != null ? range.start() : published;
        Council council = councils.find(titleRegion(head), on);
        List<Outcome> outcomes = new ArrayList<>();
        if (council != null && !visit) {
            Integer year = year(published, range, documentDate);
            String front = framework.equals("lac") || framework.equals("safeguarding_lac") ? flat
                    : flat.substring(0, Math.min(flat.length(), FRONT_WINDOW));
            for (JudgementTable.Row row : JudgementTable.read(front, framework)) {
                for (String area : row.areas()) {
                    outcomes.add(new Outcome(council.code(), council.name(), area, row.rating(), Outcome.STATUS_NEW,
                            year, row.evidence(), 1.0));
                }
            }
        }
        List<CouncilRef> mentioned = council == null ? List.of() : List.of(new CouncilRef(council.code(),
                council.name()));
        return new ParsedReport(text, outcomes, mentioned, url == null || url.isEmpty() ? null : url, titleLine(head),
                published,
                ReportParsed.KIND_OFSTED_REPORT, inspection);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** sif, ilacs, lac, safeguarding_lac, monitoring_visit or focused_visit; null for any other text. */
    static String framework(String head) {
        // case-insensitive patterns are tried at every offset; plain substring search first rules out almost all news
        String lower = head.toLowerCase(Locale.ROOT);
        boolean mayBeReport = lower.contains("inspection of") || lower.contains("judgement grade");
        boolean mayBeLetter = lower.contains("visit") && (lower.contains("letter summarises") || lower.contains("dear "));
        if (!mayBeReport && !mayBeLetter) {
            return null;
        }
        // the framework's wording first: it is cheap to look for, and most texts (news) have none, so they are spared
        // the search for inspection dates
        boolean worded = LAC.matcher(head).find() || SAFEGUARDING_LAC.matcher(head).find() || SIF.matcher(head).find()
                || ILACS.matcher(head).find();
        if (worded && InspectionDates.inspection(head) != null) {
            if (LAC.matcher(head).find()) {
                return "lac";
            }
            if (SAFEGUARDING_LAC.matcher(head).find()) {
                return "safeguarding_lac";
            }
            if (SIF.matcher(head).find()) {
                return "sif";
            }
            if (ILACS.matcher(head).find()) {
                return "ilacs";
            }
        }
        Matcher v = VISIT.matcher(head);
        if (v.find()) {
            return (v.group(1) != null ? v.group(1) : v.group(2)).toLowerCase(Locale.ROOT) + "_visit";
        }
        return null;
    }

    /** "... the findings of the monitoring visit to X children's services on 4 and 5 March 2020". */
    private static InspectionDates.Range visitDates(String head) {
        InspectionDates.Range labelled = InspectionDates.inspection(head);
        if (labelled != null) {
            return labelled;
        }
        Matcher m = VISIT_DATES.matcher(head);
        while (m.find()) {
            InspectionDates.Range r = InspectionDates.rangeAt(head, m.end());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The title block: what precedes the first date label (or the first part of a letter). */
    private static String titleRegion(String head) {
        Matcher m = TITLE_END.matcher(head);
        return m.find() ? head.substring(0, m.start()) : head.substring(0, Math.min(head.length(), 400));
    }

    private static String titleLine(String head) {
        String t = titleRegion(head).strip();
        return t.isEmpty() ? null : t.length() > 200 ? t.substring(0, 200) : t;
    }

    /**
     * The year of the publication; when the report prints none, of the day its PDF was made (if that falls in the
     * months after the fieldwork), else of the weeks after the fieldwork.
     */
    static Integer year(LocalDate published, InspectionDates.Range range, LocalDate documentDate) {
        if (published != null) {
            return published.getYear();
        }
        if (range == null) {
            return documentDate == null ? null : documentDate.getYear();
        }
        if (documentDate != null && !documentDate.isBefore(range.end())
                && documentDate.isBefore(range.end().plusMonths(MONTHS_TO_PUBLICATION_AT_MOST))) {
            return documentDate.getYear();
        }
        return range.end().plusWeeks(WEEKS_TO_PUBLICATION).getYear();
    }

    private static String head(String text, int n) {
        return text.length() <= n ? text : text.substring(0, n);
    }
}
