package watch.safeguarding.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import watch.safeguarding.events.CouncilRef;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.parser.decide.DecisionModel;
import watch.safeguarding.parser.decide.Features;

/** The news pipeline: clean-up, sentences, then per sentence the mentions (councils, grades, areas, time and
 * status cues) that make candidate outcomes; the decisions stage turns those into outcomes. Thread-safe. */
final class NewsExtractor {

    private final Gazetteer gazetteer;
    private final CouncilMatcher matcher;
    private final CouncilTargets councilTargets;
    private final Decisions decisions;

    /** How many councils sharing one grade make a list a roundup when it is counted. */
    private static final int ROUNDUP_SIZE = 3;

    /** How many words a hope may stand before the grade to read as its own: "to achieve a 'good' rating". */
    private static final int HOPE_NEAR = 3;

    /** A model of null leaves the decisions to the hand-written rules. */
    NewsExtractor(Gazetteer gazetteer, DecisionModel model) {
        this.gazetteer = gazetteer;
        this.matcher = new CouncilMatcher(gazetteer);
        this.councilTargets = new CouncilTargets(gazetteer);
        this.decisions = new Decisions(model);
    }

    ParsedReport extract(String raw, HtmlText.Page page) {
        DocumentState doc = analyse(raw, page);
        List<Outcome> outcomes = doc.gated ? decisions.finish(doc) : List.of();
        List<CouncilRef> refs = new ArrayList<>();
        for (Council c : doc.mentioned.values()) {
            refs.add(new CouncilRef(c.code(), c.name()));
        }
        return new ParsedReport(doc.text, outcomes, refs, doc.url, doc.title, doc.published);
    }

    /** The candidate outcomes and the cues of each, before any decision: what the decision model learns from. */
    List<Candidate> candidates(String raw, HtmlText.Page page) {
        DocumentState doc = analyse(raw, page);
        CandidateCues.documentFeatures(doc);
        List<Candidate> out = new ArrayList<>();
        for (Draft d : doc.drafts) {
            out.add(new Candidate(d.council.code(), d.area, d.rating, d.previous, d.year, d.evidence, d.features));
        }
        return out;
    }

    private DocumentState analyse(String raw, HtmlText.Page page) {
        DocumentState doc = new DocumentState();
        TextHeader.read(doc, raw, page);
        String text = doc.text;
        doc.domainCouncil = gazetteer.byUrl(doc.url).orElse(null);

        List<Span> sentences = SentenceSplitter.sentences(text);
        String lower = doc.lowerText();
        doc.writtenSince = doc.pubYear != null ? null : gazetteer.latestStartNamedIn(lower);
        doc.refYear = doc.pubYear != null ? doc.pubYear : Math.max(SentenceSplitter.maxYear(text, sentences),
                doc.writtenSince != null ? doc.writtenSince.getYear() : 0);

        doc.annual = StoryTopic.annualRatings(lower);
        // a text that names no year but the annual ratings or performance assessments is of their time
        doc.refYear = doc.refYear == 0 ? StoryTopic.undatedEra(lower) : doc.refYear;
        doc.singleInspections = StoryTopic.singleInspections(lower);
        doc.cpInspection = StoryTopic.childProtectionInspection(lower, doc.refYear);
        boolean gated = StoryTopic.aboutChildrensServicesInspections(lower, doc.url);

        // the page address's one council: the headline of a page whose text lost it, and the story's council until
        // the text names one
        List<Council> addressed = doc.domainCouncil != null || !PageAddress.readsAsHeadline(doc.url) ? List.of()
                : gazetteer.namedInAddress(doc.url);
        doc.urlCouncil = addressed.size() == 1 ? councilTargets.timeShift(addressed.get(0), doc.councilYear(), false).get(0) : null;
        doc.focus = doc.domainCouncil != null ? doc.domainCouncil : doc.urlCouncil;
        doc.gated = gated;
        doc.sentences = sentences;
        int order = 0;
        for (Span s : sentences) {
            order = sentence(doc, s, gated, order);
        }
        return doc;
    }

    /** The headline, byline, dateline and first sentences: where a story may speak of "a council" before it names one. */
    private static final int LEAD_SENTENCES = 6;
    int sentence(DocumentState doc, Span span, boolean gated, int order) {
        doc.sentenceIndex++;
        String text = doc.text;
        Tokens t = Tokens.of(text, span.start(), Math.min(span.end(), span.start() + SentenceSplitter.MAX_SENTENCE + 200));
        if (t.size == 0) {
            return order;
        }
        List<CouncilMatcher.Mention> all = matcher.find(t);
        MentionRoles roles = MentionRoles.of(doc, t, all);
        List<CouncilMatcher.Mention> eligible = roles.eligible();
        Council speaker = roles.speaker();
        Set<Council> earlierCouncils = roles.earlierCouncils();
        boolean unknownCouncil = Vetoes.unknownCouncil(t, all);

        boolean settingJudgements = SentenceSubjects.namesSettingJudgement(t);
        if (SentenceSubjects.namesChildrensServices(t) && !settingJudgements) {
            doc.otherTopic = false;
        } else if (settingJudgements || SentenceSubjects.namesOtherService(t)) {
            doc.otherTopic = true;
        }
        List<Grade> grades = gated ? GradeFinder.grades(t, doc.annual, doc.refYear) : List.of();
        List<Area> areas = grades.isEmpty() ? List.of() : AreaMentions.find(t);
        int sentenceYear = YearCues.firstYear(t, 0, t.size);
        boolean sentencePrevious = false;
        Set<String> sentenceAreas = new LinkedHashSet<>();
        doc.sentenceAreas = sentenceAreas;

        if (!grades.isEmpty()) {
            // a description of the grading scale: "four grades - outstanding, good, requires improvement, inadequate",
            // "grade 1 (performs poorly), grade 2 (performs adequately), grade 3 (performs well) ..."
            Set<String> ratings = new LinkedHashSet<>();
            for (Grade g : grades) {
                ratings.add(g.rating());
            }
            boolean scale = GradeScale.listed(t, grades);
            boolean crosshead = Vetoes.crosshead(t, all, areas, doc.sentenceIndex);
            boolean statistics = eligible.isEmpty() && Vetoes.statistics(t);
            int lastAccepted = -1;
            boolean standingBefore = false;
            Draft standingDraft = null;
            // the first draft of the grade before, if it made any
            Draft gradeDraft = null;
            // "uplifted its child protection from good to outstanding": the areas the change started from
            Set<String> changeAreas = Set.of();
            for (int gi = 0; gi < grades.size(); gi++) {
                Grade g = grades.get(gi);
                Draft previousGradeDraft = gradeDraft;
                gradeDraft = null;
                int windowStart = gi == 0 ? 0 : grades.get(gi - 1).to();
                int windowEnd = gi + 1 < grades.size() ? grades.get(gi + 1).from() : t.size;
                // "has dropped from good to requires improvement": both grades hang on the one verb
                int verbStart = windowStart;
                if (gi > 0 && t.is(g.from() - 1, "to") && t.is(grades.get(gi - 1).from() - 1, "from")) {
                    verbStart = gi > 1 ? grades.get(gi - 2).to() : 0;
                }
                int strength = GradeFinder.ratingStrength(t, g, verbStart, areas, !eligible.isEmpty());
                if (strength == 0 && lastAccepted >= 0 && g.from() - lastAccepted < 25
                        && ClauseStructure.coordinated(t, lastAccepted, g.from())) {
                    strength = 2; // "inadequate for X and adequate in Y"
                }
                if (strength < 0) {
                    continue;
                }
                // the rules' vetoes are cues for the learned decision: each names why the rules would drop the grade
                Features f = CandidateCues.gradeFeatures(doc, t, g, strength, grades.size(), eligible.size());
                f.add(strength == 0, "veto_weak_rating_word");
                // the vetoes the labels bear out every time stay hard: no grade in a text that is not about
                // inspections of children's services, none that is negated, none of the capacity to improve, none
                // in a description of the grading scale, none that a conditional follows ("another inadequate rating
                // would lead to intervention": a fear) or a modal passive ("could be rated"), none in a crosshead
                if (!gated || scale || crosshead || Vetoes.negated(t, g, windowStart) || Vetoes.capacityJudgement(t, g, windowStart)
                        || Hypotheticals.conditionalAfter(t, g) || Hypotheticals.modalPassive(t, g) || GradeScale.rung(t, grades, gi)) {
                    continue;
                }
                int hope = Hypotheticals.hypotheticalCue(t, g, windowStart, areas);
                f.add(hope >= 0 || Hypotheticals.forNextTime(t, g), "veto_hypothetical");
                // which cue and how near: a modal far back may belong to another clause, a target word right before rarely does
                f.add(hope >= 0 && t.isAny(hope, Lexicon.MODALS), "hypothetical_modal");
                f.add(hope >= 0 && Hypotheticals.wordsBetween(t, hope + 1, g.from()) <= HOPE_NEAR, "hypothetical_near");
                // "good in three of the four areas": a count of sub-judgements, not an overall grade
                int after = t.isQuote(g.to()) ? g.to() + 1 : g.to();
                // "judged good or better": a range, not a grade
                if (t.is(after, "or") && (t.is(after + 1, "better") || t.is(after + 1, "above") || t.is(after + 1, "worse")
                        || t.is(after + 1, "higher") || t.is(after + 1, "below"))) {
                    continue;
                }
                if (t.is(after, "in") && Lexicon.number(t.lower[Math.min(after + 1, t.size - 1)]) > 0
                        && (t.is(after + 2, "of") || t.is(after + 2, "out") || t.is(after + 2, "areas") || t.is(after + 3, "areas"))
                        && AreaLists.countThenList(t, after, areas) < 0
                        || Vetoes.countBefore(t, g, windowStart) || QuantitySubject.of(t, grades, gi, all, areas)
                        || Vetoes.gradesCounted(t, g)) {
                    continue;
                }
                // in a story about a children's home or a school, "poor" is a plain word, not the annual ratings'
                if (g.annualWord() && g.to() - g.from() == 1 && g.rating().equals("performs_poorly") && doc.otherTopic && !doc.annual) {
                    continue;
                }
                if (settingJudgements || Vetoes.otherSubject(t, g, eligible)) {
                    doc.otherTopic = true;
                    doc.settingStory |= doc.drafts.isEmpty() && SentenceSubjects.namesSetting(t);
                    continue;
                }
                // councils
                List<Council> targets = new ArrayList<>();
                boolean presupposed = false;
                boolean explicit = !eligible.isEmpty();
                Integer year = null;
                Status st = GradeStatus.status(doc, t, g, windowStart, windowEnd, gi, eligible, f);
                // "A and B are currently rated good, while C ... require improvement": both are standing grades, and
                // the learned decision follows the first grade's
                Draft statusLeader = null;
                if (standingBefore && !st.previous() && lastAccepted >= 0 && ClauseStructure.coordinated(t, lastAccepted, g.from())) {
                    st = new Status(true, st.year(), st.newScore(), true);
                    statusLeader = standingDraft;
                }
                // "judged as 'good' and 'outstanding'": two grades of one verb share its time
                if (statusLeader == null && previousGradeDraft != null
                        && ClauseStructure.tightlyJoined(t, grades.get(gi - 1).to(), g.from())) {
                    st = new Status(previousGradeDraft.previous, st.year(), st.newScore(), st.standing());
                    statusLeader = previousGradeDraft;
                }
                standingBefore = st.standing();
                year = st.year();
                if (explicit) {
                    for (CouncilMatcher.Mention m : CouncilTargets.targetsFor(t, eligible, grades, gi, ratings.size())) {
                        targets.addAll(councilTargets.resolveFor(doc, m.councils(), year, st.previous()));
                    }
                } else if (doc.focus == null) {
                    // "A council has been rated inadequate ...": a lead's unnamed council is the one the text names next;
                    // one a relative clause grades ("a commissioner at a council where Ofsted rated ...") had it already
                    // so is the subject of "It is the third council rated inadequate this week, following A and B"
                    // when a lead has named no council but those earlier examples
                    boolean examplesOnly = !earlierCouncils.isEmpty()
                            && doc.mentioned.values().stream().allMatch(earlierCouncils::contains);
                    CouncilTargets.Unnamed unnamed = unknownCouncil || doc.sentenceIndex > LEAD_SENTENCES ? CouncilTargets.Unnamed.NONE
                            : earlierCouncils.isEmpty() && doc.mentioned.isEmpty() ? CouncilTargets.unnamedCouncil(t, g)
                            : examplesOnly ? CouncilTargets.Unnamed.SUBJECT : CouncilTargets.Unnamed.NONE;
                    Council later = unnamed != CouncilTargets.Unnamed.NONE ? CouncilTargets.namedLater(doc, matcher) : null;
                    if (later != null && earlierCouncils.contains(later)) {
                        later = null;
                    }
                    if (later != null) {
                        f.add("council_named_later");
                        presupposed = unnamed == CouncilTargets.Unnamed.RELATIVE;
                        targets.addAll(councilTargets.timeShift(later, CouncilTargets.yearOf(doc, later, year),
                                year != null || !st.previous() && !presupposed, doc.lowerText()));
                    } else {
                        // no council in view (with a school, a children's home or a youth justice service the story's
                        // subject, "inspectors rated leadership inadequate" is about that, until children's services
                        // are named again); only earlier examples keep their grade: "It is the third council rated
                        // inadequate this week, following A and B"
                        if (earlierCouncils.isEmpty() || unknownCouncil) {
                            continue;
                        }
                        f.add("council_none");
                    }
                } else {
                    f.add(statistics, "veto_statistics");
                    if (unknownCouncil) {
                        continue;
                    }
                    // "councils rated inadequate will get a commissioner": a class of authorities, never the story's own
                    if (Vetoes.generic(t, g, windowStart)) {
                        continue;
                    }
                    // a story whose first grade was a school's or a home's: "Inspectors rated the effectiveness of
                    // leadership as inadequate" is that setting's, unless children's services are named
                    if (doc.settingStory && !SentenceSubjects.namesChildrensServices(t)) {
                        continue;
                    }
                    f.add(doc.otherTopic, "veto_story_about_other_service");
                    Council county = speaker == null ? CouncilTargets.countyAnaphor(t, doc) : null;
                    Council implied = speaker != null ? speaker : county != null ? county : doc.focus;
                    f.add(speaker != null ? "council_speaker" : county != null ? "council_county" : "council_focus");
                    targets.addAll(councilTargets.timeShift(implied, CouncilTargets.yearOf(doc, implied, year), year != null || !st.previous(),
                            doc.lowerText()));
                }
                // an authority abolished by then is a place name, not the subject of a newly published grade
                if (!st.previous()) {
                    targets.removeIf(c -> CouncilTargets.abolishedBy(c, doc));
                }
                boolean vetoed = f.values().keySet().stream().anyMatch(k -> k.startsWith("veto_"));
                Set<String> gradeAreas = GradeAreas.areasFor(doc, t, g, windowStart, windowEnd, areas,
                        year != null ? year : doc.refYear);
                boolean changedFrom = EarlierInspectionCues.changedFrom(t, g, windowEnd);
                if (doc.areaImplied && !changeAreas.isEmpty()) {
                    gradeAreas = new LinkedHashSet<>(changeAreas);
                    doc.areaImplied = false;
                }
                changeAreas = changedFrom && !doc.areaImplied ? gradeAreas : Set.of();
                int eraYear = year != null ? year : st.previous() || doc.pubYear == null ? -1 : doc.pubYear;
                Set<String> quantified = new LinkedHashSet<>();
                if (doc.allAreas && eraYear > 0) {
                    // "each area was rated good" grades the areas the text has just named; unnamed, only the whole
                    List<String> ofEra = Lexicon.areasOfEra(eraYear);
                    for (String named : doc.namedAreas) {
                        if (ofEra.isEmpty() || ofEra.contains(named)) {
                            quantified.add(named);
                        }
                    }
                    quantified.removeAll(gradeAreas);
                    gradeAreas.addAll(quantified);
                }
                // a grade of fostering alone is the council's fostering agency's, which Ofsted inspects as a setting
                if (gradeAreas.equals(Set.of(Lexicon.FOSTERING))) {
                    doc.otherTopic = true;
                    continue;
                }
                // the annual performance assessments graded the services as a whole; an undated text about them whose
                // years go no later than theirs is of their time
                int annualYear = eraYear > 0 ? eraYear : doc.annual && doc.pubYear == null && year == null ? doc.refYear : -1;
                if (annualYear > 0 && annualYear <= Lexicon.LAST_ANNUAL_ASSESSMENT && gradeAreas.remove(Lexicon.OVERALL)) {
                    gradeAreas.add(Lexicon.ANNUAL);
                }
                f.add(doc.areaImplied, "area_implied");
                boolean repeated = EarlierInspectionCues.repeated(t, g, windowStart, windowEnd);
                f.add(repeated, "grade_again");
                f.add("targets_", Math.min(targets.size(), 3));
                // since reports come one by one (the single inspection framework, 2014), a counted list of councils
                // sharing a grade is a roundup of grades already published: "The seven judged inadequate in this latest
                // report are: A; B; ...", "Councils rated inadequate this year include A, B and C"
                boolean roundup = targets.size() >= ROUNDUP_SIZE && (doc.refYear >= Lexicon.FIRST_SIF_YEAR || doc.singleInspections)
                        && Vetoes.counted(t, explicit ? eligible.get(0).from() : g.from());
                int draftsBefore = doc.drafts.size();
                earlierCouncils.removeAll(targets);
                targets.addAll(earlierCouncils);
                // "was also judged inadequate": the passage goes on with the grades it has given, in their time
                boolean also = year == null && EarlierInspectionCues.also(t, g, windowStart);
                Map<String, List<Draft>> listmates = targets.size() > 1 ? new HashMap<>() : null;
                for (Council c : targets) {
                    boolean earlier = roundup || presupposed || earlierCouncils.contains(c);
                    // the areas one grade phrase gives a council share its time: the first area's draft leads
                    Draft gradeLeader = null;
                    for (String area : gradeAreas) {
                        Draft d = new Draft();
                        d.features = f.copy().add("area_", area).add(c.equals(doc.domainCouncil), "council_of_site")
                                .add(c.equals(doc.urlCouncil), "council_of_address")
                                .add(quantified.contains(area), "area_from_every_area").add(earlier, "council_earlier_example");
                        d.vetoed = vetoed;
                        d.council = c;
                        d.area = area;
                        d.rating = g.rating();
                        d.earlierExample = earlier;
                        d.changedFrom = changedFrom;
                        d.afterExamples = !earlier && !earlierCouncils.isEmpty() && !changedFrom;
                        d.endedRatings = g.rating().startsWith("performs") && doc.refYear > Lexicon.LAST_ANNUAL_RATING_NEWS;
                        d.previous = earlier || changedFrom || d.endedRatings || st.previous();
                        d.year = earlier ? null : st.previous() ? year : year != null ? year : doc.pubYear;
                        d.yearStated = !earlier && year != null;
                        d.evidence = CandidateCues.evidence(text, span);
                        d.confidence = CandidateCues.confidence(strength, explicit, st, t);
                        d.newScore = st.newScore();
                        d.order = order++;
                        d.areaImplied = doc.areaImplied;
                        d.repeated = repeated;
                        d.statusLeader = statusLeader != null ? statusLeader : also ? doc.lastDraftOf(c, draftsBefore) : gradeLeader;
                        gradeLeader = gradeLeader == null ? d : gradeLeader;
                        if (!earlier && listmates != null) {
                            d.listmates = listmates.computeIfAbsent(area, a -> new ArrayList<>());
                            d.listmates.add(d);
                        }
                        doc.drafts.add(d);
                    }
                }
                gradeDraft = doc.drafts.size() > draftsBefore ? doc.drafts.get(draftsBefore) : null;
                if (vetoed) {
                    continue;
                }
                lastAccepted = g.to();
                if (st.standing() && doc.drafts.size() > draftsBefore) {
                    standingDraft = doc.drafts.get(draftsBefore);
                }
                sentenceAreas.addAll(gradeAreas);
                doc.lastAreas = gradeAreas;
                if (st.previous()) {
                    sentencePrevious = true;
                }
            }
        }
        if (!sentenceAreas.isEmpty()) {
            doc.lastSentenceAreas = sentenceAreas;
        }
        doc.listedAreas = grades.isEmpty() ? JudgementAreas.listed(t, doc.refYear) : Set.of();
        if (!grades.isEmpty()) {
            doc.namedAreas = new LinkedHashSet<>();
        } else if (gated) {
            doc.namedAreas.addAll(JudgementAreas.named(t, doc.refYear));
        }
        // discourse focus; on a council's own site the story stays the council's ("Locally, only X has a
        // higher rating" compares, it does not change the subject)
        if (unknownCouncil) {
            doc.focus = null;
        } else if (doc.domainCouncil != null) {
            doc.focus = doc.domainCouncil;
        } else {
            for (CouncilMatcher.Mention m : eligible) {
                if (!t.isAny(m.from() - 1, Lexicon.PREDECESSOR_MARKERS)) {
                    doc.focus = doc.resolve(m.councils(), doc.published, doc.councilYear());
                    break;
                }
            }
        }
        doc.prevSentenceYear = sentenceYear;
        doc.prevSentencePrevious = sentencePrevious || EarlierInspectionCues.containsPreviousInspection(t);
        return order;
    }
}
