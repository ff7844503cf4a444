package watch.safeguarding.catalog.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.entity.Report;
import watch.safeguarding.catalog.service.CatalogViews.CouncilDetail;
import watch.safeguarding.catalog.service.CatalogViews.CouncilSummary;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.catalog.service.CatalogViews.ReportDetail;
import watch.safeguarding.catalog.service.CatalogViews.Source;
import watch.safeguarding.catalog.service.ReaderQueries.Current;
import watch.safeguarding.catalog.service.ReaderViews.CouncilLink;
import watch.safeguarding.catalog.service.ReaderViews.CouncilPage;
import watch.safeguarding.catalog.service.ReaderViews.CouncilRow;
import watch.safeguarding.catalog.service.ReaderViews.CountRow;
import watch.safeguarding.catalog.service.ReaderViews.Grade;
import watch.safeguarding.catalog.service.ReaderViews.Home;
import watch.safeguarding.catalog.service.ReaderViews.InadequateRow;
import watch.safeguarding.catalog.service.ReaderViews.JudgementItem;
import watch.safeguarding.catalog.service.ReaderViews.LatestPage;
import watch.safeguarding.catalog.service.ReaderViews.MapHex;
import watch.safeguarding.catalog.service.ReaderViews.Option;
import watch.safeguarding.catalog.service.ReaderViews.Outcome;
import watch.safeguarding.catalog.service.ReaderViews.RegionGroup;
import watch.safeguarding.catalog.service.ReaderViews.ReportPage;
import watch.safeguarding.catalog.service.ReaderViews.SearchHit;
import watch.safeguarding.catalog.service.ReaderViews.SearchPage;
import watch.safeguarding.catalog.service.ReaderViews.SourceItem;
import watch.safeguarding.events.Vocabulary;

/** Builds the readers' pages from the catalog's queries: the map, a council's history, the latest judgements, search. */
@ApplicationScoped
public class ReaderPages {

    public static final int PAGE_SIZE = 20;
    /** Judgements listed per page of a council's page (a real council has had a few dozen since 2009). */
    public static final int COUNCIL_PAGE_SIZE = 50;
    /** Sources listed under each judgement of a page. */
    static final int SOURCES_SHOWN = 3;
    private static final Pattern LINKABLE = Pattern.compile("(?i)https?://\\S+");

    private final HexMap map = HexMap.bundled();

    @Inject
    CatalogQueries queries;
    @Inject
    ReaderQueries reader;
    @Inject
    CouncilDirectory directory;
    @ConfigProperty(name = "catalog.alert-url")
    String alertUrl;

    Clock clock = Clock.systemUTC();

    /** The alert service's sign-up page. */
    public String alertsHome() {
        return stripSlash(alertUrl) + "/";
    }

    /** The map coloured by every current council's latest grade in the area, with counts and who is inadequate now. */
    public Home home(String area) {
        String chosen = area == null ? "overall" : InvalidParameterException.oneOf("area", area, Vocabulary.AREAS.keySet());
        Map<String, Council> councils = currentCouncils();
        Map<String, Current> current = reader.current(councils.keySet(), chosen);
        List<MapHex> hexes = map.hexes().stream().filter(h -> councils.containsKey(h.code())).map(h -> {
            Council council = councils.get(h.code());
            Current grade = current.get(h.code());
            return new MapHex(h.code(), council.name, h.points(), Grades.band(grade == null ? null : grade.rating()).id(),
                    council.name + ": " + describe(grade));
        }).toList();
        Map<String, String> ratings = new LinkedHashMap<>();
        current.forEach((code, grade) -> ratings.put(code, grade.rating()));
        List<CountRow> counts = Grades.counts(ratings, councils.size()).stream()
                .map(e -> new CountRow("none".equals(e.getKey()) ? Grades.NONE.label() : Grades.ratingLabel(e.getKey()),
                        "none".equals(e.getKey()) ? Grades.NONE.id() : Grades.band(e.getKey()).id(), e.getValue()))
                .toList();
        Map<String, Current> low = new LinkedHashMap<>();
        current.forEach((code, grade) -> {
            if (Grades.band(grade.rating()).id().equals("low")) {
                low.put(code, grade);
            }
        });
        Map<String, Current> since = reader.runStart(low, chosen);
        List<InadequateRow> inadequate = low.keySet().stream().map(councils::get)
                .map(c -> {
                    Current start = since.getOrDefault(c.code, low.get(c.code));
                    return new InadequateRow(c.code, c.name, c.region, Grades.ratingLabel(low.get(c.code).rating()),
                            Dates.format(start.publishedDate(), start.year()));
                })
                .sorted(Comparator.comparing(InadequateRow::name)).toList();
        Map<String, List<CouncilRow>> byRegion = new TreeMap<>();
        councils.values().forEach(c -> {
            Current grade = current.get(c.code);
            byRegion.computeIfAbsent(c.region, r -> new ArrayList<>()).add(new CouncilRow(c.code, c.name,
                    grade == null ? Grades.NONE.label() : Grades.ratingLabel(grade.rating()),
                    Grades.band(grade == null ? null : grade.rating()).id(),
                    grade == null ? "" : Dates.format(grade.publishedDate(), grade.year())));
        });
        List<RegionGroup> regions = byRegion.entrySet().stream().map(e -> new RegionGroup(e.getKey(), e.getValue())).toList();
        List<Option> areas = Vocabulary.AREAS.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(chosen))).toList();
        List<Grades.Band> legend = new ArrayList<>(Grades.BANDS);
        legend.add(Grades.NONE);
        return new Home(chosen, Grades.areaLabel(chosen), areas, HexMap.format(map.width()), HexMap.format(map.height()), hexes,
                legend, counts, inadequate, regions, councils.size());
    }

    /**
     * What a council's page is made of, as a version: how many judgements it has and the latest revision among them
     * (every write to a judgement or its sources gives it a new one), and the year the timeline ends in.
     */
    public String councilRevision(String code) {
        return reader.councilRevision(code) + "-" + LocalDate.now(clock).getYear();
    }

    /** A council's page: its timeline chart of every judgement, and the judgements with their sources, a page at a time. */
    public Optional<CouncilPage> council(String code, int page) {
        return queries.council(code).map(detail -> {
            List<Timeline.Cell> timeline = reader.timeline(code, detail.name(), detail.region());
            List<JudgementView> listed = queries.judgements(new CatalogQueries.JudgementFilter(null, null, null, null, null, null, code,
                    true, COUNCIL_PAGE_SIZE + 1, (page - 1) * COUNCIL_PAGE_SIZE));
            return councilPage(detail, timeline, reader.judgementCount(code), listed, page);
        });
    }

    private CouncilPage councilPage(CouncilDetail d, List<Timeline.Cell> timeline, int total, List<JudgementView> listed, int page) {
        List<String> order = List.copyOf(Vocabulary.AREAS.keySet());
        List<Grade> grades = d.currentGrades().stream().sorted(Comparator.comparingInt(j -> order.indexOf(j.area()))).map(j -> new Grade(
                Grades.areaLabel(j.area()), Grades.ratingLabel(j.rating()), Grades.band(j.rating()).id(), Dates.format(j.publishedDate(), j.year()),
                j.framework(), j.official(), j.conflict(), j.id())).toList();
        // the chart links each mark to the judgement in the list, on whichever page of it that judgement is
        String path = "/councils/" + encode(d.code());
        java.util.function.Function<Timeline.Cell, String> href = cell -> {
            int on = (cell.listed() - 1) / COUNCIL_PAGE_SIZE + 1;
            return (on == page ? "" : path + (on == 1 ? "" : "?page=" + on)) + "#j-" + cell.shown().id();
        };
        boolean current = d.validTo() == null;
        return new CouncilPage(d.code(), d.name(), d.officialName(), typeLabel(d.type()), d.region(), current,
                Dates.format(d.validFrom()), Dates.format(d.validTo()), links(d.predecessors()), links(d.successors()), grades,
                Timeline.of(timeline, LocalDate.now(clock).getYear(), href),
                listed.stream().limit(COUNCIL_PAGE_SIZE).map(ReaderPages::item).toList(), total,
                (page - 1) * COUNCIL_PAGE_SIZE + 1,
                page > 1 ? path + (page == 2 ? "" : "?page=" + (page - 1)) + "#judgements" : null,
                listed.size() > COUNCIL_PAGE_SIZE ? path + "?page=" + (page + 1) + "#judgements" : null,
                current ? stripSlash(alertUrl) + "/?council=" + encode(d.code()) + "#scope-some" : null);
    }

    public LatestPage latest(String rating, String area, String region, Integer since, Integer until, int page) {
        if (region != null && directory.byCode().values().stream().noneMatch(c -> region.equals(c.region))) {
            throw new InvalidParameterException("region", "'" + region + "' is not an English region; choose one from the list");
        }
        List<JudgementView> found = queries.judgements(new CatalogQueries.JudgementFilter(rating, area, null, since, until, region, null,
                true, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("rating", rating);
        params.put("area", area);
        params.put("region", region);
        params.put("since", since == null ? null : since.toString());
        params.put("until", until == null ? null : until.toString());
        List<Option> ratings = Vocabulary.RATINGS.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(rating)))
                .toList();
        List<Option> areas = Vocabulary.AREAS.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(area)))
                .toList();
        List<Option> regions = directory.byCode().values().stream().map(c -> c.region).distinct().sorted()
                .map(r -> new Option(r, r, r.equals(region))).toList();
        return new LatestPage(ratings, areas, regions, since == null ? "" : since.toString(), until == null ? "" : until.toString(),
                found.stream().limit(PAGE_SIZE).map(ReaderPages::item).toList(), (page - 1) * PAGE_SIZE + 1,
                page > 1 ? url("/judgements", params, "page", page - 1) : null,
                found.size() > PAGE_SIZE ? url("/judgements", params, "page", page + 1) : null,
                params.values().stream().anyMatch(v -> v != null),
                region == null ? "/feeds/judgements.atom" : "/feeds/regions/" + Feeds.slug(region) + ".atom");
    }

    public SearchPage search(String q, String cursor) {
        if (q == null) {
            return new SearchPage(null, List.of(), null, null);
        }
        var page = queries.reports(new CatalogQueries.ReportFilter(q, null, null, null, null, cursor, PAGE_SIZE));
        Map<String, String[]> highlights = reader.highlights(page.items().stream().map(CatalogViews.ReportSummary::id).toList(), q);
        List<SearchHit> hits = page.items().stream().map(r -> {
            String[] marked = highlights.getOrDefault(r.id(), new String[] {r.title(), ""});
            return new SearchHit(r.id(), Highlight.html(marked[0] == null || marked[0].isBlank() ? r.id() : marked[0]),
                    Highlight.html(marked[1]), r.publisher(), Dates.format(r.publishedDate()), r.url(), linkable(r.url()),
                    Report.OFSTED.equals(r.kind()));
        }).toList();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        return new SearchPage(q, hits, cursor == null ? null : url("/reports", params, null, null),
                page.nextCursor() == null ? null : url("/reports", params, "cursor", page.nextCursor()));
    }

    public Optional<ReportPage> report(String id) {
        return queries.report(id).map(ReaderPages::reportPage);
    }

    private static ReportPage reportPage(ReportDetail r) {
        List<Outcome> outcomes = r.outcomes().stream().map(o -> new Outcome(o.councilCode(), o.council(), Grades.areaLabel(o.area()),
                Grades.ratingLabel(o.rating()), Grades.band(o.rating()).id(), o.year(), o.status(), o.evidence(), o.judgementId(),
                o.conflict())).toList();
        List<String> paragraphs = Arrays.stream(r.text().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new ReportPage(r.id(), r.title() == null || r.title().isBlank() ? "Report " + r.id() : r.title(), r.url(), linkable(r.url()),
                r.publisher(), Dates.format(r.publishedDate()), Report.OFSTED.equals(r.kind()), outcomes, paragraphs);
    }

    static JudgementItem item(JudgementView j) {
        // Ofsted's report first, then the earliest news; the rest are counted (a well-covered grade has dozens)
        List<SourceItem> sources = j.sources().stream().map(ReaderPages::source)
                .sorted(Comparator.comparing(SourceItem::ofsted).reversed()).limit(SOURCES_SHOWN).toList();
        return new JudgementItem(j.id(), j.councilCode(), j.council(), j.region(), Grades.areaLabel(j.area()), Grades.ratingLabel(j.rating()),
                Grades.band(j.rating()).id(), Dates.format(j.publishedDate(), j.year()), j.framework(), j.official(), j.conflict(),
                "new".equals(j.reportedAs()), sources, j.sources().size() - sources.size());
    }

    private static SourceItem source(Source s) {
        return new SourceItem(s.reportId(), s.title() == null || s.title().isBlank() ? "Report " + s.reportId() : s.title(), s.url(),
                linkable(s.url()), s.publisher(), Dates.format(s.publishedDate()), s.evidence(), s.status(), Report.OFSTED.equals(s.kind()));
    }

    private Map<String, Council> currentCouncils() {
        Map<String, Council> current = new LinkedHashMap<>();
        directory.byCode().values().stream().filter(c -> c.validTo == null).forEach(c -> current.put(c.code, c));
        return current;
    }

    private static String describe(Current grade) {
        return grade == null ? Grades.NONE.label().toLowerCase(java.util.Locale.UK)
                : Grades.ratingLabel(grade.rating()) + " (" + Dates.format(grade.publishedDate(), grade.year()) + ")";
    }

    private static List<CouncilLink> links(List<CouncilSummary> councils) {
        return councils.stream().map(c -> new CouncilLink(c.code(), c.name())).toList();
    }

    private static String typeLabel(String type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "unitary" -> "Unitary authority";
            case "county" -> "County council";
            case "metropolitan_district" -> "Metropolitan borough";
            case "london_borough" -> "London borough";
            default -> "Local authority";
        };
    }

    private static boolean linkable(String url) {
        return url != null && LINKABLE.matcher(url).matches();
    }

    static String url(String path, Map<String, String> params, String extraName, Object extraValue) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        Map<String, String> all = new LinkedHashMap<>(params);
        if (extraName != null) {
            all.put(extraName, String.valueOf(extraValue));
        }
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (e.getValue() != null) {
                url.append(separator).append(e.getKey()).append('=').append(encode(e.getValue()));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
