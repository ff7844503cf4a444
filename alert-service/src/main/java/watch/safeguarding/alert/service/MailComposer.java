package watch.safeguarding.alert.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** Grades from the gravest, for the headline of an email about several areas. */
    private static final List<String> GRAVITY = List.of("inadequate", "performs_poorly", "requires_improvement", "adequate",
            "performs_adequately", "good", "performs_well", "outstanding", "performs_excellently");

    @TemplateData
    public record SourceView(String title, String url, String publisher, boolean linkable) {
    }

    @TemplateData
    /** One judgement in an email: the area, its new grade and the one before. */
    public record AlertView(String area, String rating, String previousRating, String date) {
    }

    /** One council's judgements in an email, with the sources that reported them. */
    @TemplateData
    public record CouncilView(String council, String councilCode, String region, String headline, List<AlertView> judgements,
            List<SourceView> sources, String catalogUrl) {
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

    /** One email for the judgements of one council that one report made new: every area, grade and previous grade. */
    public MailContent alert(List<JudgementRecorded> judgements, Footer footer) {
        CouncilView view = councils(judgements).get(0);
        Map<String, Object> data = Map.of("c", view, "footer", footer);
        String subject = view.council() + ": children's services rated " + view.headline().toLowerCase(Locale.UK);
        if (judgements.size() > 1) {
            subject += " (" + judgements.size() + " judgements)";
        } else if (judgements.get(0).area() != null && !"overall".equals(judgements.get(0).area())) {
            subject += " (" + view.judgements().get(0).area().toLowerCase(Locale.UK) + ")";
        }
        return new MailContent(subject, alertTxt.data(data).render(), alertHtml.data(data).render(), unsubscribeHeaders(footer));
    }

    public MailContent digest(Frequency frequency, List<JudgementRecorded> judgements, Footer footer) {
        String period = frequency == Frequency.WEEKLY ? "weekly" : "daily";
        Map<String, Object> data = Map.of("councils", councils(judgements), "period", period, "footer", footer);
        String subject = "Your " + period + " Safeguarding Watch digest: " + judgements.size()
                + (judgements.size() == 1 ? " new judgement" : " new judgements");
        return new MailContent(subject, digestTxt.data(data).render(), digestHtml.data(data).render(), unsubscribeHeaders(footer));
    }

    /** RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the link. */
    private static Map<String, String> unsubscribeHeaders(Footer footer) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + footer.unsubscribeUrl() + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    /** The judgements by council, in the order their councils first appear, each council with its sources once. */
    private List<CouncilView> councils(List<JudgementRecorded> judgements) {
        Map<String, List<JudgementRecorded>> byCouncil = new LinkedHashMap<>();
        judgements.forEach(j -> byCouncil.computeIfAbsent(j.council().code(), code -> new ArrayList<>()).add(j));
        List<CouncilView> views = new ArrayList<>();
        for (List<JudgementRecorded> ofCouncil : byCouncil.values()) {
            JudgementRecorded.Council council = ofCouncil.get(0).council();
            String name = Headers.clean(council.name() == null || council.name().isBlank() ? council.code() : council.name());
            Map<String, SourceView> sources = new LinkedHashMap<>();
            ofCouncil.stream().filter(j -> j.sources() != null).flatMap(j -> j.sources().stream())
                    .forEach(s -> sources.putIfAbsent(s.reportId() + "|" + s.url(), new SourceView(firstNonBlank(s.title(), s.url(), "Source"),
                            s.url(), s.publisher(), s.url() != null && s.url().matches("(?i)https?://\\S+"))));
            List<AlertView> areas = ofCouncil.stream().map(j -> new AlertView(Vocabulary.areaLabel(j.area()),
                    Vocabulary.ratingLabel(j.rating()), j.previousRating() == null ? null : Vocabulary.ratingLabel(j.previousRating()),
                    date(j.date(), j.year()))).toList();
            views.add(new CouncilView(name, council.code(), council.region(), Vocabulary.ratingLabel(headline(ofCouncil).rating()), areas,
                    List.copyOf(sources.values()), links.catalogCouncil(council.code())));
        }
        return views;
    }

    /** The grade a subject line leads with: the overall one when given, else the gravest. */
    private static JudgementRecorded headline(List<JudgementRecorded> judgements) {
        return judgements.stream().filter(j -> "overall".equals(j.area())).findFirst()
                .orElseGet(() -> judgements.stream().min(Comparator.comparingInt(j -> GRAVITY.indexOf(j.rating()) < 0 ? GRAVITY.size()
                        : GRAVITY.indexOf(j.rating()))).orElseThrow());
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
