package watch.safeguarding.catalog.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.JudgementSource;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.events.Vocabulary;

/**
 * Imports Ofsted's published ILACS outcomes (source kind "ofsted") so every council has its official grades from day
 * one. Idempotent; an official outcome that news already reported corroborates that judgement instead of duplicating
 * it. Seeded outcomes are history, so they publish no judgements.recorded event.
 */
@ApplicationScoped
public class OfstedSeed {

    private static final Logger LOG = Logger.getLogger(OfstedSeed.class);
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd/MM/yy");
    private static final DateTimeFormatter INSPECTED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** CSV column → judgement area. */
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("overall_effectiveness_grade", "overall");
        AREAS.put("impact_of_leaders_grade", "leadership");
        AREAS.put("help_and_protection_grade", "help_and_protection");
        AREAS.put("in_care_grade", "children_in_care");
        AREAS.put("care_leavers_grade", "care_leavers");
    }

    public record Result(int inspections, int judgements, int skipped) {
    }

    public Result importBundled() {
        try (InputStream in = OfstedSeed.class.getResourceAsStream("/seed/ilacs-outcomes.csv")) {
            return importCsv(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public Result importCsv(BufferedReader csv) throws IOException {
        ImportLock.hold(Report.getEntityManager());
        Map<String, Council> byUrn = new LinkedHashMap<>();
        Council.<Council>listAll().forEach(c -> {
            if (c.ofstedUrn != null) {
                byUrn.put(c.ofstedUrn, c);
            }
        });
        int inspections = 0;
        int judgements = 0;
        int skipped = 0;
        for (Map<String, String> row : Csv.rows(csv)) {
            Council council = byUrn.get(row.get("urn"));
            String link = row.getOrDefault("inspection_link", "");
            String reportId = "ofsted-" + link.substring(link.lastIndexOf('/') + 1);
            if (council == null || link.isBlank()) {
                skipped++;
                continue;
            }
            if (Report.findById(reportId) != null) {
                continue;
            }
            LocalDate published = LocalDate.parse(row.get("publication_date"), PUBLISHED);
            Map<String, String> grades = new LinkedHashMap<>();
            AREAS.forEach((column, area) -> {
                String rating = rating(row.get(column));
                if (rating != null) {
                    grades.put(area, rating);
                }
            });
            Report report = new Report();
            report.id = reportId;
            report.kind = Report.OFSTED;
            report.url = link;
            report.publisher = "Ofsted";
            report.title = "Ofsted inspection of " + council.name + " children's services (" + published + ")";
            report.publishedDate = published;
            report.receivedAt = published.atStartOfDay().toInstant(ZoneOffset.UTC);
            report.text = report.title + ". " + describe(grades);
            report.persist();
            inspections++;
            for (Map.Entry<String, String> grade : grades.entrySet()) {
                record(council, grade.getKey(), grade.getValue(), published, row, report);
                judgements++;
            }
        }
        LOG.infof("Ofsted seed: %d inspections, %d judgements imported; %d rows without a known council", inspections, judgements, skipped);
        return new Result(inspections, judgements, skipped);
    }

    private static void record(Council council, String area, String rating, LocalDate published, Map<String, String> row, Report report) {
        List<Judgement> existing = new ArrayList<>(Judgement.list("councilCode = ?1 and area = ?2", council.code, area));
        Judgement judgement = JudgementRules.sameOutcome(existing, rating, published.getYear()).orElseGet(() -> {
            Judgement created = new Judgement();
            created.councilCode = council.code;
            created.area = area;
            created.rating = rating;
            created.year = published.getYear();
            created.reportedAs = "new";
            created.createdAt = report.receivedAt;
            created.confidence = 1.0;
            created.key = JudgementIdentity.judgementId(council.code, area, rating, date(row.get("inspection_start_date")), published.getYear());
            existing.add(created);
            return created;
        });
        judgement.official = true;
        judgement.publishedDate = published;
        judgement.inspectionStart = date(row.get("inspection_start_date"));
        judgement.inspectionEnd = date(row.get("inspection_end_date"));
        judgement.framework = "ILACS " + row.getOrDefault("inspection_framework", "").trim();
        judgement.persist();
        JudgementRules.flag(existing, published.getYear());
        JudgementSource source = new JudgementSource();
        source.judgementId = judgement.id;
        source.reportId = report.id;
        source.status = "new";
        source.evidence = Vocabulary.AREAS.get(area) + ": " + rating.replace('_', ' ');
        source.confidence = 1.0;
        source.persist();
    }

    private static String describe(Map<String, String> grades) {
        List<String> parts = new ArrayList<>();
        grades.forEach((area, rating) -> parts.add(Vocabulary.AREAS.get(area) + ": " + rating.replace('_', ' ')));
        return String.join(". ", parts) + ".";
    }

    /** The catalog's rating vocabulary for a grade as the CSV writes it; null for "not judged" markers. */
    static String rating(String grade) {
        if (grade == null) {
            return null;
        }
        String normalised = grade.trim().toLowerCase(Locale.ROOT);
        if (normalised.startsWith("requires improvement")) {
            return "requires_improvement";
        }
        return switch (normalised) {
            case "outstanding", "good", "inadequate" -> normalised;
            default -> null;
        };
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim(), INSPECTED);
    }
}
