package watch.safeguarding.alert.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a person is to hear about a judgement: unique per (person, judgement); mailId is null until it is mailed. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscriber_id", nullable = false)
    public Long subscriberId;

    @Column(name = "judgement_id", nullable = false)
    public String judgementId;

    @Column(nullable = false, length = 16)
    public String frequency;

    @Column(name = "subscription_ids", nullable = false)
    public String subscriptionIds;

    @Column(name = "mail_id")
    public Long mailId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set when an unsubscribe cancelled it before it was mailed; it is then never sent. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
