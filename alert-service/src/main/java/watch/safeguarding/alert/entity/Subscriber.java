package watch.safeguarding.alert.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person: one per normalised address, which is stored only encrypted and as a keyed hash. */
@Entity
@Table(name = "subscriber")
public class Subscriber extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "email_hash", nullable = false, unique = true, length = 64)
    public String emailHash;

    @Column(name = "email_encrypted", nullable = false)
    public byte[] emailEncrypted;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Subscriber findByHash(String hash) {
        return find("emailHash", hash).firstResult();
    }
}
