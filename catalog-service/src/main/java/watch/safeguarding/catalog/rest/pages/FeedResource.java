package watch.safeguarding.catalog.rest.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import watch.safeguarding.catalog.service.Feeds;

/** Atom feeds of the newest judgements, for feed readers. */
@Path("/feeds")
@Produces(FeedResource.ATOM)
@Tag(name = "Feeds")
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    Feeds feeds;
    @Inject
    @Location("feeds/judgements.xml")
    Template template;

    @GET
    @Path("judgements.atom")
    @Operation(summary = "The 50 newest judgements of every council")
    public String everything() {
        return template.data("feed", feeds.everything()).render();
    }

    @GET
    @Path("councils/{code}.atom")
    @Operation(summary = "The 50 newest judgements of one council")
    public Response council(@Parameter(example = "E06000005") @PathParam("code") String code) {
        return feeds.council(code).map(feed -> Response.ok(template.data("feed", feed).render(), ATOM).build())
                .orElseThrow(() -> new NotFoundException("council " + code + " is not in the catalog"));
    }

    @GET
    @Path("regions/{region}.atom")
    @Operation(summary = "The 50 newest judgements of councils in one region (north-east, london, south-west, ...)")
    public Response region(@Parameter(example = "north-east") @PathParam("region") String region) {
        return feeds.region(region).map(feed -> Response.ok(template.data("feed", feed).render(), ATOM).build())
                .orElseThrow(() -> new NotFoundException("region " + region + " is not an English region; use its name in lower case with hyphens, such as north-east"));
    }
}
