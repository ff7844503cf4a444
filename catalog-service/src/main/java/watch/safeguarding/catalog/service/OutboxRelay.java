package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import watch.safeguarding.catalog.entity.OutboxEvent;

/**
 * Sends the outbox's pending events in order and marks each sent only after the broker acknowledged it. A crash
 * between the judgement's commit and the send leaves the row pending, so it is sent after restart (never lost); a
 * crash after the send but before the mark sends it again, so consumers deduplicate on judgementId (at least once on
 * the wire, exactly once in effect).
 * <p>
 * It runs straight after every transaction that wrote outbox rows commits, and every interval as the safety net for
 * a wake that was lost (a crash, Kafka down). One relay runs at a time per instance, so an instance sends in order; a
 * wake while it runs makes it look again before it stops. Wakes count only once the first scheduled run has started
 * it (after start-delay, when the Kafka channels are wired); with the interval off the relay is off.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Inject
    @Channel("judgements-out")
    MutinyEmitter<String> emitter;
    @Inject
    ManagedExecutor executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean started;

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (started && !wanted.getAndSet(true)) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(every = "${catalog.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "${catalog.outbox.start-delay}")
    void onSchedule() {
        started = true;
        wanted.set(true);
        drain();
    }

    private void drain() {
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                while (relayPending() == BATCH) {
                    // a full batch: more may be waiting
                }
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay paused until the next run: %s", e.getMessage());
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * Sends up to one batch of pending events, in a transaction of its own (a wake comes from a transaction that has
     * just ended); rows locked by another relay instance are skipped.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int relayPending() {
        List<OutboxEvent> pending = OutboxEvent.find("sentAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(0, BATCH).list();
        for (OutboxEvent event : pending) {
            emitter.sendMessageAndAwait(Message.of(event.payload)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.messageKey).withTopic(event.topic).build()));
            event.sentAt = Instant.now();
        }
        return pending.size();
    }
}
