package watch.safeguarding.alert.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One email in the outbox, with its sending state; the rendered content is encrypted and dropped once sent. */
@Entity
@Table(name = "mail")
public class Mail extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    /** Unsubscribed before it was sent (also between retries): never sent. */
    public static final String CANCELLED = "cancelled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscriber_id", nullable = false)
    public Long subscriberId;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    public String lastError;

    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
