package watch.safeguarding.catalog.service;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Judgement;
import watch.safeguarding.catalog.entity.JudgementSource;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.CatalogViews.Count;
import watch.safeguarding.catalog.service.CatalogViews.CouncilDetail;
import watch.safeguarding.catalog.service.CatalogViews.CouncilSummary;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.catalog.service.CatalogViews.Page;
import watch.safeguarding.catalog.service.CatalogViews.ReportDetail;
import watch.safeguarding.catalog.service.CatalogViews.ReportOutcome;
import watch.safeguarding.catalog.service.CatalogViews.ReportSummary;
import watch.safeguarding.catalog.service.CatalogViews.Source;
import watch.safeguarding.catalog.service.CatalogViews.Stats;

/** The readers' questions, answered from PostgreSQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    @Inject
    EntityManager em;
    @Inject
    CouncilDirectory directory;

    public record CouncilFilter(String region, String type, String area, String rating, String q, boolean includeFormer) {
    }

    public record JudgementFilter(String rating, String area, String status, Integer sinceYear, Integer untilYear,
            String region, String council, boolean includeConflicts, int limit, int offset) {
    }

    public record ReportFilter(String q, String council, String publisher, LocalDate from, LocalDate to, String cursor, int limit) {
    }

    public List<CouncilSummary> councils(CouncilFilter filter) {
        List<Council> councils = directory.byCode().values().stream()
                .filter(c -> filter.includeFormer() || c.validTo == null)
                .filter(c -> filter.region() == null || c.region.equalsIgnoreCase(filter.region()))
                .filter(c -> filter.type() == null || c.type.equalsIgnoreCase(filter.type()))
                .filter(c -> filter.q() == null || c.name.toLowerCase(Locale.ROOT).contains(filter.q().toLowerCase(Locale.ROOT))
                        || (c.officialName != null && c.officialName.toLowerCase(Locale.ROOT).contains(filter.q().toLowerCase(Locale.ROOT))))
                .toList();
        if (filter.rating() != null) {
            String area = filter.area() == null ? "overall" : filter.area();
            Map<String, String> current = currentRatings(area);
            councils = councils.stream().filter(c -> filter.rating().equals(current.get(c.code))).toList();
        }
        return councils.stream().map(CatalogQueries::summary).toList();
    }

    public Optional<CouncilDetail> council(String code) {
        Council council = directory.byCode().get(code);
        if (council == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> currentIds = em.createNativeQuery("select distinct on (area) id from judgement"
                + " where council_code = :code and conflict = false"
                + " order by area, year desc nulls last, published_date desc nulls last, id desc")
                .setParameter("code", code).getResultList();
        List<Judgement> current = currentIds.isEmpty() ? List.of()
                : Judgement.list("id in ?1", currentIds.stream().map(Number::longValue).toList());
        List<CouncilSummary> predecessors = directory.byCode().values().stream()
                .filter(c -> c.successorCodes().contains(code)).map(CatalogQueries::summary).toList();
        List<CouncilSummary> successors = council.successorCodes().stream().map(directory.byCode()::get)
                .filter(c -> c != null).map(CatalogQueries::summary).toList();
        return Optional.of(new CouncilDetail(council.code, council.name, council.officialName, council.type, council.region,
                council.ofstedUrn, council.dfeCode, council.validFrom, council.validTo, predecessors, successors,
                views(current.stream().sorted(Comparator.comparing((Judgement j) -> j.area)).toList())));
    }

    /** Every judgement of a council, latest first. */
    public List<JudgementView> timeline(String code) {
        List<Judgement> judgements = new ArrayList<>(Judgement.<Judgement>list("councilCode", code));
        judgements.sort(JudgementRules.LATEST_FIRST);
        return views(judgements);
    }

    public List<JudgementView> judgements(JudgementFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.rating() != null) {
            where.append(" and j.rating = :rating");
            params.put("rating", filter.rating());
        }
        if (filter.area() != null) {
            where.append(" and j.area = :area");
            params.put("area", filter.area());
        }
        if (filter.status() != null) {
            where.append(" and j.reportedAs = :status");
            params.put("status", filter.status());
        }
        if (filter.sinceYear() != null) {
            where.append(" and j.year >= :since");
            params.put("since", filter.sinceYear());
        }
        if (filter.untilYear() != null) {
            where.append(" and j.year <= :until");
            params.put("until", filter.untilYear());
        }
        if (filter.council() != null) {
            where.append(" and j.councilCode = :council");
            params.put("council", filter.council());
        }
        if (filter.region() != null) {
            where.append(" and j.councilCode in (select c.code from Council c where lower(c.region) = :region)");
            params.put("region", filter.region().toLowerCase(Locale.ROOT));
        }
        if (!filter.includeConflicts()) {
            where.append(" and j.conflict = false");
        }
        var query = em.createQuery("select j from Judgement j where " + where
                + " order by j.year desc nulls last, j.publishedDate desc nulls last, j.id desc", Judgement.class);
        params.forEach(query::setParameter);
        return views(query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList());
    }

    public Optional<ReportDetail> report(String id) {
        Report report = Report.findById(id);
        if (report == null) {
            return Optional.empty();
        }
        List<JudgementSource> links = JudgementSource.list("reportId", id);
        Map<Long, Judgement> judgements = Judgement.<Judgement>list("id in ?1", links.stream().map(l -> l.judgementId).toList())
                .stream().collect(Collectors.toMap(j -> j.id, j -> j));
        Map<String, Council> councils = directory.byCode();
        List<ReportOutcome> outcomes = links.stream().map(link -> {
            Judgement j = judgements.get(link.judgementId);
            return new ReportOutcome(j.councilCode, councils.get(j.councilCode).name, j.area, j.rating, j.year, link.status,
                    link.evidence, link.confidence, j.id, j.conflict);
        }).toList();
        return Optional.of(new ReportDetail(report.id, report.kind, report.url, report.title, report.publisher,
                report.publishedDate, report.receivedAt, report.parserVersion, report.text, outcomes));
    }

    /** Full-text search and filters, newest received first, with a keyset cursor (receivedAt, id). */
    public Page<ReportSummary> reports(ReportFilter filter) {
        StringBuilder sql = new StringBuilder("select r.id, r.kind, r.url, r.title, r.publisher, r.published_date, r.received_at"
                + " from report r where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            sql.append(" and r.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
        }
        if (filter.council() != null) {
            sql.append(" and exists (select 1 from judgement_source s join judgement j on j.id = s.judgement_id"
                    + " where s.report_id = r.id and j.council_code = :council)");
            params.put("council", filter.council());
        }
        if (filter.publisher() != null) {
            sql.append(" and lower(r.publisher) = :publisher");
            params.put("publisher", filter.publisher().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            sql.append(" and r.published_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and r.published_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.cursor() != null) {
            Cursor cursor = Cursor.decode(filter.cursor());
            sql.append(" and (r.received_at, r.id) < (:cursorAt, :cursorId)");
            params.put("cursorAt", Timestamp.from(cursor.receivedAt()));
            params.put("cursorId", cursor.id());
        }
        sql.append(" order by r.received_at desc, r.id desc limit :limit");
        params.put("limit", filter.limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ReportSummary> items = rows.stream().limit(filter.limit()).map(row -> new ReportSummary((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], toLocalDate(row[5]), toInstant(row[6]))).toList();
        String next = rows.size() > filter.limit() ? new Cursor(items.get(items.size() - 1).receivedAt(), items.get(items.size() - 1).id()).encode() : null;
        return new Page<>(items, next);
    }

    public Stats stats() {
        return new Stats(
                currentRatings("overall").values().stream().collect(Collectors.groupingBy(r -> r, java.util.TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
                counts("select j.rating, count(*) from Judgement j where j.conflict = false group by j.rating order by j.rating"),
                counts("select c.region, count(*) from Judgement j, Council c where c.code = j.councilCode and j.conflict = false"
                        + " group by c.region order by c.region"),
                counts("select cast(j.year as string), count(*) from Judgement j where j.year is not null and j.conflict = false"
                        + " group by j.year order by j.year"),
                Council.count("validTo is null"), Report.count(), Judgement.count());
    }

    /** Council code → its latest grade in the area (conflicting grades are not "current"). */
    private Map<String, String> currentRatings(String area) {
        Map<String, String> current = new HashMap<>();
        List<Judgement> judgements = new ArrayList<>(Judgement.<Judgement>list("area = ?1 and conflict = false", area));
        judgements.sort(JudgementRules.LATEST_FIRST);
        judgements.forEach(j -> current.putIfAbsent(j.councilCode, j.rating));
        return current;
    }

    private List<Count> counts(String hql) {
        return em.createQuery(hql, Object[].class).getResultList().stream()
                .map(row -> new Count(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }

    private List<JudgementView> views(List<Judgement> judgements) {
        if (judgements.isEmpty()) {
            return List.of();
        }
        Map<String, Council> councils = directory.byCode();
        Map<Long, List<Source>> sources = sources(judgements.stream().map(j -> j.id).toList());
        return judgements.stream().map(j -> {
            Council council = councils.get(j.councilCode);
            return new JudgementView(j.id, j.councilCode, council.name, council.region, j.area, j.rating, j.year, j.publishedDate,
                    j.inspectionStart, j.inspectionEnd, j.framework, j.reportedAs, j.official, j.conflict,
                    sources.getOrDefault(j.id, List.of()));
        }).toList();
    }

    private Map<Long, List<Source>> sources(List<Long> judgementIds) {
        List<Object[]> rows = em.createQuery("select s, r from JudgementSource s, Report r where r.id = s.reportId"
                + " and s.judgementId in :ids order by r.publishedDate nulls last, r.receivedAt", Object[].class)
                .setParameter("ids", judgementIds).getResultList();
        Map<Long, List<Source>> byJudgement = new HashMap<>();
        for (Object[] row : rows) {
            JudgementSource s = (JudgementSource) row[0];
            Report r = (Report) row[1];
            byJudgement.computeIfAbsent(s.judgementId, id -> new ArrayList<>()).add(new Source(r.id, r.kind, r.url, r.title,
                    r.publisher, r.publishedDate, s.status, s.evidence, s.confidence));
        }
        return byJudgement;
    }

    private static CouncilSummary summary(Council c) {
        return new CouncilSummary(c.code, c.name, c.type, c.region, c.validTo == null);
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    /** The keyset position after the last report of a page, opaque to clients. */
    record Cursor(Instant receivedAt, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
                return new Cursor(Instant.parse(parts[0]), parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidParameterException("cursor", "not a cursor this API gave out; use the nextCursor of a previous page");
            }
        }
    }
}
