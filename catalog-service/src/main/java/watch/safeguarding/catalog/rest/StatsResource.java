package watch.safeguarding.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import watch.safeguarding.catalog.service.CatalogQueries;
import watch.safeguarding.catalog.service.CatalogViews.Stats;

@Path("/stats")
public class StatsResource {

    @Inject
    CatalogQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts: current overall grades, judgements by grade, region and year")
    public Stats stats() {
        return queries.stats();
    }
}
