package watch.safeguarding.alert.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import watch.safeguarding.alert.entity.Mail;

/** Queues email in the database, in the caller's transaction, so that an email exists exactly when its cause does. */
@ApplicationScoped
public class Outbox {

    /** Fired when mail was queued; the sender drains the queue once the transaction has committed. */
    public record MailQueued(long mailId) {
    }

    private final Secrets secrets;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<MailQueued> queued;

    public Outbox(Secrets secrets, ObjectMapper json, Clock clock, Event<MailQueued> queued) {
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
        this.queued = queued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Mail enqueue(Long subscriberId, String kind, MailContent content) {
        Mail mail = new Mail();
        mail.subscriberId = subscriberId;
        mail.kind = kind;
        mail.state = Mail.PENDING;
        mail.attempts = 0;
        mail.createdAt = clock.instant();
        mail.nextAttemptAt = mail.createdAt;
        mail.content = secrets.encrypt(write(content));
        mail.persist();
        queued.fire(new MailQueued(mail.id));
        return mail;
    }

    public MailContent read(Mail mail) {
        try {
            return json.readValue(secrets.decrypt(mail.content), MailContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("queued mail " + mail.id + " is unreadable", e);
        }
    }

    private String write(MailContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
