package watch.safeguarding.alert.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import watch.safeguarding.alert.service.Criteria;
import watch.safeguarding.alert.service.Frequency;

/** One set of criteria of one person; nothing is sent for it until it is confirmed (status active). */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String UNSUBSCRIBED = "unsubscribed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscriber_id", nullable = false)
    public Long subscriberId;

    @Column(nullable = false)
    public String councils;

    @Column(nullable = false)
    public String regions;

    @Column(nullable = false)
    public String ratings;

    @Column(nullable = false, length = 16)
    public String frequency;

    @Column(name = "criteria_key", nullable = false, length = 64)
    public String criteriaKey;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    public Criteria criteria() {
        return new Criteria(split(councils), split(regions), split(ratings), Frequency.parse(frequency).orElseThrow());
    }

    public void setCriteria(Criteria criteria) {
        councils = String.join(",", criteria.councils());
        regions = String.join(",", criteria.regions());
        ratings = String.join(",", criteria.ratings());
        frequency = criteria.frequency().wire();
        criteriaKey = criteria.key();
    }

    public static List<Subscription> ofSubscriber(Long subscriberId) {
        return list("subscriberId = ?1 order by id", subscriberId);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
