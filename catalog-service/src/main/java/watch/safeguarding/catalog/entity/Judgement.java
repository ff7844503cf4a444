package watch.safeguarding.catalog.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One inspection outcome for a council and area, however many sources state it. */
@Entity
public class Judgement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judgement_seq")
    @SequenceGenerator(name = "judgement_seq", sequenceName = "judgement_seq", allocationSize = 50)
    public Long id;
    @Column(name = "council_code")
    public String councilCode;
    public String area;
    public String rating;
    public Integer year;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "inspection_start")
    public LocalDate inspectionStart;
    @Column(name = "inspection_end")
    public LocalDate inspectionEnd;
    public String framework;
    /** "new" once any source reported it as newly published, otherwise "previous". */
    @Column(name = "reported_as")
    public String reportedAs;
    /** Stated by Ofsted's own published report (the seed), not only by news. */
    public boolean official;
    /** Another judgement gives this council and area a different grade for the same year. */
    public boolean conflict;
    @Column(name = "created_at")
    public Instant createdAt;
}
