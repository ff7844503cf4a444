package watch.safeguarding.catalog.service;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import watch.safeguarding.catalog.config.RecordingConfig;
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
import watch.safeguarding.events.Vocabulary;

/** The readers' questions, answered from PostgreSQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    @Inject
    EntityManager em;
    @Inject
    CouncilDirectory directory;
    @Inject
    RecordingConfig config;

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
        // one index probe per area rather than sorting every judgement the council has ever had
        @SuppressWarnings("unchecked")
        List<Judgement> current = em.createNativeQuery("select j.* from unnest(cast(:areas as text[])) a(area)"
                + " cross join lateral (select * from judgement where council_code = :code and area = a.area and " + CURRENT
                + " order by " + CURRENT_FIRST + " limit 1) j order by j.area collate \"C\"", Judgement.class)
                .setParameter("code", code).setParameter("areas", Vocabulary.AREAS.keySet().toArray(String[]::new))
                .setParameter("minConfidence", config.minConfidence()).getResultList();
        @SuppressWarnings("unchecked")
        List<Judgement> disputed = ((List<Judgement>) em.createNativeQuery("select * from judgement where council_code = :code"
                + " and disputed order by " + LATEST_FIRST, Judgement.class).setParameter("code", code).getResultList()).stream()
                .filter(d -> current.stream().anyMatch(c -> c.official && c.area.equals(d.area) && Objects.equals(c.year, d.year)))
                .toList();
        List<CouncilSummary> predecessors = directory.byCode().values().stream()
                .filter(c -> c.successorCodes().contains(code)).map(CatalogQueries::summary).toList();
        List<CouncilSummary> successors = council.successorCodes().stream().map(directory.byCode()::get)
                .filter(c -> c != null).map(CatalogQueries::summary).toList();
        return Optional.of(new CouncilDetail(council.code, council.name, council.officialName, council.type, council.region,
                council.ofstedUrn, council.dfeCode, council.validFrom, council.validTo, predecessors, successors,
                views(current), views(disputed), CatalogViews.CURRENT_GRADE_RULE));
    }

    /** Every judgement of a council, latest first. */
    @SuppressWarnings("unchecked")
    public List<JudgementView> timeline(String code) {
        return views(em.createNativeQuery("select * from judgement where council_code = :code"
                + " order by " + LATEST_FIRST, Judgement.class).setParameter("code", code).getResultList());
    }

    /** {@link JudgementRules#LATEST_FIRST} in SQL. */
    private static final String LATEST_FIRST = "year desc nulls last, published_date desc nulls last, id desc";
    /** Which judgements can be a current grade ({@link CatalogViews#CURRENT_GRADE_RULE}), and in which order. */
    static final String CURRENT = "conflict = false and disputed = false and (official or confidence >= :minConfidence)";
    static final String CURRENT_FIRST = "year desc nulls last, official desc, published_date desc nulls last, id desc";

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
            // the codes themselves, not a subquery: PostgreSQL then estimates the share of rows they cover and keeps
            // to the listing index instead of sorting every judgement of the region
            List<String> codes = directory.byCode().values().stream().filter(c -> c.region.equalsIgnoreCase(filter.region()))
                    .map(c -> c.code).toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            where.append(" and j.councilCode in :regionCodes");
            params.put("regionCodes", codes);
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
                    link.evidence, link.confidence, j.id, j.conflict, j.official, j.disputed, unconfirmed(j));
        }).toList();
        return Optional.of(new ReportDetail(report.id, report.kind, report.url, report.title, report.publisher,
                report.publishedDate, report.receivedAt, report.parserVersion, report.text, outcomes));
    }

    /**
     * Full-text search and filters, newest received first, with a keyset cursor (receivedAt, id).
     * <p>
     * With a search term, PostgreSQL cannot tell a rare term from a common one it has no statistics for, and walking
     * the received_at index until a page of matches turns up reads the whole table when a term occurs once. So matches are
     * first collected through the text index, up to {@value #SEARCH_PROBE} of them: when there are no more, the page is
     * sorted from them; only a term with more matches takes the walk, which then finds its page within a few thousand rows.
     */
    public Page<ReportSummary> reports(ReportFilter filter) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            where.append(" and r.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
        }
        if (filter.council() != null) {
            where.append(" and exists (select 1 from judgement_source s join judgement j on j.id = s.judgement_id"
                    + " where s.report_id = r.id and j.council_code = :council)");
            params.put("council", filter.council());
        }
        if (filter.publisher() != null) {
            where.append(" and lower(r.publisher) = :publisher");
            params.put("publisher", filter.publisher().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and r.published_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and r.published_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.cursor() != null) {
            Cursor cursor = Cursor.decode(filter.cursor());
            where.append(" and (r.received_at, r.id) < (:cursorAt, :cursorId)");
            params.put("cursorAt", Timestamp.from(cursor.receivedAt()));
            params.put("cursorId", cursor.id());
        }
        String columns = "r.id, r.kind, r.url, r.title, r.publisher, r.published_date, r.received_at";
        if (filter.q() != null) {
            Query probed = em.createNativeQuery("with hits as materialized (select r.id, r.received_at from report r" + where
                    + " limit " + (SEARCH_PROBE + 1) + "),"
                    + " top as (select id, received_at from hits order by received_at desc, id desc limit :limit)"
                    + " select " + columns + ", (select count(*) from hits) from top join report r on r.id = top.id"
                    + " order by top.received_at desc, top.id desc");
            params.forEach(probed::setParameter);
            probed.setParameter("limit", filter.limit() + 1);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = probed.getResultList();
            if (rows.isEmpty() || ((Number) rows.get(0)[7]).intValue() <= SEARCH_PROBE) {
                return page(rows, filter.limit());
            }
        }
        Query query = em.createNativeQuery("select " + columns + " from report r" + where
                + " order by r.received_at desc, r.id desc limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("limit", filter.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return page(rows, filter.limit());
    }

    private static final int SEARCH_PROBE = 5000;

    private Page<ReportSummary> page(List<Object[]> rows, int limit) {
        List<ReportSummary> items = rows.stream().limit(limit).map(row -> new ReportSummary((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], toLocalDate(row[5]), toInstant(row[6]))).toList();
        String next = rows.size() > limit ? new Cursor(items.get(items.size() - 1).receivedAt(), items.get(items.size() - 1).id()).encode() : null;
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

    /** Council code → its current grade in the area. */
    private Map<String, String> currentRatings(String area) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (council_code) council_code, rating from judgement"
                + " where area = :area and " + CURRENT
                + " order by council_code, " + CURRENT_FIRST)
                .setParameter("area", area).setParameter("minConfidence", config.minConfidence()).getResultList();
        Map<String, String> current = new HashMap<>();
        rows.forEach(row -> current.put((String) row[0], (String) row[1]));
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
            return new JudgementView(j.id, j.key, j.councilCode, council.name, council.region, j.area, j.rating, j.year,
                    j.publishedDate, j.inspectionStart, j.inspectionEnd, j.framework, j.reportedAs, j.official, j.conflict,
                    j.disputed, unconfirmed(j), j.confidence, sources.getOrDefault(j.id, List.of()));
        }).toList();
    }

    private boolean unconfirmed(Judgement j) {
        return JudgementRules.unconfirmed(j, config.minConfidence());
    }

    /**
     * The sources of each judgement: a projection, since a report's text is not part of the view. Native SQL like the
     * other per-request queries: concurrent first parses of HQL by ANTLR cost tens of megabytes each.
     */
    private Map<Long, List<Source>> sources(List<Long> judgementIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.judgement_id, r.id, r.kind, r.url, r.title, r.publisher,"
                + " r.published_date, s.status, s.evidence, s.confidence from judgement_source s join report r on r.id = s.report_id"
                + " where s.judgement_id = any(:ids) order by r.published_date nulls last, r.received_at")
                .setParameter("ids", judgementIds.toArray(Long[]::new)).getResultList();
        Map<Long, List<Source>> byJudgement = new HashMap<>();
        for (Object[] row : rows) {
            byJudgement.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(new Source((String) row[1],
                    (String) row[2], (String) row[3], (String) row[4], (String) row[5], toLocalDate(row[6]), (String) row[7],
                    (String) row[8], row[9] == null ? null : ((Number) row[9]).doubleValue()));
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
