package watch.safeguarding.catalog.rest;

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
import watch.safeguarding.catalog.service.CatalogViews.Page;
import watch.safeguarding.catalog.service.CatalogViews.ReportDetail;
import watch.safeguarding.catalog.service.CatalogViews.ReportSummary;

@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    CatalogQueries queries;

    @GET
    @Operation(summary = "Reports, newest first: full-text search and filters, paged with nextCursor")
    public Page<ReportSummary> search(
            @Parameter(description = "web-search syntax: words, \"phrases\", -exclusions", example = "inadequate \"children in care\"") @QueryParam("q") String q,
            @Parameter(description = "GSS code of a council the report states a judgement on", example = "E10000021") @QueryParam("council") String council,
            @Parameter(example = "BBC News") @QueryParam("publisher") String publisher,
            @Parameter(description = "published on or after", example = "2018-01-01") @QueryParam("from") String from,
            @Parameter(description = "published on or before", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "page size, 1-100 (default 20)") @QueryParam("limit") String limit) {
        return queries.reports(new CatalogQueries.ReportFilter(Params.blankToNull(q), Params.blankToNull(council),
                Params.blankToNull(publisher), Params.date("from", from), Params.date("to", to), Params.blankToNull(cursor),
                Params.range("limit", limit, 20, 1, 100)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A report with the outcomes it states and the evidence for each")
    public ReportDetail get(@PathParam("id") String id) {
        return queries.report(id).orElseThrow(() -> ProblemMappers.notFound("report " + id));
    }
}
