package watch.safeguarding.catalog.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import watch.safeguarding.catalog.service.CatalogQueries;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.catalog.service.Csv;
import watch.safeguarding.catalog.service.InvalidParameterException;
import watch.safeguarding.events.Vocabulary;

@Path("/judgements")
public class JudgementResource {

    @Inject
    CatalogQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judgements across councils, e.g. every inadequate grade since 2024")
    public List<JudgementView> list(
            @Parameter(example = "inadequate") @QueryParam("rating") String rating,
            @Parameter(example = "overall") @QueryParam("area") String area,
            @Parameter(description = "new or previous (as first reported)") @QueryParam("status") String status,
            @Parameter(description = "year or date", example = "2024") @QueryParam("since") String since,
            @Parameter(description = "year or date", example = "2026-12-31") @QueryParam("until") String until,
            @Parameter(example = "London") @QueryParam("region") String region,
            @Parameter(description = "GSS code", example = "E06000005") @QueryParam("council") String council,
            @Parameter(description = "include judgements flagged as conflicting") @QueryParam("includeConflicts") boolean includeConflicts,
            @Parameter(description = "page size, 1-1000 (default 20; CSV 1000)") @QueryParam("limit") String limit,
            @Parameter(description = "judgements to skip (default 0)") @QueryParam("offset") String offset) {
        return queries.judgements(new CatalogQueries.JudgementFilter(
                InvalidParameterException.oneOf("rating", Params.blankToNull(rating), Vocabulary.RATINGS.keySet()),
                InvalidParameterException.oneOf("area", Params.blankToNull(area), Vocabulary.AREAS.keySet()),
                InvalidParameterException.oneOf("status", Params.blankToNull(status), Vocabulary.STATUSES),
                Params.year("since", since), Params.year("until", until), Params.blankToNull(region), Params.blankToNull(council),
                includeConflicts, Params.range("limit", limit, 20, 1, 1000), Params.range("offset", offset, 0, 0, Integer.MAX_VALUE)));
    }

    @GET
    @Produces("text/csv")
    public String listCsv(@QueryParam("rating") String rating, @QueryParam("area") String area, @QueryParam("status") String status,
            @QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("region") String region,
            @QueryParam("council") String council, @QueryParam("includeConflicts") boolean includeConflicts,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return Csv.table(List.of("id", "council_code", "council", "region", "area", "rating", "year", "published_date", "reported_as",
                "official", "conflict", "sources"),
                list(rating, area, status, since, until, region, council, includeConflicts, limit == null ? "1000" : limit, offset).stream()
                        .map(j -> Arrays.asList(j.id(), j.councilCode(), j.council(), j.region(), j.area(), j.rating(), j.year(),
                                j.publishedDate() == null ? null : j.publishedDate().toString(), j.reportedAs(), j.official(), j.conflict(),
                                j.sources().size()))
                        .toList());
    }
}
