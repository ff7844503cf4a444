package watch.safeguarding.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That a report states a judgement, with the sentence that states it. */
@Entity
@Table(name = "judgement_source")
public class JudgementSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judgement_source_seq")
    @SequenceGenerator(name = "judgement_source_seq", sequenceName = "judgement_source_seq", allocationSize = 50)
    public Long id;
    @Column(name = "judgement_id")
    public Long judgementId;
    @Column(name = "report_id")
    public String reportId;
    public String status;
    public String evidence;
    public Double confidence;
}
