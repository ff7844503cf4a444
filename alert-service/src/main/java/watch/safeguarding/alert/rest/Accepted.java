package watch.safeguarding.alert.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"message\": \"Check your email: we have sent a link to confirm your alerts. Nothing is sent until you confirm.\"}")
public record Accepted(String message) {
}
