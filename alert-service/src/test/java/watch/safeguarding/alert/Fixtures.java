package watch.safeguarding.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import watch.safeguarding.events.JudgementRecorded;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.SmtpResource;

/** Helpers shared by the tests: sign-ups, reading mail from the real SMTP server, publishing events to the real broker. */
public final class Fixtures {

    public static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/subscriptions/confirm\\?token=[A-Za-z0-9_-]+");
    public static final String PUBLIC_URL = "https://alerts.test.example";

    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    public static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A client IP of its own per call, so that tests don't share the per-IP sign-up limit (the test profile trusts X-Forwarded-For). */
    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    public static Response subscribe(String json) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", randomIp()).body(json).post("/subscriptions");
    }

    public static String json(String email, List<String> councils, List<String> regions, List<String> ratings, String frequency) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("email", email, "councils", councils, "regions", regions, "ratings", ratings,
                    "frequency", frequency));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes and follows the emailed confirmation link. */
    public static void subscribeConfirmed(String email, List<String> councils, List<String> regions, List<String> ratings, String frequency) {
        int before = confirmations(email).size();
        subscribe(json(email, councils, regions, ratings, frequency)).then().statusCode(202);
        confirm(confirmLink(email, before + 1)).then().statusCode(200);
    }

    /** Opens an emailed confirmation link and presses its page's Confirm button (a form POST of the token). */
    public static Response confirm(String link) {
        given().redirects().follow(false).get(local(link)).then().statusCode(200);
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("token", link.substring(link.indexOf("token=") + 6)).post("/subscriptions/confirm");
    }

    /** The confirmation link of the first confirmation email to this address. */
    public static String confirmLink(String email) {
        return confirmLink(email, 1);
    }

    public static List<MimeMessage> confirmations(String email) {
        return mailsTo(email).stream().filter(m -> subject(m).startsWith("Confirm")).toList();
    }

    /** The link in the confirmation email number {@code n} to this address, once it has arrived. */
    public static String confirmLink(String email, int n) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<MimeMessage> mails = confirmations(email);
            if (mails.size() < n) {
                return null;
            }
            Matcher matcher = CONFIRM_LINK.matcher(text(mails.get(n - 1)));
            return matcher.find() ? matcher.group() : null;
        }, link -> link != null);
    }

    /** An emailed link, pointed at the test server instead of the configured public address. */
    public static String local(String link) {
        return link.replaceFirst("^https?://[^/]+", RestAssured.baseURI + ":" + RestAssured.port);
    }

    public static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SmtpResource.greenMail().getReceivedMessages()).filter(m -> isTo(m, email)).toList();
    }

    public static List<MimeMessage> mailsTo(String email, String marker) {
        return mailsTo(email).stream().filter(m -> text(m).contains(marker)).toList();
    }

    /** Waits until the outbox has no mail due now, i.e. everything queued so far was sent (or is waiting to retry). */
    public static void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from mail where state = 'pending' and next_attempt_at <= now()").getSingleResult())
                .longValue() == 0));
    }

    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    /** When these judgements were recorded: a fixed receipt time, so that their date stays within the news window. */
    public static final Instant RECORDED_AT = Instant.parse("2026-11-21T10:00:00Z");

    public static JudgementRecorded judgement(String code, String name, String region, String rating, String marker) {
        return new JudgementRecorded(JudgementRecorded.SCHEMA, "j-" + UUID.randomUUID(), new JudgementRecorded.Council(code, name, region),
                "overall", rating, "new", "requires_improvement", 2026, LocalDate.of(2026, 11, 20), "inadequate".equals(rating),
                List.of(new JudgementRecorded.SourceRef("r-" + marker, "https://news.example/" + marker, "Report " + marker, "Example News")),
                RECORDED_AT, false, 0.95, true, JudgementRecorded.REASON_NEWS, "g-" + marker, 1);
    }

    /** The same judgement as one of {@code size} events of announcement {@code groupId}, in this area. */
    public static JudgementRecorded inGroup(JudgementRecorded j, String area, String groupId, int size) {
        return new JudgementRecorded(j.schema(), "j-" + UUID.randomUUID(), j.council(), area, j.rating(), j.status(), j.previousRating(), j.year(),
                j.date(), j.alerting(), j.sources(), j.recordedAt(), j.official(), j.confidence(), j.notifySubscribers(), j.notifyReason(), groupId, size);
    }

    /** The same judgement (same id) as the single event of another announcement, as a later report would send it. */
    public static JudgementRecorded regrouped(JudgementRecorded j, String groupId) {
        return new JudgementRecorded(j.schema(), j.judgementId(), j.council(), j.area(), j.rating(), j.status(), j.previousRating(), j.year(),
                j.date(), j.alerting(), j.sources(), j.recordedAt(), j.official(), j.confidence(), j.notifySubscribers(), j.notifyReason(),
                groupId, 1);
    }

    /** The same judgement with another date, notify decision and status. */
    public static JudgementRecorded with(JudgementRecorded j, LocalDate date, Integer year, boolean notify, String status) {
        return new JudgementRecorded(j.schema(), j.judgementId(), j.council(), j.area(), j.rating(), status, j.previousRating(), year, date,
                j.alerting(), j.sources(), j.recordedAt(), j.official(), j.confidence(), notify, notify ? JudgementRecorded.REASON_NEWS
                        : JudgementRecorded.REASON_OLD, j.groupId(), j.groupSize());
    }

    public static JudgementRecorded darlington(String rating, String marker) {
        return judgement("E06000005", "Darlington", "North East", rating, marker);
    }

    public static JudgementRecorded kent(String rating, String marker) {
        return judgement("E10000016", "Kent", "South East", rating, marker);
    }

    /** Publishes with a plain producer, as the catalog would: key council code, JSON value. */
    public static synchronized void publish(JudgementRecorded judgement) {
        publishRaw(judgement.council().code(), toJson(judgement));
    }

    public static synchronized void publishRaw(String key, String value) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(JudgementRecorded.TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(JudgementRecorded judgement) {
        try {
            return Arc.container().instance(ObjectMapper.class).get().writeValueAsString(judgement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every part, so that quoted-printable line breaks don't cut links. */
    public static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded content of the first part of this MIME type (text/plain or text/html). */
    public static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }
}
