package watch.safeguarding.catalog.service;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What the readers' pages show, worked out in {@link ReaderPages} so that templates only lay it out. */
public final class ReaderViews {

    private ReaderViews() {
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    @TemplateData
    public record CouncilLink(String code, String name) {
    }

    @TemplateData
    public record MapHex(String code, String name, String points, String band, String title) {
    }

    @TemplateData
    public record CountRow(String label, String band, long count) {
    }

    @TemplateData
    public record InadequateRow(String code, String name, String region, String rating, String since) {
    }

    @TemplateData
    public record CouncilRow(String code, String name, String rating, String band, String date) {
    }

    @TemplateData
    public record RegionGroup(String name, List<CouncilRow> councils) {
    }

    @TemplateData
    public record Home(String area, String areaLabel, List<Option> areas, String mapWidth, String mapHeight, List<MapHex> hexes,
            List<Grades.Band> legend, List<CountRow> counts, List<InadequateRow> inadequate, List<RegionGroup> regions, int councils) {
    }

    @TemplateData
    public record SourceItem(String reportId, String title, String url, boolean linkable, String publisher, String date,
            String evidence, String status, boolean ofsted) {
    }

    @TemplateData
    public record JudgementItem(long id, String councilCode, String council, String region, String area, String rating,
            String band, String date, String framework, boolean official, boolean disputed, boolean reportedNew,
            List<SourceItem> sources, int moreSources) {
    }

    @TemplateData
    public record Grade(String area, String rating, String band, String date, String framework, boolean official, boolean disputed,
            long judgementId) {
    }

    @TemplateData
    public record CouncilPage(String code, String name, String officialName, String type, String region, boolean current,
            String validFrom, String validTo, List<CouncilLink> predecessors, List<CouncilLink> successors, List<Grade> grades,
            Timeline.Chart chart, List<JudgementItem> judgements, int total, int start, String previousUrl, String nextUrl, String alertUrl) {
    }

    @TemplateData
    public record LatestPage(List<Option> ratings, List<Option> areas, List<Option> regions, String since, String until,
            List<JudgementItem> items, int start, String previousUrl, String nextUrl, boolean filtered, String feedUrl) {
    }

    /** A search result; {@code titleHtml} and {@code extractHtml} are escaped, with the matched words in mark elements. */
    @TemplateData
    public record SearchHit(String id, String titleHtml, String extractHtml, String publisher, String date, String url,
            boolean linkable, boolean ofsted) {
    }

    @TemplateData
    public record SearchPage(String q, List<SearchHit> hits, String firstUrl, String nextUrl) {
    }

    @TemplateData
    public record Outcome(String councilCode, String council, String area, String rating, String band, Integer year, String status,
            String evidence, long judgementId, boolean disputed) {
    }

    @TemplateData
    public record ReportPage(String id, String title, String url, boolean linkable, String publisher, String date, boolean ofsted,
            List<Outcome> outcomes, List<String> paragraphs) {
    }
}
