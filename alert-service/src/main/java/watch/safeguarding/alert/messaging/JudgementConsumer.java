package watch.safeguarding.alert.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.service.Announcements;
import watch.safeguarding.alert.service.InvalidJudgementException;
import watch.safeguarding.alert.service.JudgementEvents;

/**
 * Consumes judgements.recorded, one message at a time in order. What a message causes (the judgement, its
 * announcement, deliveries and queued emails) commits in one transaction, and the offset is acknowledged only after
 * it, so a crash redelivers the message and the unique keys make the redelivery harmless. Only a message that can
 * never be processed goes to judgements.recorded.dlq; any other failure (the database down, a lost connection) is
 * retried with backoff, holding the partition, until it succeeds or the service stops; then the message is neither
 * acknowledged nor dead-lettered, and the next start gets it again. No mail is sent on this thread.
 */
@ApplicationScoped
public class JudgementConsumer {

    private static final Logger LOG = Logger.getLogger(JudgementConsumer.class);

    private final Announcements announcements;
    private final JudgementEvents events;
    private final AlertConfig.Consumer config;
    private volatile boolean stopping;

    public JudgementConsumer(Announcements announcements, JudgementEvents events, AlertConfig config) {
        this.announcements = announcements;
        this.events = events;
        this.config = config.consumer();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("judgements")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        Duration delay = config.retryInitial();
        for (int attempt = 1; !stopping; attempt++) {
            try {
                var judgement = events.parse(message.getPayload());
                QuarkusTransaction.requiringNew().run(() -> announcements.record(judgement));
                return message.ack();
            } catch (InvalidJudgementException e) {
                LOG.warnf("judgements.recorded message sent to the dead-letter topic: %s", e.getMessage());
                return message.nack(e);
            } catch (RuntimeException e) {
                LOG.warnf("judgements.recorded message not processed (attempt %d: %s); retrying in %s", attempt, e, delay);
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(config.retryMax()) > 0 ? config.retryMax() : delay.multipliedBy(2);
            }
        }
        LOG.info("stopping with a judgements.recorded message unprocessed; it is redelivered after the restart");
        return new CompletableFuture<>();
    }

    private void sleep(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        while (!stopping && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
