package watch.safeguarding.catalog.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import watch.safeguarding.catalog.service.CatalogQueries;
import watch.safeguarding.catalog.service.CatalogViews.CouncilDetail;
import watch.safeguarding.catalog.service.CatalogViews.CouncilSummary;
import watch.safeguarding.catalog.service.CatalogViews.JudgementView;
import watch.safeguarding.catalog.service.Csv;
import watch.safeguarding.catalog.service.InvalidParameterException;
import watch.safeguarding.events.Vocabulary;

@Path("/councils")
public class CouncilResource {

    @Inject
    CatalogQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Councils with children's services, filtered by region, type, current grade or name")
    public List<CouncilSummary> list(
            @Parameter(example = "North East") @QueryParam("region") String region,
            @Parameter(example = "unitary") @QueryParam("type") String type,
            @Parameter(description = "area of the current grade filter (default overall)", example = "overall") @QueryParam("area") String area,
            @Parameter(description = "current grade in the area", example = "inadequate") @QueryParam("rating") String rating,
            @Parameter(description = "part of the name", example = "north") @QueryParam("q") String q,
            @Parameter(description = "also authorities that no longer exist") @QueryParam("includeFormer") boolean includeFormer) {
        return queries.councils(new CatalogQueries.CouncilFilter(Params.blankToNull(region), Params.blankToNull(type),
                InvalidParameterException.oneOf("area", Params.blankToNull(area), Vocabulary.AREAS.keySet()),
                InvalidParameterException.oneOf("rating", Params.blankToNull(rating), Vocabulary.RATINGS.keySet()),
                Params.blankToNull(q), includeFormer));
    }

    @GET
    @Produces("text/csv")
    public String listCsv(@QueryParam("region") String region, @QueryParam("type") String type, @QueryParam("area") String area,
            @QueryParam("rating") String rating, @QueryParam("q") String q, @QueryParam("includeFormer") boolean includeFormer) {
        return Csv.table(List.of("code", "name", "type", "region", "current"), list(region, type, area, rating, q, includeFormer).stream()
                .map(c -> Arrays.asList(c.code(), c.name(), c.type(), c.region(), c.current())).toList());
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A council: its current grade in each area with date and sources, predecessors and successors")
    public CouncilDetail get(@Parameter(example = "E06000005") @PathParam("code") String code) {
        return queries.council(code).orElseThrow(() -> ProblemMappers.notFound("council " + code));
    }

    @GET
    @Path("/{code}/judgements")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every judgement on a council, latest first")
    public List<JudgementView> timeline(@Parameter(example = "E06000005") @PathParam("code") String code) {
        get(code);
        return queries.timeline(code);
    }
}
