package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import watch.safeguarding.catalog.config.RecordingConfig;
import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.JudgementSource;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.events.Inspection;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;
import watch.safeguarding.events.Vocabulary;

/**
 * Records a parsed report, its judgements and their sources, exactly once per report id, and decides which
 * judgements.recorded events to write and whether each notifies ({@link NotificationRules}).
 * <p>
 * Two catalog instances may record at once: a batch first takes transaction-scoped advisory locks on its report ids
 * and on the councils and areas its outcomes are about (in one order, so never a deadlock), and only then reads which
 * reports are known and the histories, so the second instance sees what the first committed. The judgement's unique
 * natural key backs this up.
 */
@ApplicationScoped
public class ReportRecorder {

    private static final Logger LOG = Logger.getLogger(ReportRecorder.class);

    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntityManager em;
    @Inject
    CouncilDirectory councils;
    @Inject
    RecordingConfig config;

    private NotificationRules rules;

    @PostConstruct
    void init() {
        rules = new NotificationRules(new NotificationRules.Settings(config.newsWindowDays(), config.minConfidence()));
    }

    /**
     * Records a batch in one transaction (a poll's worth: far fewer commits than one per report). The batch is read
     * in two queries, whatever its size: which report ids are known, and the histories of the councils and areas its
     * outcomes are about; everything after that is decided in memory and written in JDBC batches at commit.
     * <p>
     * A known report id changes nothing, unless it now comes with a source date it did not have (or another one): an
     * undated text posted again with its date. Then the report takes that date and its outcomes are recorded again
     * from it: judgements only it stated are replaced by the ones its date gives.
     *
     * @return how many were new or corrected; the others were recorded before (duplicates or a replay)
     */
    @Transactional
    public int recordAll(List<ReportParsed> events) {
        lock(events);
        Map<String, LocalDate> known = knownReports(events);
        Batch batch = new Batch(loadHistories(events));
        List<ReportParsed> fresh = new ArrayList<>();
        List<ReportParsed> corrections = new ArrayList<>();
        for (ReportParsed event : events) {
            LocalDate date = sourceDate(event);
            if (!known.containsKey(event.reportId())) {
                fresh.add(event);
            } else if (date != null && !date.equals(known.get(event.reportId()))) {
                corrections.add(event);
            } else {
                metrics.counter("catalog.reports", "result", "duplicate").increment();
                continue;
            }
            // a report id twice in one poll is recorded once, or corrected by the later one
            known.put(event.reportId(), date);
        }
        // rows of one kind persisted together: Hibernate sends consecutive inserts of one table as one JDBC batch
        List<Report> reports = fresh.stream().map(ReportRecorder::report).toList();
        reports.forEach(report -> report.persist());
        for (int i = 0; i < fresh.size(); i++) {
            link(fresh.get(i), reports.get(i), batch);
        }
        batch.persistSources();
        corrections.forEach(event -> correct(event, batch));
        announce(batch);
        metrics.counter("catalog.reports", "result", "recorded").increment(fresh.size());
        metrics.counter("catalog.reports", "result", "corrected").increment(corrections.size());
        return fresh.size() + corrections.size();
    }

    /** Whether the database answers at all: tells a refused message from a database that is down. */
    public boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Report.getEntityManager().createNativeQuery("select 1").getSingleResult()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Advisory locks, held until commit, on the batch's report ids and council/area pairs, taken in hash order. */
    private void lock(List<ReportParsed> events) {
        Set<String> keys = new HashSet<>();
        for (ReportParsed event : events) {
            keys.add("report|" + event.reportId());
            outcomes(event).forEach(o -> keys.add("history|" + o.councilCode() + "|" + o.area()));
        }
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, 0) h"
                + " from unnest(cast(:keys as text[])) k order by h) ordered) locked")
                .setParameter("keys", keys.toArray(String[]::new)).getSingleResult();
    }

    /** Known report ids with their source date (null when undated). */
    @SuppressWarnings("unchecked")
    private Map<String, LocalDate> knownReports(List<ReportParsed> events) {
        String[] ids = events.stream().map(ReportParsed::reportId).distinct().toArray(String[]::new);
        Map<String, LocalDate> known = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select id, published_date from report where id = any(:ids)")
                .setParameter("ids", ids).getResultList()) {
            known.put((String) row[0], row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1]);
        }
        return known;
    }

    /** Every judgement of each (council, area) the batch has an outcome for, managed by this transaction. */
    @SuppressWarnings("unchecked")
    private List<Judgement> loadHistories(List<ReportParsed> events) {
        Set<String> pairs = new LinkedHashSet<>();
        for (ReportParsed event : events) {
            for (Outcome outcome : outcomes(event)) {
                if (outcome.councilCode() != null && outcome.area() != null) {
                    pairs.add(outcome.councilCode() + "|" + outcome.area());
                }
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        String[] codes = pairs.stream().map(p -> p.substring(0, p.indexOf('|'))).toArray(String[]::new);
        String[] areas = pairs.stream().map(p -> p.substring(p.indexOf('|') + 1)).toArray(String[]::new);
        return em.createNativeQuery("select j.* from unnest(cast(:codes as text[]), cast(:areas as text[])) p(code, area)"
                + " join judgement j on j.council_code = p.code and j.area = p.area", Judgement.class)
                .setParameter("codes", codes).setParameter("areas", areas).getResultList();
    }

    /**
     * One batch in memory: the histories by council and area (judgements the batch creates join them at once), the
     * sources to insert, and the judgements.recorded events to write to the outbox once the judgements exist.
     */
    private final class Batch {
        private final Map<String, List<Judgement>> histories = new HashMap<>();
        private final List<JudgementSource> sources = new ArrayList<>();
        final List<Pending> announcements = new ArrayList<>();

        Batch(List<Judgement> judgements) {
            judgements.forEach(this::add);
        }

        List<Judgement> history(String councilCode, String area) {
            return histories.getOrDefault(councilCode + "|" + area, List.of());
        }

        void add(Judgement judgement) {
            histories.computeIfAbsent(judgement.councilCode + "|" + judgement.area, key -> new ArrayList<>()).add(judgement);
        }

        Judgement byId(Long id) {
            return histories.values().stream().flatMap(List::stream).filter(j -> id.equals(j.id)).findFirst()
                    .orElseGet(() -> em.find(Judgement.class, id));
        }

        void remove(Judgement judgement) {
            history(judgement.councilCode, judgement.area).remove(judgement);
            announcements.removeIf(p -> p.judgement() == judgement);
        }

        void addSource(JudgementSource source) {
            sources.add(source);
        }

        void persistSources() {
            sources.forEach(source -> source.persist());
            sources.clear();
        }
    }

    /** A judgements.recorded event to write once every judgement of the batch exists. */
    private record Pending(Judgement judgement, Council council, String previousRating, Report report, Outcome outcome,
            NotificationRules.Decision decision) {

        /**
         * The announcement it belongs to: its council and report, and the report's date, so that the events a
         * corrected report writes make an announcement of their own.
         */
        String groupId() {
            return JudgementIdentity.groupId(council.code, report.id + (report.publishedDate == null ? "" : "@" + report.publishedDate));
        }
    }

    /** Writes the batch's events; each knows how many events its announcement has. */
    private void announce(Batch batch) {
        Map<String, Long> groupSizes = batch.announcements.stream().collect(Collectors.groupingBy(Pending::groupId, Collectors.counting()));
        for (Pending p : batch.announcements) {
            outbox.judgementRecorded(p.judgement(), p.council(), p.previousRating(), p.report(), new Outbox.Announcement(
                    p.outcome().alerting(), p.outcome().confidence(), p.decision().notifies(), p.decision().reason(),
                    p.groupId(), groupSizes.get(p.groupId()).intValue()));
        }
    }

    private static List<Outcome> outcomes(ReportParsed event) {
        return event.outcomes() == null ? List.of() : event.outcomes();
    }

    /** The date the report was published: an Ofsted report's own publication date, else its source's. */
    private static LocalDate sourceDate(ReportParsed event) {
        if (event.official() && event.inspection() != null && event.inspection().published() != null) {
            return event.inspection().published();
        }
        return event.source() == null ? null : event.source().publishedDate();
    }

    private static Report report(ReportParsed event) {
        Source source = event.source() == null ? Source.UNKNOWN : event.source();
        Report report = new Report();
        report.id = event.reportId();
        report.kind = event.official() ? Report.OFSTED : Report.NEWS;
        report.url = source.url();
        report.publisher = source.publisher();
        report.title = source.title();
        report.publishedDate = sourceDate(event);
        report.receivedAt = event.receivedAt() == null ? Instant.now() : event.receivedAt();
        report.text = event.text() == null ? "" : event.text();
        report.parserVersion = event.parserVersion();
        return report;
    }

    /**
     * A known report posted again with a date: the report takes it, its links go, judgements nothing else states go
     * with them (they were the report's guess of its own year), and its outcomes are recorded again from the date.
     */
    private void correct(ReportParsed event, Batch batch) {
        Report report = em.find(Report.class, event.reportId());
        report.publishedDate = sourceDate(event);
        Source source = event.source() == null ? Source.UNKNOWN : event.source();
        report.url = Objects.requireNonNullElse(source.url(), report.url);
        report.title = Objects.requireNonNullElse(source.title(), report.title);
        report.publisher = Objects.requireNonNullElse(source.publisher(), report.publisher);
        em.flush();
        List<JudgementSource> links = JudgementSource.list("reportId", report.id);
        Set<Judgement> affected = new LinkedHashSet<>();
        for (JudgementSource link : links) {
            affected.add(batch.byId(link.judgementId));
            link.delete();
        }
        em.flush();
        for (Judgement judgement : affected) {
            if (!judgement.official && JudgementSource.count("judgementId", judgement.id) == 0) {
                batch.remove(judgement);
                judgement.delete();
                JudgementRules.flag(batch.history(judgement.councilCode, judgement.area), judgement.year);
            }
        }
        em.flush();
        link(event, report, batch);
        batch.persistSources();
        LOG.infof("report %s corrected: now dated %s", report.id, report.publishedDate);
    }

    /** Links the report to the judgement of each outcome it states, creating the judgements seen for the first time. */
    private void link(ReportParsed event, Report report, Batch batch) {
        Set<Judgement> linked = new HashSet<>();
        // earlier grades first: the history a report gives is known when its new grade names the grade before
        List<Outcome> outcomes = outcomes(event).stream()
                .sorted(Comparator.comparing((Outcome o) -> Outcome.STATUS_NEW.equals(o.status()))).toList();
        for (Outcome outcome : outcomes) {
            Council council = outcome.councilCode() == null ? null : councils.byCode().get(outcome.councilCode());
            if (council == null || !Vocabulary.AREAS.containsKey(outcome.area()) || !Vocabulary.RATINGS.containsKey(outcome.rating())
                    || !Vocabulary.STATUSES.contains(outcome.status())) {
                LOG.warnf("report %s: outcome outside the gazetteer or vocabularies skipped (%s, %s, %s, %s)", report.id,
                        outcome.councilCode(), outcome.area(), outcome.rating(), outcome.status());
                continue;
            }
            Judgement judgement = judgementFor(council, outcome, report, event, batch);
            if (linked.add(judgement)) {
                JudgementSource link = new JudgementSource();
                link.judgementId = judgement.id;
                link.reportId = report.id;
                link.status = outcome.status();
                link.evidence = outcome.evidence();
                link.confidence = outcome.confidence();
                batch.addSource(link);
            }
        }
    }

    private Judgement judgementFor(Council council, Outcome outcome, Report report, ReportParsed event, Batch batch) {
        boolean isNew = Outcome.STATUS_NEW.equals(outcome.status());
        // an earlier grade an Ofsted report recalls is context, like news: this report's inspection is not its own
        boolean official = event.official() && isNew;
        Integer year = official ? officialYear(outcome, report) : JudgementRules.effectiveYear(outcome, report.publishedDate, report.receivedAt);
        List<Judgement> history = batch.history(council.code, outcome.area());
        String previousRating = JudgementRules.previous(history.stream().filter(j -> !j.disputed).toList(), year)
                .map(j -> j.rating).orElse(null);
        Judgement judgement = JudgementRules.sameOutcome(history, outcome.rating(), year).orElse(null);
        boolean created = judgement == null;
        boolean becameNew = false;
        boolean becameOfficial = official && !created && !judgement.official;
        if (created) {
            judgement = new Judgement();
            judgement.councilCode = council.code;
            judgement.area = outcome.area();
            judgement.rating = outcome.rating();
            judgement.year = year;
            judgement.reportedAs = outcome.status();
            judgement.confidence = outcome.confidence();
            judgement.createdAt = Instant.now();
            if (isNew) {
                judgement.publishedDate = report.publishedDate;
            }
        } else if (isNew && !Outcome.STATUS_NEW.equals(judgement.reportedAs)) {
            judgement.reportedAs = Outcome.STATUS_NEW;
            becameNew = true;
        }
        judgement.confidence = Math.max(judgement.confidence, outcome.confidence());
        if (official) {
            officialise(judgement, report, event.inspection());
        }
        if (created) {
            Inspection inspection = official ? event.inspection() : null;
            judgement.key = JudgementIdentity.judgementId(council.code, judgement.area, judgement.rating,
                    inspection == null ? null : inspection.start(), year);
            judgement.persist();
            batch.add(judgement);
            history = batch.history(council.code, outcome.area());
        }
        JudgementRules.flag(history, judgement.year);
        if (isNew) {
            NotificationRules.Decision decision = rules.decide(judgement, outcome.confidence(),
                    new NotificationRules.Dating(report.publishedDate, outcome.year(), report.receivedAt), history);
            if (created || becameNew || becameOfficial || decision.notifies()) {
                judgement.announced |= decision.notifies();
                batch.announcements.add(new Pending(judgement, council, previousRating, report, outcome, decision));
                metrics.counter("catalog.judgements.new", "rating", judgement.rating, "notify", decision.reason()).increment();
            }
        }
        return judgement;
    }

    /** Ofsted's report states it: official, with the inspection's dates and framework. */
    private static void officialise(Judgement judgement, Report report, Inspection inspection) {
        judgement.official = true;
        judgement.reportedAs = Outcome.STATUS_NEW;
        judgement.publishedDate = report.publishedDate;
        if (inspection != null) {
            judgement.inspectionStart = Objects.requireNonNullElse(inspection.start(), judgement.inspectionStart);
            judgement.inspectionEnd = Objects.requireNonNullElse(inspection.end(), judgement.inspectionEnd);
            judgement.framework = Objects.requireNonNullElse(inspection.framework(), judgement.framework);
        }
    }

    /** The year of an official grade, as the seed counts it: the report's publication year, else the year it states. */
    private static Integer officialYear(Outcome outcome, Report report) {
        if (report.publishedDate != null) {
            return report.publishedDate.getYear();
        }
        return outcome.year() != null ? outcome.year() : report.receivedAt.atZone(ZoneOffset.UTC).getYear();
    }
}
