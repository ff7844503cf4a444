package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.OutboxEvent;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.events.JudgementRecorded;

/** Writes judgements.recorded into the outbox table, inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    /** Fired once per transaction that wrote outbox rows; the relay sends them as soon as that transaction committed. */
    public record Written() {
    }

    /** What the recorder decided about one announcement of a judgement. */
    public record Announcement(boolean alerting, double confidence, boolean notifySubscribers, String reason, String groupId, int groupSize) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    Event<Written> written;
    @Inject
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.MANDATORY)
    public void judgementRecorded(Judgement judgement, Council council, String previousRating, Report report, Announcement announcement) {
        JudgementRecorded event = new JudgementRecorded(JudgementRecorded.SCHEMA,
                judgement.key,
                new JudgementRecorded.Council(council.code, council.name, council.region), judgement.area, judgement.rating,
                judgement.reportedAs, previousRating, judgement.year, judgement.publishedDate,
                announcement.alerting(), List.of(new JudgementRecorded.SourceRef(report.id, report.url, report.title, report.publisher)),
                Instant.now(), judgement.official, announcement.confidence(), announcement.notifySubscribers(), announcement.reason(),
                announcement.groupId(), announcement.groupSize());
        OutboxEvent row = new OutboxEvent();
        row.topic = JudgementRecorded.TOPIC;
        row.messageKey = council.code;
        row.createdAt = event.recordedAt();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("judgement " + judgement.id + " cannot be written as JSON", e);
        }
        row.persist();
        // one wake per transaction, however many rows it wrote
        if (transaction.getResource(Written.class) == null) {
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written());
        }
    }
}
