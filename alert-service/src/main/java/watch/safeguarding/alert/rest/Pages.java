package watch.safeguarding.alert.rest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import watch.safeguarding.alert.service.CouncilDirectory;

/** The HTML pages (Qute, escaped by default) as responses with the right status and headers. */
@ApplicationScoped
public class Pages {

    static final String HTML = "text/html;charset=UTF-8";

    private final Template subscribe;
    private final Template checkEmail;
    private final Template confirm;
    private final Template confirmed;
    private final Template manage;
    private final Template edit;
    private final Template manageLink;
    private final Template unsubscribe;
    private final Template unsubscribed;
    private final Template message;
    private final CouncilDirectory councils;

    public Pages(@Location("pages/subscribe.html") Template subscribe, @Location("pages/check-email.html") Template checkEmail,
            @Location("pages/confirmed.html") Template confirmed, @Location("pages/manage.html") Template manage,
            @Location("pages/edit.html") Template edit, @Location("pages/manage-link.html") Template manageLink,
            @Location("pages/unsubscribe.html") Template unsubscribe, @Location("pages/unsubscribed.html") Template unsubscribed,
            @Location("pages/message.html") Template message, @Location("pages/confirm.html") Template confirm, CouncilDirectory councils) {
        this.subscribe = subscribe;
        this.checkEmail = checkEmail;
        this.confirm = confirm;
        this.confirmed = confirmed;
        this.manage = manage;
        this.edit = edit;
        this.manageLink = manageLink;
        this.unsubscribe = unsubscribe;
        this.unsubscribed = unsubscribed;
        this.message = message;
        this.councils = councils;
    }

    public CouncilDirectory councils() {
        return councils;
    }

    Response subscribe(int status, FormView form) {
        return page(status, subscribe.data("form", form).data("hasErrors", !form.errors().isEmpty()));
    }

    Response checkEmail(int status, boolean manageLinkRequest) {
        return page(status, checkEmail.data("manageLinkRequest", manageLinkRequest));
    }

    Response confirm(String token, Object subscription) {
        return page(200, confirm.data("token", token).data("s", subscription));
    }

    /** {@code manageUrl} null: confirmed before, by the same link. */
    Response confirmed(Object subscription, String manageUrl) {
        return page(200, confirmed.data("s", subscription).data("manageUrl", manageUrl));
    }

    Response manage(String token, List<?> subscriptions, String notice) {
        return page(200, manage.data("token", token).data("subscriptions", subscriptions).data("notice", notice));
    }

    Response edit(int status, String token, long id, FormView form) {
        return page(status, edit.data("token", token).data("id", id).data("form", form).data("hasErrors", !form.errors().isEmpty()));
    }

    Response manageLink(int status, String email, String error) {
        return page(status, manageLink.data("email", email == null ? "" : email).data("error", error));
    }

    Response unsubscribe(String token) {
        return page(200, unsubscribe.data("token", token));
    }

    Response unsubscribed(List<?> subscriptions) {
        return page(200, unsubscribed.data("subscriptions", subscriptions));
    }

    Response message(int status, String title, String text, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(status).type(HTML)
                .entity(message.data("title", title).data("text", text).render());
        headers.forEach(builder::header);
        return builder.build();
    }

    Response linkNotValid() {
        return message(404, "This link has expired or is not valid",
                "Links in our emails stop working after a while. You can ask for a new link to manage your alerts, or sign up again.",
                Map.of());
    }

    private static Response page(int status, io.quarkus.qute.TemplateInstance instance) {
        return Response.status(status).type(HTML).entity(instance.render()).build();
    }
}
