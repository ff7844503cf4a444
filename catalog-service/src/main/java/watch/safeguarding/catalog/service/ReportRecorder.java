package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.JudgementSource;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.events.Vocabulary;
import watch.safeguarding.events.Outcome;
import watch.safeguarding.events.ReportParsed;
import watch.safeguarding.events.Source;

/** Records a parsed report, its judgements and their sources, exactly once per report id. */
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

    /**
     * Records a batch in one transaction (a poll's worth: far fewer commits than one per report). The batch is read
     * in two queries, whatever its size: which report ids are known, and the histories of the councils and areas its
     * outcomes are about; everything after that is decided in memory and written in JDBC batches at commit.
     *
     * @return how many were new; the others were recorded before (duplicates or a replay) and change nothing
     */
    @Transactional
    public int recordAll(List<ReportParsed> events) {
        Set<String> known = knownReportIds(events);
        Batch batch = new Batch(loadHistories(events));
        List<ReportParsed> fresh = new ArrayList<>();
        for (ReportParsed event : events) {
            // known.add: a report id twice in one poll is recorded once too
            if (known.add(event.reportId())) {
                fresh.add(event);
            } else {
                metrics.counter("catalog.reports", "result", "duplicate").increment();
            }
        }
        // rows of one kind persisted together: Hibernate sends consecutive inserts of one table as one JDBC batch
        List<Report> reports = fresh.stream().map(ReportRecorder::report).toList();
        reports.forEach(report -> report.persist());
        for (int i = 0; i < fresh.size(); i++) {
            link(fresh.get(i), reports.get(i), batch);
        }
        batch.sources.forEach(source -> source.persist());
        announce(batch.announcements);
        metrics.counter("catalog.reports", "result", "recorded").increment(fresh.size());
        return fresh.size();
    }

    /** Whether the database answers at all: tells a refused message from a database that is down. */
    public boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Report.getEntityManager().createNativeQuery("select 1").getSingleResult()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> knownReportIds(List<ReportParsed> events) {
        String[] ids = events.stream().map(ReportParsed::reportId).distinct().toArray(String[]::new);
        return new HashSet<>(em.createNativeQuery("select id from report where id = any(:ids)")
                .setParameter("ids", ids).getResultList());
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
    private static final class Batch {
        private final Map<String, List<Judgement>> histories = new HashMap<>();
        final List<JudgementSource> sources = new ArrayList<>();
        final List<Pending> announcements = new ArrayList<>();

        Batch(List<Judgement> judgements) {
            judgements.forEach(this::add);
        }

        List<Judgement> history(String councilCode, String area) {
            return List.copyOf(histories.getOrDefault(councilCode + "|" + area, List.of()));
        }

        void add(Judgement judgement) {
            histories.computeIfAbsent(judgement.councilCode + "|" + judgement.area, key -> new ArrayList<>()).add(judgement);
        }
    }

    /** A judgements.recorded event to write once every judgement of the batch exists. */
    private record Pending(Judgement judgement, Council council, String previousRating, Report report, Outcome outcome) {
    }

    /** Writes the batch's events; each knows how many events its announcement (council and report) has. */
    private void announce(List<Pending> announcements) {
        Map<String, Long> groupSizes = announcements.stream()
                .collect(Collectors.groupingBy(p -> p.council().code + "|" + p.report().id, Collectors.counting()));
        for (Pending p : announcements) {
            int groupSize = groupSizes.get(p.council().code + "|" + p.report().id).intValue();
            outbox.judgementRecorded(p.judgement(), p.council(), p.previousRating(), p.report(), new Outbox.Announcement(
                    p.outcome().alerting(), p.outcome().confidence(), true, JudgementRecorded.REASON_NEWS, groupSize));
        }
    }

    private static List<Outcome> outcomes(ReportParsed event) {
        return event.outcomes() == null ? List.of() : event.outcomes();
    }

    private static Report report(ReportParsed event) {
        Source source = event.source() == null ? Source.UNKNOWN : event.source();
        Report report = new Report();
        report.id = event.reportId();
        report.kind = Report.NEWS;
        report.url = source.url();
        report.publisher = source.publisher();
        report.title = source.title();
        report.publishedDate = source.publishedDate();
        report.receivedAt = event.receivedAt() == null ? Instant.now() : event.receivedAt();
        report.text = event.text() == null ? "" : event.text();
        report.parserVersion = event.parserVersion();
        return report;
    }

    /** Links the report to the judgement of each outcome it states, creating the judgements seen for the first time. */
    private void link(ReportParsed event, Report report, Batch batch) {
        Set<Long> linked = new HashSet<>();
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
            Judgement judgement = judgementFor(council, outcome, report, batch);
            if (linked.add(judgement.id)) {
                JudgementSource link = new JudgementSource();
                link.judgementId = judgement.id;
                link.reportId = report.id;
                link.status = outcome.status();
                link.evidence = outcome.evidence();
                link.confidence = outcome.confidence();
                batch.sources.add(link);
            }
        }
    }

    private Judgement judgementFor(Council council, Outcome outcome, Report report, Batch batch) {
        Integer year = JudgementRules.effectiveYear(outcome, report.publishedDate, report.receivedAt);
        List<Judgement> existing = batch.history(council.code, outcome.area());
        var same = JudgementRules.sameOutcome(existing, outcome.rating(), year);
        if (same.isPresent()) {
            Judgement known = same.get();
            if (Outcome.STATUS_NEW.equals(outcome.status())) {
                known.reportedAs = Outcome.STATUS_NEW;
            }
            return known;
        }
        Judgement judgement = new Judgement();
        judgement.councilCode = council.code;
        judgement.area = outcome.area();
        judgement.rating = outcome.rating();
        judgement.year = year;
        judgement.publishedDate = Outcome.STATUS_NEW.equals(outcome.status()) ? report.publishedDate : null;
        judgement.reportedAs = outcome.status();
        judgement.createdAt = Instant.now();
        List<Judgement> conflicts = JudgementRules.conflicting(existing, outcome.rating(), year);
        judgement.conflict = !conflicts.isEmpty();
        conflicts.forEach(other -> other.conflict = true);
        judgement.persist();
        batch.add(judgement);
        if (Outcome.STATUS_NEW.equals(outcome.status())) {
            String previousRating = JudgementRules.previous(existing, year).map(j -> j.rating).orElse(null);
            batch.announcements.add(new Pending(judgement, council, previousRating, report, outcome));
            metrics.counter("catalog.judgements.new", "rating", judgement.rating).increment();
        }
        return judgement;
    }
}
