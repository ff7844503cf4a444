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
    /** Derived from what the judgement is (JudgementIdentity): the id events carry, unique, stable across rebuilds. */
    @Column(name = "judgement_key")
    public String key;
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
    /** Another judgement gives this council and area a different grade for the same year (two news, or two official). */
    public boolean conflict;
    /** News of a grade that Ofsted's own grade for the same council, area and year contradicts. */
    public boolean disputed;
    /** The best confidence of the outcomes that state it; below the threshold, unconfirmed. */
    public double confidence;
    /** Subscribers were told of it: a judgements.recorded event that notifies was written. */
    public boolean announced;
    @Column(name = "created_at")
    public Instant createdAt;
}
