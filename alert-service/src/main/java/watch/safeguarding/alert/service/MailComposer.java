package watch.safeguarding.alert.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import watch.safeguarding.events.JudgementRecorded;

/** Renders the emails from Qute templates: HTML (escaped by Qute) and plain text, with their headers. */
@ApplicationScoped
public class MailComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @TemplateData
    public record SourceView(String title, String url, String publisher, boolean linkable) {
    }

    @TemplateData
    public record AlertView(String council, String councilCode, String region, String area, String rating, String previousRating,
            String date, List<SourceView> sources, String catalogUrl) {
    }

    @TemplateData
    public record Footer(String manageUrl, String unsubscribeUrl) {
    }

    private final Template confirmHtml;
    private final Template confirmTxt;
    private final Template alertHtml;
    private final Template alertTxt;
    private final Template digestHtml;
    private final Template digestTxt;
    private final Template manageHtml;
    private final Template manageTxt;
    private final Links links;

    public MailComposer(@Location("mail/confirm.html") Template confirmHtml, @Location("mail/confirm.txt") Template confirmTxt,
            @Location("mail/alert.html") Template alertHtml, @Location("mail/alert.txt") Template alertTxt,
            @Location("mail/digest.html") Template digestHtml, @Location("mail/digest.txt") Template digestTxt,
            @Location("mail/manage-link.html") Template manageHtml, @Location("mail/manage-link.txt") Template manageTxt, Links links) {
        this.confirmHtml = confirmHtml;
        this.confirmTxt = confirmTxt;
        this.alertHtml = alertHtml;
        this.alertTxt = alertTxt;
        this.digestHtml = digestHtml;
        this.digestTxt = digestTxt;
        this.manageHtml = manageHtml;
        this.manageTxt = manageTxt;
        this.links = links;
    }

    public MailContent confirmation(String confirmToken, String summary) {
        Map<String, Object> data = Map.of("confirmUrl", links.confirm(confirmToken), "summary", summary, "homeUrl", links.home());
        return new MailContent("Confirm your Safeguarding Watch alerts", confirmTxt.data(data).render(), confirmHtml.data(data).render(),
                Map.of());
    }

    /** The manage link, on request or when someone signs up again for alerts they already have. */
    public MailContent manageLink(String manageToken, boolean alreadySubscribed) {
        Map<String, Object> data = Map.of("manageUrl", links.manage(manageToken), "alreadySubscribed", alreadySubscribed,
                "homeUrl", links.home());
        String subject = alreadySubscribed ? "You already get these Safeguarding Watch alerts" : "Manage your Safeguarding Watch alerts";
        return new MailContent(subject, manageTxt.data(data).render(), manageHtml.data(data).render(), Map.of());
    }

    public MailContent alert(JudgementRecorded judgement, Footer footer) {
        AlertView view = view(judgement);
        Map<String, Object> data = Map.of("a", view, "footer", footer);
        String subject = view.council() + ": children's services rated " + view.rating().toLowerCase(Locale.UK)
                + ("overall".equals(judgement.area()) || judgement.area() == null ? "" : " (" + view.area().toLowerCase(Locale.UK) + ")");
        return new MailContent(subject, alertTxt.data(data).render(), alertHtml.data(data).render(), unsubscribeHeaders(footer));
    }

    public MailContent digest(Frequency frequency, List<JudgementRecorded> judgements, Footer footer) {
        List<AlertView> views = judgements.stream().map(this::view).toList();
        String period = frequency == Frequency.WEEKLY ? "weekly" : "daily";
        Map<String, Object> data = Map.of("alerts", views, "period", period, "footer", footer);
        String subject = "Your " + period + " Safeguarding Watch digest: " + views.size()
                + (views.size() == 1 ? " new judgement" : " new judgements");
        return new MailContent(subject, digestTxt.data(data).render(), digestHtml.data(data).render(), unsubscribeHeaders(footer));
    }

    /** RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the link. */
    private static Map<String, String> unsubscribeHeaders(Footer footer) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + footer.unsubscribeUrl() + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    private AlertView view(JudgementRecorded j) {
        JudgementRecorded.Council council = j.council();
        String name = Headers.clean(council.name() == null || council.name().isBlank() ? council.code() : council.name());
        List<SourceView> sources = j.sources() == null ? List.of() : j.sources().stream()
                .map(s -> new SourceView(firstNonBlank(s.title(), s.url(), "Source"), s.url(), s.publisher(),
                        s.url() != null && s.url().matches("(?i)https?://\\S+")))
                .toList();
        return new AlertView(name, council.code(), council.region(), Vocabulary.areaLabel(j.area()), Vocabulary.ratingLabel(j.rating()),
                j.previousRating() == null ? null : Vocabulary.ratingLabel(j.previousRating()), date(j.date(), j.year()), sources,
                links.catalogCouncil(council.code()));
    }

    private static String date(LocalDate date, Integer year) {
        if (date != null) {
            return DATE.format(date);
        }
        return year == null ? "not known" : String.valueOf(year);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
