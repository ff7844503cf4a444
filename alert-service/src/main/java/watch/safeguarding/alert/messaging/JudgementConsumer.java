package watch.safeguarding.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import watch.safeguarding.alert.service.DeliveryService;
import watch.safeguarding.events.JudgementRecorded;

/**
 * Consumes judgements.recorded. The judgement, the matched deliveries and their queued emails commit in one
 * transaction, and the offset is acknowledged only after it, so a crash redelivers the event and the unique keys
 * make the redelivery harmless. A judgement that cannot be processed goes to judgements.recorded.dlq.
 * No mail is sent on this thread: the sender does that after the commit.
 */
@ApplicationScoped
public class JudgementConsumer {

    private final DeliveryService deliveries;

    public JudgementConsumer(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Incoming("judgements")
    @Transactional
    public void consume(JudgementRecorded judgement) {
        deliveries.record(judgement);
    }
}
