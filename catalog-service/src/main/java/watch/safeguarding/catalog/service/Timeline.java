package watch.safeguarding.catalog.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.events.Vocabulary;

/**
 * The geometry of a council's timeline chart: one row per judgement area it has, years along the bottom, a mark per
 * area and year at its judgement's publication date (mid-year when only the year is known). Plain numbers for an SVG
 * template. Judgements of one area in one year would be drawn on top of one another, so they share a mark, a
 * {@link Cell}: the year's grade (Ofsted's where it has one, else the latest), outlined as disputed when they disagree;
 * the list below the chart has each of them. A page's size then grows with the years, not with how much was written
 * about a council.
 */
public final class Timeline {

    @TemplateData
    public record Row(String label, String y, String textY) {
    }

    @TemplateData
    public record Tick(int year, String x, boolean labelled) {
    }

    /** A judgement's mark; {@code official} ones are drawn as circles, the rest (news only) as diamonds. */
    @TemplateData
    public record Mark(long id, String href, String x, String y, String band, boolean official, boolean disputed, String title, String diamond) {
    }

    /**
     * The judgements of one area in one year: the one {@code shown}, its place in the council's list of judgements (1 is
     * the latest), how many there are, and whether their grades disagree.
     */
    public record Cell(JudgementView shown, int listed, int judgements, boolean disagree) {
    }

    @TemplateData
    public record Chart(String width, String height, String plotLeft, String plotRight, String axisY, List<Row> rows,
            List<Tick> ticks, List<Mark> marks) {
    }

    static final int FIRST_YEAR = 2009;
    private static final double LABEL_WIDTH = 210;
    private static final double PLOT_WIDTH = 540;
    private static final double ROW_HEIGHT = 30;
    private static final double TOP = 8;

    private Timeline() {
    }

    /** {@code href} gives each cell's link, from its place in the list below the chart. */
    public static Chart of(List<Cell> cells, int currentYear, Function<Cell, String> href) {
        List<JudgementView> judgements = cells.stream().map(Cell::shown).toList();
        Set<String> present = new LinkedHashSet<>();
        Vocabulary.AREAS.keySet().stream().filter(a -> judgements.stream().anyMatch(j -> a.equals(j.area()) && position(j) != null))
                .forEach(present::add);
        List<String> areas = List.copyOf(present);
        int last = Math.max(currentYear, judgements.stream().map(Timeline::position).filter(Objects::nonNull)
                .mapToInt(d -> (int) Math.floor(d)).max().orElse(currentYear));
        int first = Math.min(FIRST_YEAR, judgements.stream().map(Timeline::position).filter(Objects::nonNull)
                .mapToInt(d -> (int) Math.floor(d)).min().orElse(FIRST_YEAR));
        double span = last + 1 - first;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            double y = TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2;
            rows.add(new Row(Grades.areaLabel(areas.get(i)), f(y), f(y + 4)));
        }
        double axisY = TOP + ROW_HEIGHT * Math.max(1, areas.size()) + 4;
        List<Tick> ticks = new ArrayList<>();
        for (int year = first; year <= last + 1; year++) {
            ticks.add(new Tick(year, f(LABEL_WIDTH + (year - first) / span * PLOT_WIDTH), (year - first) % 2 == 0 && year <= last));
        }
        List<Mark> marks = new ArrayList<>();
        for (Cell cell : cells) {
            JudgementView j = cell.shown();
            Double at = position(j);
            int row = areas.indexOf(j.area());
            if (at == null || row < 0) {
                continue;
            }
            boolean disputed = cell.disagree() || j.conflict();
            String title = Grades.areaLabel(j.area()) + ": " + Grades.ratingLabel(j.rating()) + ", "
                    + (j.publishedDate() != null ? Dates.format(j.publishedDate()) : String.valueOf(j.year()))
                    + (j.official() ? " (Ofsted's published outcome)" : " (reported in the news)") + (disputed ? ", disputed" : "")
                    + (cell.judgements() > 1 ? "; " + cell.judgements() + " judgements that year" : "");
            double x = LABEL_WIDTH + (at - first) / span * PLOT_WIDTH;
            double y = TOP + ROW_HEIGHT * row + ROW_HEIGHT / 2;
            String diamond = f(x) + "," + f(y - 7) + " " + f(x + 7) + "," + f(y) + " " + f(x) + "," + f(y + 7) + " " + f(x - 7) + "," + f(y);
            marks.add(new Mark(j.id(), href.apply(cell), f(x), f(y), Grades.band(j.rating()).id(), j.official(), disputed, title, diamond));
        }
        return new Chart(f(LABEL_WIDTH + PLOT_WIDTH + 16), f(axisY + 24), f(LABEL_WIDTH), f(LABEL_WIDTH + PLOT_WIDTH), f(axisY),
                rows, ticks, marks);
    }

    /** The judgement's place in years (2019.5 is the middle of 2019), or null when it has no date at all. */
    static Double position(JudgementView j) {
        LocalDate date = j.publishedDate() != null ? j.publishedDate() : j.inspectionEnd();
        if (date != null) {
            return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
        }
        return j.year() == null ? null : j.year() + 0.5;
    }

    private static String f(double value) {
        return HexMap.format(value);
    }
}
