package watch.safeguarding.alert.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import watch.safeguarding.alert.config.AlertConfig;
import watch.safeguarding.alert.entity.Mail;
import watch.safeguarding.alert.entity.Subscriber;

/**
 * Sends queued mail over SMTP: every poll interval, and straight after a transaction that queued mail. One mail per
 * transaction, its row locked with SKIP LOCKED so that concurrent senders (threads or instances) never send the same
 * mail; marked sent only after the SMTP server accepted it; otherwise retried with exponential backoff until it fails
 * for good. The reactive mailer is awaited with a timeout on a worker thread, so a stuck server cannot hang a sender.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int MAX_PER_RUN = 200;

    private final ReactiveMailer mailer;
    private final Outbox outbox;
    private final Secrets secrets;
    private final EntityManager em;
    private final Clock clock;
    private final AlertConfig.Mail config;
    private final ManagedExecutor executor;
    private final MeterRegistry metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public MailSender(ReactiveMailer mailer, Outbox outbox, Secrets secrets, EntityManager em, Clock clock, AlertConfig config,
            ManagedExecutor executor, MeterRegistry metrics) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.secrets = secrets;
        this.em = em;
        this.clock = clock;
        this.config = config.mail();
        this.executor = executor;
        this.metrics = metrics;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        executor.execute(this::drain);
    }

    @Scheduled(every = "${alert.mail.poll-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Sends every due mail; a call while a drain runs makes that drain look again before it stops. */
    public void drain() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                for (int i = 0; i < MAX_PER_RUN && sendNext(); i++) {
                    // each iteration sends (or fails) one mail
                }
            } catch (RuntimeException e) {
                LOG.warnf("mail sender stopped early: %s", e.toString());
            } finally {
                running.set(false);
            }
        }
    }

    /** Sends the next due mail, if any; false when nothing was due. */
    boolean sendNext() {
        long timeout = config.sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout((int) timeout).call(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from mail where state = 'pending' and next_attempt_at <= ?1 "
                    + "order by next_attempt_at, id limit 1 for update skip locked").setParameter(1, now).getResultList();
            if (ids.isEmpty()) {
                return false;
            }
            Mail mail = Mail.findById(ids.get(0).longValue());
            try {
                send(mail);
                mail.state = Mail.SENT;
                mail.sentAt = clock.instant();
                mail.attempts++;
                mail.content = null;
                mail.lastError = null;
                metrics.counter("alert.mail.sent", "kind", mail.kind).increment();
                LOG.debugf("sent mail %d (%s)", mail.id, mail.kind);
            } catch (RuntimeException e) {
                failed(mail, e, now);
            }
            return true;
        });
    }

    private void send(Mail mail) {
        MailContent content = outbox.read(mail);
        Subscriber subscriber = Subscriber.findById(mail.subscriberId);
        io.quarkus.mailer.Mail message = io.quarkus.mailer.Mail.withText(secrets.decrypt(subscriber.emailEncrypted), content.subject(),
                content.text());
        if (content.html() != null) {
            message.setHtml(content.html());
        }
        content.headers().forEach(message::addHeader);
        mailer.send(message).await().atMost(config.sendTimeout());
    }

    private void failed(Mail mail, RuntimeException error, Instant now) {
        mail.attempts++;
        // the message of an SMTP failure can quote the recipient; keep only the kind of failure
        mail.lastError = Headers.clean(error.getClass().getSimpleName() + describe(error));
        if (mail.attempts >= config.maxAttempts()) {
            mail.state = Mail.FAILED;
            metrics.counter("alert.mail.failed", "kind", mail.kind).increment();
            LOG.warnf("mail %d (%s) failed for good after %d attempts: %s", mail.id, mail.kind, mail.attempts, mail.lastError);
        } else {
            Duration delay = backoff(mail.attempts);
            mail.nextAttemptAt = now.plus(delay);
            metrics.counter("alert.mail.retried", "kind", mail.kind).increment();
            LOG.infof("mail %d (%s) attempt %d failed (%s); retrying in %s", mail.id, mail.kind, mail.attempts, mail.lastError, delay);
        }
    }

    /** retry-initial, doubled after every failed attempt, capped at retry-max. */
    Duration backoff(int attempts) {
        Duration delay = config.retryInitial();
        for (int i = 1; i < attempts && delay.compareTo(config.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.retryMax()) > 0 ? config.retryMax() : delay;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("\\S+@\\S+", "<address>");
        return root == error ? ": " + message : ": " + root.getClass().getSimpleName() + ": " + message;
    }
}
