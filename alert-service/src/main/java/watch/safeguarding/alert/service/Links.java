package watch.safeguarding.alert.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import watch.safeguarding.alert.config.AlertConfig;

/** Absolute links for emails, from alert.public-url and alert.catalog-url. Tokens are base64url: safe in a URL. */
@ApplicationScoped
public class Links {

    private final String base;
    private final String catalog;

    public Links(AlertConfig config) {
        this.base = stripSlash(config.publicUrl());
        this.catalog = stripSlash(config.catalogUrl());
    }

    public String home() {
        return base + "/";
    }

    public String confirm(String token) {
        return base + "/subscriptions/confirm?token=" + token;
    }

    public String manage(String token) {
        return base + "/manage?token=" + token;
    }

    public String unsubscribe(String token) {
        return base + "/unsubscribe?token=" + token;
    }

    public String catalogCouncil(String code) {
        return catalog + "/councils/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
