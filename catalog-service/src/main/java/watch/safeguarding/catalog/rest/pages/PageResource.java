package watch.safeguarding.catalog.rest.pages;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import watch.safeguarding.catalog.service.CouncilPageCache;
import watch.safeguarding.catalog.service.InvalidParameterException;
import watch.safeguarding.catalog.service.ReaderPages;
import watch.safeguarding.events.Vocabulary;

/**
 * The readers' pages: server-rendered HTML that needs no script. Browsers reach them at the API's own paths (see
 * {@link PageRouting}); any client can ask for them under /pages.
 */
@Path("/")
@Produces(PageResource.HTML)
@Tag(name = "Pages", description = "HTML for people; a browser gets these at /councils/{code}, /judgements and /reports too")
public class PageResource {

    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    ReaderPages pages;
    @Inject
    CouncilPageCache firstPages;
    @Inject
    @Location("pages/home.html")
    Template home;
    @Inject
    @Location("pages/councils.html")
    Template councils;
    @Inject
    @Location("pages/council.html")
    Template council;
    @Inject
    @Location("pages/judgements.html")
    Template judgements;
    @Inject
    @Location("pages/reports.html")
    Template reports;
    @Inject
    @Location("pages/report.html")
    Template report;
    @Inject
    @Location("pages/message.html")
    Template message;

    @GET
    @Operation(summary = "Home: the map of England's councils by current grade, counts, and the councils inadequate now")
    public TemplateInstance home(@QueryParam("area") String area) {
        return page(home).data("home", pages.home(blankToNull(area)));
    }

    @GET
    @Path("pages")
    @Operation(summary = "Home (as /)")
    public TemplateInstance homeUnderPrefix(@QueryParam("area") String area) {
        return home(area);
    }

    @GET
    @Path("pages/councils")
    @Operation(summary = "Every current council by region with its current grade")
    public TemplateInstance councils(@QueryParam("area") String area) {
        return page(councils).data("home", pages.home(blankToNull(area)));
    }

    @GET
    @Path("pages/councils/{code}")
    @Operation(summary = "A council: current grades, timeline of every judgement with sources and evidence")
    public Response council(@PathParam("code") String code, @QueryParam("page") String page,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        int number = number("page", page);
        if (number > 1) {
            return councilPage(code, number).map(html -> Response.ok(html, HTML).build()).orElseGet(() -> noCouncil(code));
        }
        return firstPages.firstPage(code, pages.councilRevision(code), () -> councilPage(code, 1))
                .map(kept -> (HtmlNegotiation.takesGzip(acceptEncoding)
                        ? Response.ok(kept.gzip(), HTML).header(HttpHeaders.CONTENT_ENCODING, "gzip")
                        : Response.ok(kept.html(), HTML)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build())
                .orElseGet(() -> noCouncil(code));
    }

    private Response noCouncil(String code) {
        return notFound("We have no council with the code " + code + ".",
                "Councils are identified by their ONS code, such as E06000005. Find one on the map or in the list of councils.");
    }

    @GET
    @Path("pages/judgements")
    @Operation(summary = "The latest judgements, newest first, filtered by grade, area, region and years")
    public TemplateInstance judgements(@QueryParam("rating") String rating, @QueryParam("area") String area,
            @QueryParam("region") String region, @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("page") String page) {
        return page(judgements).data("p", pages.latest(
                InvalidParameterException.oneOf("rating", blankToNull(rating), Vocabulary.RATINGS.keySet()),
                InvalidParameterException.oneOf("area", blankToNull(area), Vocabulary.AREAS.keySet()),
                blankToNull(region), year("since", since), year("until", until), number("page", page)));
    }

    @GET
    @Path("pages/reports")
    @Operation(summary = "Search the reports; the words that matched are highlighted")
    public TemplateInstance reports(@QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        return page(reports).data("s", pages.search(blankToNull(q), blankToNull(cursor)));
    }

    @GET
    @Path("pages/reports/{id}")
    @Operation(summary = "A report: its text and the judgements it states")
    public Response report(@PathParam("id") String id) {
        return pages.report(id).map(view -> ok(page(report).data("r", view)))
                .orElseGet(() -> notFound("We have no report with this id.", "Search the reports to find the one you want."));
    }

    /** A bad filter on a page gets a page that says what to change, not a JSON problem. */
    @ServerExceptionMapper
    public Response invalid(InvalidParameterException e) {
        return Response.status(400).type(HTML).entity(page(message).data("title", "Check the " + e.parameter())
                .data("text", e.parameter() + ": " + e.getMessage()).render()).build();
    }

    private Optional<String> councilPage(String code, int number) {
        return pages.council(code, number).map(view -> page(council).data("c", view).render());
    }

    private Response notFound(String title, String text) {
        return Response.status(404).type(HTML).entity(page(message).data("title", title).data("text", text).render()).build();
    }

    private TemplateInstance page(Template template) {
        return template.data("alertsUrl", pages.alertsHome());
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render(), HTML).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer year(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            throw new InvalidParameterException(name, "'" + value + "' is not a year; enter four digits, such as 2024");
        }
        return Integer.parseInt(value);
    }

    private static int number(String name, String value) {
        value = blankToNull(value);
        if (value == null) {
            return 1;
        }
        if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < 1) {
            throw new InvalidParameterException(name, "'" + value + "' is not a page number");
        }
        return Integer.parseInt(value);
    }
}
