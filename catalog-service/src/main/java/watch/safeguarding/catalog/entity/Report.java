package watch.safeguarding.catalog.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A source of judgements: a news report from reports.parsed, or a published Ofsted report from the seed. */
@Entity
public class Report extends PanacheEntityBase {

    public static final String NEWS = "news";
    public static final String OFSTED = "ofsted";

    @Id
    public String id;
    public String kind;
    public String url;
    public String publisher;
    public String title;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String text;
    @Column(name = "parser_version")
    public String parserVersion;
}
