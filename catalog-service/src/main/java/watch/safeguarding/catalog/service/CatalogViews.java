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

    public record JudgementView(long id, String councilCode, String council, String region, String area, String rating,
            Integer year, LocalDate publishedDate, LocalDate inspectionStart, LocalDate inspectionEnd, String framework,
            String reportedAs, boolean official, boolean conflict, List<Source> sources) {
    }

    public record CouncilDetail(String code, String name, String officialName, String type, String region, String ofstedUrn,
            String dfeCode, LocalDate validFrom, LocalDate validTo, List<CouncilSummary> predecessors,
            List<CouncilSummary> successors, List<JudgementView> currentGrades) {
    }

    public record ReportSummary(String id, String kind, String url, String title, String publisher, LocalDate publishedDate,
            Instant receivedAt) {
    }

    public record ReportOutcome(String councilCode, String council, String area, String rating, Integer year, String status,
            String evidence, Double confidence, long judgementId, boolean conflict) {
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
