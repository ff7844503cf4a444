package watch.safeguarding.catalog.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the catalog answers, as records (JSON through Jackson, CSV through {@link Csv}). */
public final class CatalogViews {

    private CatalogViews() {
    }

    public record CouncilSummary(String code, String name, String type, String region, boolean current) {
    }

    public record Source(String reportId, String kind, String url, String title, String publisher, LocalDate publishedDate,
            String status, String evidence, Double confidence) {
    }

    /**
     * @param judgementId the stable id judgements.recorded carries
     * @param official    stated by Ofsted's own report
     * @param disputed    news of a grade that Ofsted's grade for the same year contradicts: never a current grade
     * @param unconfirmed only stated by outcomes the parser is not confident of: never a current grade, never notified
     */
    public record JudgementView(long id, String judgementId, String councilCode, String council, String region, String area,
            String rating, Integer year, LocalDate publishedDate, LocalDate inspectionStart, LocalDate inspectionEnd,
            String framework, String reportedAs, boolean official, boolean conflict, boolean disputed, boolean unconfirmed,
            double confidence, List<Source> sources) {
    }

    /**
     * @param currentGrades   per area, the grade of the latest year; within a year Ofsted's grade wins; conflicting,
     *                        disputed and unconfirmed judgements are never current ({@link #CURRENT_GRADE_RULE})
     * @param disputed        news grades that Ofsted's current grade of the same area and year contradicts, shown beside it
     * @param currentGradeRule the rule above, in words
     */
    public record CouncilDetail(String code, String name, String officialName, String type, String region, String ofstedUrn,
            String dfeCode, LocalDate validFrom, LocalDate validTo, List<CouncilSummary> predecessors,
            List<CouncilSummary> successors, List<JudgementView> currentGrades, List<JudgementView> disputed,
            String currentGradeRule) {
    }

    public static final String CURRENT_GRADE_RULE = "Per area, the grade of the latest year on record; within a year"
            + " Ofsted's own grade wins over news. Conflicting, disputed and unconfirmed grades are never current.";

    public record ReportSummary(String id, String kind, String url, String title, String publisher, LocalDate publishedDate,
            Instant receivedAt) {
    }

    public record ReportOutcome(String councilCode, String council, String area, String rating, Integer year, String status,
            String evidence, Double confidence, long judgementId, boolean conflict, boolean official, boolean disputed,
            boolean unconfirmed) {
    }

    public record ReportDetail(String id, String kind, String url, String title, String publisher, LocalDate publishedDate,
            Instant receivedAt, String parserVersion, String text, List<ReportOutcome> outcomes) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record Count(String key, long count) {
    }

    public record Stats(List<Count> currentOverallByRating, List<Count> judgementsByRating, List<Count> judgementsByRegion,
            List<Count> judgementsByYear, long councils, long reports, long judgements) {
    }
}
