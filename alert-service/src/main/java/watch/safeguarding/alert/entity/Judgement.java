package watch.safeguarding.alert.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A judgement as received, once per judgementId; the payload is the event's JSON, for digests. */
@Entity
@Table(name = "judgement")
public class Judgement extends PanacheEntityBase {

    @Id
    @Column(name = "judgement_id")
    public String judgementId;

    @Column(name = "council_code", nullable = false, length = 32)
    public String councilCode;

    @Column(nullable = false)
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
