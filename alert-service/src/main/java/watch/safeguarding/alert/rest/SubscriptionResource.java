package watch.safeguarding.alert.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import watch.safeguarding.alert.service.InvalidRequestException;
import watch.safeguarding.alert.service.Links;
import watch.safeguarding.alert.service.RateLimiter;
import watch.safeguarding.alert.service.SignUp;
import watch.safeguarding.alert.service.SubscriptionService;

@Path("/subscriptions")
@Tag(name = "Subscriptions")
public class SubscriptionResource {

    static final String CHECK_EMAIL = "Check your email: we have sent a link to confirm your alerts. Nothing is sent until you confirm.";

    private final SubscriptionService subscriptions;
    private final ClientAddress clients;
    private final Pages pages;
    private final Links links;

    public SubscriptionResource(SubscriptionService subscriptions, ClientAddress clients, Pages pages, Links links) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.pages = pages;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for email alerts", description = "Emails a confirmation link (valid 7 days) to the address; nothing is "
            + "sent until it is followed. The same address with the same criteria is one subscription. The answer is the same "
            + "whether or not the address already has alerts. Rate limited per address and per client IP.")
    @APIResponse(responseCode = "202", description = "Confirmation email queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(SubscriptionRequest request, HttpServerRequest http) {
        if (request == null) {
            throw new InvalidRequestException(Map.of("email", "Enter your email address"));
        }
        subscriptions.subscribe(new SignUp(request.email(), request.councils(), request.regions(), request.ratings(), request.frequency()),
                clients.of(http));
        return Response.accepted(new Accepted(CHECK_EMAIL)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Ask for email alerts from the subscribe page", description = "Answers the \"check your email\" page, or the "
            + "form again with its errors.")
    public Response subscribeForm(MultivaluedMap<String, String> form, HttpServerRequest http) {
        boolean all = !"some".equals(form.getFirst("scope"));
        List<String> councils = all ? List.of() : values(form, "councils");
        List<String> regions = all ? List.of() : values(form, "regions");
        SignUp signUp = new SignUp(form.getFirst("email"), councils, regions, values(form, "ratings"), form.getFirst("frequency"));
        try {
            subscriptions.subscribe(signUp, clients.of(http));
            return pages.checkEmail(200, false);
        } catch (InvalidRequestException e) {
            return pages.subscribe(400, FormView.of(pages.councils(), signUp.email(), all, values(form, "councils"), values(form, "regions"),
                    values(form, "ratings"), signUp.frequency(), e.errors()));
        } catch (RateLimiter.LimitedException e) {
            return tooMany(pages, e);
        }
    }

    @GET
    @Path("/confirm")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The confirmation page of the emailed link", description = "Shows what would be confirmed and a "
            + "Confirm button; opening the link confirms nothing, because mail scanners open links. The button POSTs the token.")
    @APIResponse(responseCode = "200", description = "The page with the Confirm button, or: already confirmed")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    public Response confirmPage(@Parameter(description = "token from the confirmation email") @QueryParam("token") String token) {
        return subscriptions.confirmation(token).map(c -> c.alreadyConfirmed() ? pages.confirmed(c.subscription(), null)
                : pages.confirm(token.trim(), c.subscription())).orElseGet(pages::linkNotValid);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirm a subscription (the page's button)", description = "Single use: the first confirmation "
            + "activates the subscription and gives a manage link; again, it only says the alerts are confirmed.")
    @APIResponse(responseCode = "200", description = "Confirmed page")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    public Response confirm(@Parameter(description = "token from the confirmation email") @FormParam("token") String token) {
        return subscriptions.confirm(token).map(confirmed -> pages.confirmed(confirmed.subscription(),
                confirmed.manageToken() == null ? null : links.manage(confirmed.manageToken()))).orElseGet(pages::linkNotValid);
    }

    static Response tooMany(Pages pages, RateLimiter.LimitedException e) {
        long minutes = Math.max(1, (e.retryAfter().toSeconds() + 59) / 60);
        return pages.message(429, "Too many requests", "There have been too many requests from this address or network. Try again in "
                + minutes + (minutes == 1 ? " minute." : " minutes."), Map.of("Retry-After", String.valueOf(e.retryAfter().toSeconds())));
    }

    static List<String> values(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }
}
