package watch.safeguarding.catalog.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import watch.safeguarding.catalog.config.RecordingConfig;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;

/**
 * What the readers' pages ask beyond the JSON API's questions: every council's current grade in an area at once, since
 * when a run of grades has lasted, and search matches with their words marked. Native SQL with one index probe per
 * council, so that the home page costs the same at a million reports as at a thousand.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReaderQueries {

    /** A council's latest grade in an area: the judgement that gives it, and when. */
    public record Current(String rating, Integer year, LocalDate publishedDate, long judgementId) {
    }

    /** Marks the words a search matched; the caller escapes the text and then turns these into HTML. */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    private static final String LATEST_FIRST = "year desc nulls last, published_date desc nulls last, id desc";
    /** How far back a run of the same grade is followed; an older start is given as "at least since". */
    static final int RUN_DEPTH = 25;

    @Inject
    EntityManager em;
    @Inject
    RecordingConfig config;

    /** Council code → its current grade in the area ({@link CatalogViews#CURRENT_GRADE_RULE}), for the codes given. */
    public Map<String, Current> current(Collection<String> codes, String area) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.code, j.rating, j.year, j.published_date, j.id"
                + " from unnest(cast(:codes as text[])) c(code) cross join lateral (select rating, year, published_date, id"
                + " from judgement where council_code = c.code and area = :area and " + CatalogQueries.CURRENT
                + " order by " + CatalogQueries.CURRENT_FIRST
                + " limit 1) j")
                .setParameter("codes", codes.toArray(String[]::new)).setParameter("area", area)
                .setParameter("minConfidence", config.minConfidence()).getResultList();
        Map<String, Current> current = new HashMap<>();
        for (Object[] row : rows) {
            current.put((String) row[0], new Current((String) row[1], row[2] == null ? null : ((Number) row[2]).intValue(),
                    toLocalDate(row[3]), ((Number) row[4]).longValue()));
        }
        return current;
    }

    /**
     * Since when each council has held its current grade in the area without a break: the oldest judgement of the run of
     * that grade that ends with the current one (up to {@value #RUN_DEPTH} judgements back).
     */
    public Map<String, Current> runStart(Map<String, Current> current, String area) {
        if (current.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.code, j.rating, j.year, j.published_date, j.id"
                + " from unnest(cast(:codes as text[])) c(code) cross join lateral (select rating, year, published_date, id"
                + " from judgement where council_code = c.code and area = :area and " + CatalogQueries.CURRENT
                + " order by " + CatalogQueries.CURRENT_FIRST
                + " limit " + RUN_DEPTH + ") j")
                .setParameter("codes", current.keySet().toArray(String[]::new)).setParameter("area", area)
                .setParameter("minConfidence", config.minConfidence()).getResultList();
        Map<String, List<Current>> histories = new LinkedHashMap<>();
        for (Object[] row : rows) {
            histories.computeIfAbsent((String) row[0], code -> new ArrayList<>()).add(new Current((String) row[1],
                    row[2] == null ? null : ((Number) row[2]).intValue(), toLocalDate(row[3]), ((Number) row[4]).longValue()));
        }
        Map<String, Current> starts = new HashMap<>();
        histories.forEach((code, history) -> starts.put(code, runStart(history)));
        return starts;
    }

    /** The oldest judgement of the leading run of equal grades in a latest-first history. */
    static Current runStart(List<Current> latestFirst) {
        Current start = latestFirst.get(0);
        for (Current earlier : latestFirst) {
            if (!earlier.rating().equals(start.rating())) {
                break;
            }
            start = earlier;
        }
        return start;
    }

    /**
     * A council's timeline chart, a cell per area and year, latest first (see {@link Timeline}): grouped here, so that a
     * council's page reads a row per cell however many judgements the catalog holds.
     */
    public List<Timeline.Cell> timeline(String code, String name, String region) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (area, chart_year) id, area, rating, year, published_date,"
                + " inspection_end, official, conflict, judgement_key, disputed, confidence, listed,"
                + " count(*) over cell, min(rating) over cell <> max(rating) over cell or bool_or(conflict) over cell"
                + " from (select *, row_number() over (order by " + LATEST_FIRST + ") as listed,"
                + " coalesce(extract(year from coalesce(published_date, inspection_end))::int, year) as chart_year"
                + " from judgement where council_code = :code) j where chart_year is not null"
                + " window cell as (partition by area, chart_year) order by area, chart_year, official desc, listed")
                .setParameter("code", code).getResultList();
        return rows.stream().map(row -> {
            boolean official = (Boolean) row[6];
            double confidence = ((Number) row[10]).doubleValue();
            JudgementView shown = new JudgementView(((Number) row[0]).longValue(), (String) row[8], code, name, region, (String) row[1],
                    (String) row[2], row[3] == null ? null : ((Number) row[3]).intValue(), toLocalDate(row[4]), null, toLocalDate(row[5]),
                    null, null, official, (Boolean) row[7], (Boolean) row[9], !official && confidence < config.minConfidence(),
                    confidence, List.of());
            return new Timeline.Cell(shown, ((Number) row[11]).intValue(), ((Number) row[12]).intValue(), (Boolean) row[13]);
        }).toList();
    }

    /** The count of a council's judgements and their latest revision (V5__judgement_revision.sql), as "count-revision". */
    public String councilRevision(String code) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(max(revision), 0) from judgement where council_code = :code")
                .setParameter("code", code).getSingleResult();
        return ((Number) row[0]).longValue() + "-" + ((Number) row[1]).longValue();
    }

    /** How many judgements of a council the catalog holds. */
    public int judgementCount(String code) {
        return ((Number) em.createNativeQuery("select count(*) from judgement where council_code = :code").setParameter("code", code)
                .getSingleResult()).intValue();
    }

    /** Report id → its title and an extract around the words the query matched, the matches between the markers. */
    public Map<String, String[]> highlights(Collection<String> reportIds, String query) {
        if (reportIds.isEmpty() || query == null) {
            return Map.of();
        }
        String options = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, ts_headline('english', coalesce(r.title, ''), q, :all),"
                + " ts_headline('english', r.text, q, :extract) from report r, websearch_to_tsquery('english', :q) q"
                + " where r.id = any(:ids)")
                .setParameter("all", options + ", HighlightAll=true")
                .setParameter("extract", options + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"")
                .setParameter("q", query).setParameter("ids", reportIds.toArray(String[]::new)).getResultList();
        Map<String, String[]> highlights = new HashMap<>();
        rows.forEach(row -> highlights.put((String) row[0], new String[] {(String) row[1], (String) row[2]}));
        return highlights;
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
