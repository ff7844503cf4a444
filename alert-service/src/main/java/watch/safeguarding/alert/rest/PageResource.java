package watch.safeguarding.alert.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import watch.safeguarding.alert.service.InvalidRequestException;
import watch.safeguarding.alert.service.RateLimiter;
import watch.safeguarding.alert.service.SubscriptionService;

/** The pages people use: subscribe, manage (by an emailed link), and unsubscribe. Every page works without JavaScript. */
@Path("/")
@Tag(name = "Pages")
public class PageResource {

    /** Body of POST /manage/link as JSON. */
    @Schema(example = "{\"email\": \"a@b.example\"}")
    public record ManageLinkRequest(String email) {
    }

    private final SubscriptionService subscriptions;
    private final ClientAddress clients;
    private final Pages pages;

    public PageResource(SubscriptionService subscriptions, ClientAddress clients, Pages pages) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The subscribe page", description = "?council=GSS code (repeatable) opens it with those councils chosen, "
            + "as the catalog's \"Get alerts about this council\" does; codes of no current council are ignored.")
    public Response home(@QueryParam("council") List<String> council) {
        List<String> chosen = council == null ? List.of()
                : council.stream().filter(code -> pages.councils().council(code).isPresent()).distinct().toList();
        return pages.subscribe(200, FormView.of(pages.councils(), "", chosen.isEmpty(), chosen, List.of(), List.of(), null, Map.of()));
    }

    @GET
    @Path("manage")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The manage page (from an emailed link)")
    public Response manage(@QueryParam("token") String token, @QueryParam("saved") String saved) {
        return subscriptions.manage(token)
                .map(managed -> pages.manage(token, managed.subscriptions(), saved != null ? "Your changes have been saved." : null))
                .orElseGet(pages::linkNotValid);
    }

    @GET
    @Path("manage/subscriptions/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page to change one subscription")
    public Response edit(@PathParam("id") String idParam, @QueryParam("token") String token) {
        long id = id(idParam);
        return subscriptions.managed(token, id)
                .map(s -> pages.edit(200, token, id, FormView.of(pages.councils(), null, s.allCouncils(), s.councils(), s.regions(), s.ratings(),
                        s.frequencyWire(), Map.of())))
                .orElseGet(pages::linkNotValid);
    }

    @POST
    @Path("manage/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Change one subscription's scope, grades and frequency")
    public Response update(@PathParam("id") String idParam, MultivaluedMap<String, String> form) {
        long id = id(idParam);
        String token = form.getFirst("token");
        boolean all = !"some".equals(form.getFirst("scope"));
        List<String> councils = SubscriptionResource.values(form, "councils");
        List<String> regions = SubscriptionResource.values(form, "regions");
        List<String> ratings = SubscriptionResource.values(form, "ratings");
        try {
            if (!subscriptions.update(token, id, all ? List.of() : councils, all ? List.of() : regions, ratings, form.getFirst("frequency"))) {
                return pages.linkNotValid();
            }
            // built, not concatenated: the token is the client's, and a stray space or other character must not break the redirect
            return Response.seeOther(UriBuilder.fromPath("/manage").queryParam("saved", 1).queryParam("token", token.trim()).build()).build();
        } catch (InvalidRequestException e) {
            return pages.edit(400, token, id, FormView.of(pages.councils(), null, all, councils, regions, ratings, form.getFirst("frequency"),
                    e.errors()));
        }
    }

    @POST
    @Path("manage/subscriptions/{id}/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Stop one subscription")
    public Response unsubscribeOne(@PathParam("id") String idParam, @FormParam("token") String token) {
        long id = id(idParam);
        return subscriptions.unsubscribeByManageLink(token, id).map(u -> pages.unsubscribed(u.subscriptions()))
                .orElseGet(pages::linkNotValid);
    }

    @POST
    @Path("manage/unsubscribe-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Stop every subscription of this person")
    public Response unsubscribeAll(@FormParam("token") String token) {
        return subscriptions.unsubscribeByManageLink(token, null).map(u -> pages.unsubscribed(u.subscriptions()))
                .orElseGet(pages::linkNotValid);
    }

    @GET
    @Path("manage/link")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page to ask for a new manage link")
    public Response manageLinkForm() {
        return pages.manageLink(200, null, null);
    }

    @POST
    @Path("manage/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Email a manage link (same answer whether or not the address has alerts)")
    public Response sendManageLink(@FormParam("email") String email, HttpServerRequest http) {
        try {
            subscriptions.sendManageLink(email, clients.of(http));
            return pages.checkEmail(200, true);
        } catch (InvalidRequestException e) {
            return pages.manageLink(400, email, e.errors().get("email"));
        } catch (RateLimiter.LimitedException e) {
            return SubscriptionResource.tooMany(pages, e);
        }
    }

    @POST
    @Path("manage/link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Email a manage link (same answer whether or not the address has alerts)")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sendManageLinkJson(ManageLinkRequest request, HttpServerRequest http) {
        subscriptions.sendManageLink(request == null ? null : request.email(), clients.of(http));
        return Response.accepted(new Accepted("Check your email: if this address has alerts, we have sent it a link to manage them."))
                .build();
    }

    @GET
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The unsubscribe page of an email's link",
            description = "Asks to confirm with a button, because mail scanners open links; the button POSTs to the same address.")
    public Response unsubscribePage(@QueryParam("token") String token) {
        return pages.unsubscribe(token);
    }

    @POST
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One-click unsubscribe (RFC 8058)", description = "What mail clients POST for List-Unsubscribe-Post; "
            + "answers 200 even when already unsubscribed.")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    public Response unsubscribe(@QueryParam("token") String token) {
        return subscriptions.unsubscribeByLink(token).map(u -> pages.unsubscribed(u.subscriptions())).orElseGet(pages::linkNotValid);
    }

    /** A subscription id from the path; one that is not a number is a 400 naming it (JAX-RS would answer 404). */
    private static long id(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Map.of("id", "The subscription id in the address must be a whole number, like 42"));
        }
    }
}
