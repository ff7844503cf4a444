package watch.safeguarding.alert.service;

import java.util.Map;

/** A rendered email, as queued in the outbox (encrypted, because it holds link tokens). */
public record MailContent(String subject, String text, String html, Map<String, String> headers) {

    public MailContent {
        subject = Headers.clean(subject);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
