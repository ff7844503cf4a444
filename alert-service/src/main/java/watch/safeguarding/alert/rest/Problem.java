package watch.safeguarding.alert.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details", example = """
        {"type": "about:blank", "title": "Invalid request", "status": 400, "detail": "Some fields are not valid",
         "instance": "/subscriptions", "errors": {"email": "Enter an email address in the right format, like name@example.com"}}""")
public record Problem(String type, String title, int status, String detail, String instance, Map<String, String> errors,
        @Schema(description = "500 only: the reference the failure was logged under") String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }
}
