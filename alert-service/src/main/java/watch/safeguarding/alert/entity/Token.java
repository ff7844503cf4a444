package watch.safeguarding.alert.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An emailed link's token, kept only as its SHA-256, for one purpose, until it expires. */
@Entity
@Table(name = "token")
public class Token extends PanacheEntityBase {

    public static final String CONFIRM = "confirm";
    public static final String MANAGE = "manage";
    public static final String UNSUBSCRIBE = "unsubscribe";

    @Id
    @Column(length = 64)
    public String hash;

    @Column(nullable = false, length = 16)
    public String purpose;

    @Column(name = "subscriber_id", nullable = false)
    public Long subscriberId;

    /** Comma-separated subscription ids this token may act on; null means all of the person's. */
    @Column(name = "subscription_ids")
    public String subscriptionIds;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When a single-use token (confirmation) was used; null while unused. */
    @Column(name = "used_at")
    public Instant usedAt;
}
