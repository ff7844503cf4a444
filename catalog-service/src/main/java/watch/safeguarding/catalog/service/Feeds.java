package watch.safeguarding.catalog.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.TemplateData;
import watch.safeguarding.catalog.entity.Council;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;

/** Atom feeds of the newest judgements: of everything, of one council, of one region. */
@ApplicationScoped
public class Feeds {

    static final int ENTRIES = 50;

    @TemplateData
    public record Entry(String id, String title, String link, String updated, String summary) {
    }

    @TemplateData
    public record Feed(String id, String title, String self, String alternate, String updated, List<Entry> entries) {
    }

    @Inject
    CatalogQueries queries;
    @Inject
    CouncilDirectory directory;
    @ConfigProperty(name = "catalog.public-url")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    public Feed everything() {
        return feed("judgements", "New judgements of English councils' children's services", "/feeds/judgements.atom", "/judgements",
                null, null);
    }

    public Optional<Feed> council(String code) {
        Council council = directory.byCode().get(code);
        return council == null ? Optional.empty() : Optional.of(feed("councils/" + code, "New judgements: " + council.name,
                "/feeds/councils/" + code + ".atom", "/councils/" + code, code, null));
    }

    /** A region by its slug, such as north-east. */
    public Optional<Feed> region(String slug) {
        return directory.byCode().values().stream().map(c -> c.region).filter(r -> r != null && slug(r).equals(slug)).findFirst()
                .map(region -> feed("regions/" + slug, "New judgements: " + region, "/feeds/regions/" + slug + ".atom",
                        "/judgements?region=" + java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8), null, region));
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private Feed feed(String id, String title, String self, String alternate, String council, String region) {
        List<JudgementView> judgements = queries.judgements(new CatalogQueries.JudgementFilter(null, null, null, null, null, region,
                council, true, ENTRIES, 0));
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Instant now = clock.instant();
        List<Entry> entries = judgements.stream().map(j -> entry(j, base, now)).toList();
        String updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(now.toString());
        return new Feed("tag:safeguarding.watch,2026:feeds/" + id, title, base + self, base + alternate, updated, entries);
    }

    private static Entry entry(JudgementView j, String base, Instant now) {
        LocalDate date = j.publishedDate() != null ? j.publishedDate() : j.year() != null ? LocalDate.of(j.year(), 1, 1) : null;
        String updated = (date == null ? now : date.atStartOfDay(ZoneOffset.UTC).toInstant()).toString();
        String title = j.council() + ": " + Grades.areaLabel(j.area()).toLowerCase(Locale.UK) + " rated "
                + Grades.ratingLabel(j.rating()).toLowerCase(Locale.UK) + (j.conflict() ? " (disputed)" : "");
        String sources = j.sources().stream().map(s -> (s.title() == null ? s.reportId() : s.title())
                + (s.publisher() == null ? "" : " (" + s.publisher() + ")") + (s.evidence() == null ? "" : ": \u201c" + s.evidence() + "\u201d"))
                .collect(Collectors.joining("; "));
        String summary = Dates.format(j.publishedDate(), j.year()) + ". "
                + (j.official() ? "Ofsted's published outcome." : "Reported in the news, not yet in Ofsted's published outcomes.")
                + (sources.isEmpty() ? "" : " Sources: " + sources);
        return new Entry("tag:safeguarding.watch,2026:judgement/" + j.id(), title, base + "/councils/" + j.councilCode() + "#j-" + j.id(),
                updated, summary);
    }
}
