package watch.safeguarding.catalog.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Council extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "official_name")
    public String officialName;
    public String type;
    public String region;
    @Column(name = "ofsted_urn")
    public String ofstedUrn;
    @Column(name = "dfe_code")
    public String dfeCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** GSS codes, comma separated. */
    public String successors;

    public List<String> successorCodes() {
        return successors == null || successors.isBlank() ? List.of() : Arrays.asList(successors.split(","));
    }
}
