package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * Records a batch in one transaction (a poll's worth: far fewer commits than one per report).
     *
     * @return how many were new; the others were recorded before (duplicates or a replay) and change nothing
     */
    @Transactional
    public int recordAll(List<ReportParsed> events) {
        int recorded = 0;
        for (int i = 0; i < events.size(); i++) {
            if (record(events.get(i))) {
                recorded++;
            }
            // every query first flushes and dirty-checks all that the transaction holds: written out and let go in
            // chunks, a poll of 500 reports costs 500 small checks instead of 500 ever larger ones
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        return recorded;
    }

    private static final int FLUSH_EVERY = 50;

    /** Whether the database answers at all: tells a refused message from a database that is down. */
    public boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Report.getEntityManager().createNativeQuery("select 1").getSingleResult()) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean record(ReportParsed event) {
        if (Report.findById(event.reportId()) != null) {
            metrics.counter("catalog.reports", "result", "duplicate").increment();
            return false;
        }
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
        report.persist();

        Set<Long> linked = new HashSet<>();
        for (Outcome outcome : event.outcomes() == null ? List.<Outcome>of() : event.outcomes()) {
            Council council = outcome.councilCode() == null ? null : Council.findById(outcome.councilCode());
            if (council == null || !Vocabulary.AREAS.containsKey(outcome.area()) || !Vocabulary.RATINGS.containsKey(outcome.rating())
                    || !Vocabulary.STATUSES.contains(outcome.status())) {
                LOG.warnf("report %s: outcome outside the gazetteer or vocabularies skipped (%s, %s, %s, %s)", report.id,
                        outcome.councilCode(), outcome.area(), outcome.rating(), outcome.status());
                continue;
            }
            Judgement judgement = judgementFor(council, outcome, report);
            if (linked.add(judgement.id)) {
                JudgementSource link = new JudgementSource();
                link.judgementId = judgement.id;
                link.reportId = report.id;
                link.status = outcome.status();
                link.evidence = outcome.evidence();
                link.confidence = outcome.confidence();
                link.persist();
            }
        }
        metrics.counter("catalog.reports", "result", "recorded").increment();
        return true;
    }

    private Judgement judgementFor(Council council, Outcome outcome, Report report) {
        Integer year = JudgementRules.effectiveYear(outcome, report.publishedDate, report.receivedAt);
        List<Judgement> existing = candidates(council.code, outcome.area(), outcome.rating(), year);
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
        if (Outcome.STATUS_NEW.equals(outcome.status())) {
            String previousRating = JudgementRules.previous(existing, year).map(j -> j.rating).orElse(null);
            outbox.judgementRecorded(judgement, council, previousRating, report, outcome.alerting());
            metrics.counter("catalog.judgements.new", "rating", judgement.rating).increment();
        }
        return judgement;
    }

    /**
     * The judgements {@link JudgementRules} can pick for this outcome (a restated grade, a conflicting one, the grade
     * before), read through the council's listing index instead of the council's whole history in the area.
     */
    private static List<Judgement> candidates(String council, String area, String rating, Integer year) {
        List<Judgement> candidates = new ArrayList<>();
        if (year == null) {
            Judgement.<Judgement>find("councilCode = ?1 and area = ?2 and rating = ?3 order by " + LATEST_FIRST, council, area, rating)
                    .firstResultOptional().ifPresent(candidates::add);
            Judgement.<Judgement>find("councilCode = ?1 and area = ?2 and year is not null order by " + LATEST_FIRST, council, area)
                    .firstResultOptional().ifPresent(candidates::add);
        } else {
            candidates.addAll(Judgement.list("councilCode = ?1 and area = ?2 and year between ?3 and ?4", council, area, year - 1, year));
            Judgement.<Judgement>find("councilCode = ?1 and area = ?2 and year < ?3 order by " + LATEST_FIRST, council, area, year)
                    .firstResultOptional().ifPresent(candidates::add);
        }
        return candidates.stream().distinct().toList();
    }

    /** {@link JudgementRules#LATEST_FIRST} in HQL. */
    private static final String LATEST_FIRST = "year desc nulls last, publishedDate desc nulls last, id desc";
}
