package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import watch.safeguarding.testsupport.KafkaBroker;
import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;
import watch.safeguarding.testsupport.SmtpResource;

/**
 * The whole system for a test class: one real broker, a real SMTP server, a database per service on the real
 * PostgreSQL, and the three built services as processes (more instances on demand), with what a user would do to it.
 */
final class TheSystem implements AutoCloseable {

    /** Production refuses keys shorter than 16 characters and the development ones. */
    static final String API_KEY = "system-test-key-" + UUID.randomUUID();
    /** One address-encryption key for every alert instance: they share one database. */
    static final String SECRET_KEY = ProductionSecretsTest.randomSecretKey();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/subscriptions/confirm\\?token=[A-Za-z0-9_-]+");
    private static final Pattern MANAGE_TOKEN = Pattern.compile("https?://\\S+/manage\\?token=([A-Za-z0-9_-]+)");
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    final KafkaBroker broker;
    private final int smtpPort = Ports.free();
    private GreenMail smtp;
    private final List<String> databases = new ArrayList<>();
    /** Instances of one service start on threads of their own, so this list takes them concurrently. */
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    final String catalogDb;
    final String alertDb;
    final String catalogUrl;
    final ServiceProcess catalog;
    final ServiceProcess alert;
    final ServiceProcess ingest;
    /** Every instance of each service; the first of each is {@link #catalog}, {@link #alert} and {@link #ingest}. */
    final List<ServiceProcess> catalogs;
    final List<ServiceProcess> alerts;
    final List<ServiceProcess> ingests;

    /** @param partitions of reports.parsed and judgements.recorded, so that several instances of a service share them */
    TheSystem(int partitions) throws Exception {
        this(partitions, 1, Map.of());
    }

    /**
     * @param replicas instances of each service; with more than one, every instance starts at the same moment, as in a
     *        deployment of several replicas (with one, catalog, alert and ingest start one after the other)
     * @param settings environment added to every instance, over the defaults (each service reads only its own variables)
     */
    TheSystem(int partitions, int replicas, Map<String, String> settings) throws Exception {
        try {
            broker = KafkaBroker.onFreePorts().start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("reports.parsed", partitions, (short) 1),
                        new NewTopic("judgements.recorded", partitions, (short) 1))).all().get();
            }
            startSmtp();
            catalogDb = database("catalog_system");
            alertDb = database("alert_system");
            List<Integer> catalogPorts = ports(replicas);
            List<Integer> alertPorts = ports(replicas);
            List<Integer> ingestPorts = ports(replicas);
            catalogUrl = "http://127.0.0.1:" + catalogPorts.get(0);
            List<Supplier<ServiceProcess>> instances = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                int index = i;
                instances.add(() -> start("catalog-service", instance("catalog-service", index), catalogPorts.get(index),
                        with(catalogEnv(catalogDb), settings)));
            }
            for (int i = 0; i < replicas; i++) {
                int index = i;
                instances.add(() -> startAlert(instance("alert-service", index), alertPorts.get(index), settings));
            }
            for (int i = 0; i < replicas; i++) {
                int index = i;
                instances.add(() -> start("ingest-service", instance("ingest-service", index), ingestPorts.get(index), with(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "INGEST_API_KEYS", API_KEY,
                        "CATALOG_URL", catalogUrl), settings)));
            }
            List<ServiceProcess> started = replicas == 1 ? instances.stream().map(Supplier::get).toList() : together(instances);
            catalogs = started.subList(0, replicas);
            alerts = started.subList(replicas, 2 * replicas);
            ingests = started.subList(2 * replicas, 3 * replicas);
        } catch (Exception | Error e) {
            // no test will close a system that did not start: stop what did
            try {
                close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        catalog = catalogs.get(0);
        alert = alerts.get(0);
        ingest = ingests.get(0);
    }

    /** "alert-service", "alert-service-2", ...: the name of an instance's log. */
    private static String instance(String module, int index) {
        return index == 0 ? module : module + "-" + (index + 1);
    }

    private static List<Integer> ports(int count) {
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < count) {
            int port = Ports.free();
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
        return ports;
    }

    private static Map<String, String> with(Map<String, String> env, Map<String, String> settings) {
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(settings);
        return merged;
    }

    /** Starts the instances at once and waits until every one is ready or has failed; then throws the first failure. */
    private static List<ServiceProcess> together(List<Supplier<ServiceProcess>> instances) throws InterruptedException {
        ExecutorService starter = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<ServiceProcess>> starting = new ArrayList<>();
            for (Supplier<ServiceProcess> instance : instances) {
                starting.add(starter.submit(instance::get));
            }
            List<ServiceProcess> started = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<ServiceProcess> service : starting) {
                try {
                    started.add(service.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure
                            : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(started);
        } finally {
            starter.shutdown();
        }
    }

    String database(String prefix) {
        String name = PostgresResource.createDatabase(prefix);
        databases.add(name);
        return name;
    }

    Map<String, String> catalogEnv(String database) {
        // no seed: each scenario states the official grades it needs, so that the seed's data cannot change its outcome
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(database),
                "CATALOG_SEED_ENABLED", "false",
                "CATALOG_API_KEYS", API_KEY);
    }

    /** An alert-service instance on the system's alert database, retrying mail and the consumer quickly. */
    ServiceProcess startAlert(String name) {
        return startAlert(name, Ports.free(), Map.of());
    }

    ServiceProcess startAlert(String name, int port, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb),
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort),
                "ALERT_PUBLIC_URL", "http://127.0.0.1:" + port,
                "CATALOG_URL", catalogUrl,
                "ALERT_MAIL_RETRY_INITIAL", "PT0.5S",
                "ALERT_MAIL_RETRY_MAX", "PT1S",
                "ALERT_CONSUMER_RETRY_MAX", "PT2S"));
        env.put("ALERT_ANNOUNCEMENTS_MAX_WAIT", "PT10S");
        // an SMTP conversation that hangs (30 s by default) is given up, and its mail retried, well within the tests' waits
        env.put("ALERT_MAIL_SEND_TIMEOUT", "PT5S");
        env.put("ALERT_API_KEYS", API_KEY);
        env.put("ALERT_SECRET_KEY", SECRET_KEY);
        env.putAll(settings);
        return start("alert-service", name, port, env);
    }

    ServiceProcess start(String module, String name, int port, Map<String, String> env) {
        ServiceProcess service = ServiceProcess.start(root, module, name, port, env);
        services.add(service);
        return service;
    }

    void startSmtp() {
        smtp = new GreenMail(SmtpResource.loopback(smtpPort));
        smtp.start();
    }

    /** The SMTP server goes away (what it received so far is kept for the assertions). */
    void stopSmtp() {
        received.addAll(Arrays.asList(smtp.getReceivedMessages()));
        smtp.stop();
    }

    private final List<MimeMessage> received = new ArrayList<>();

    // --- what people do ---------------------------------------------------------------------------------------

    /** Subscribes through the alert service's API and follows the emailed confirmation link. */
    void subscribeConfirmed(ServiceProcess alertService, String email, String ratings, String frequency, String councils) throws Exception {
        long before = mailsTo(email).stream().filter(m -> subject(m).startsWith("Confirm")).count();
        HttpResponse<String> subscribed = post(alertService.url("/subscriptions"), "application/json", "{\"email\":\"" + email
                + "\",\"ratings\":" + ratings + ",\"councils\":" + councils + ",\"frequency\":\"" + frequency + "\"}", Map.of());
        if (subscribed.statusCode() != 202) {
            throw new IllegalStateException(subscribed.statusCode() + " " + subscribed.body());
        }
        String link;
        try {
            link = await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<MimeMessage> confirmations = mailsTo(email).stream().filter(m -> subject(m).startsWith("Confirm")).toList();
                if (confirmations.size() <= before) {
                    return null;
                }
                Matcher matcher = CONFIRM_LINK.matcher(text(confirmations.get(confirmations.size() - 1)));
                return matcher.find() ? matcher.group() : null;
            }, l -> l != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no confirmation email arrived; the mail queue, newest first:\n" + mailQueue()
                    + "\nthe alert service's log ends:\n" + alertService.tail(), e);
        }
        // the link opens a page with a Confirm button (mail scanners open links); the button posts the token
        int status = HTTP.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int confirmed = post(alertService.url("/subscriptions/confirm"), "application/x-www-form-urlencoded",
                "token=" + link.substring(link.indexOf("token=") + 6), Map.of("Accept", "text/html")).statusCode();
        if (status != 200 || confirmed != 200) {
            throw new IllegalStateException("confirmation answered " + status + " then " + confirmed);
        }
    }

    /** The alert database's latest mail rows, to explain a mail that did not arrive. */
    String mailQueue() {
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(alertDb), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, kind, state, attempts, next_attempt_at, last_error from mail "
                        + "order by id desc limit 20")) {
            StringBuilder queue = new StringBuilder();
            while (rows.next()) {
                queue.append(rows.getLong(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3))
                        .append(" attempts=").append(rows.getInt(4)).append(" next=").append(rows.getString(5))
                        .append(" error=").append(rows.getString(6)).append('\n');
            }
            return queue.toString();
        } catch (SQLException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Asks for a manage link by email and returns its token. */
    String manageToken(String email) throws Exception {
        post(alert.url("/manage/link"), "application/json", "{\"email\":\"" + email + "\"}", Map.of());
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).stream().filter(m -> subject(m).startsWith("Manage"))
                .map(TheSystem::text).map(MANAGE_TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null),
                t -> t != null);
    }

    /** Posts a report to ingest and waits until the catalog has it; returns the 202 answer's body. */
    JsonNode report(String text) throws Exception {
        return JSON.readTree(postReport(text).body());
    }

    HttpResponse<String> postReport(String text) throws Exception {
        return postReport(ingest, text);
    }

    /** Posts a report to this ingest instance and waits until the catalog has it. */
    HttpResponse<String> postReport(ServiceProcess ingestService, String text) throws Exception {
        HttpResponse<String> accepted = post(ingestService.url("/reports"), "text/plain; charset=utf-8", text, Map.of("X-API-Key", API_KEY));
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(accepted.statusCode() + " " + accepted.body());
        }
        String reportId = JSON.readTree(accepted.body()).path("reportId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> get(catalog.url("/reports/" + reportId)).statusCode() == 200);
        return accepted;
    }

    /**
     * Publishes an Ofsted inspection report's reports.parsed event straight to the topic, as ingest does for a report
     * it recognises as Ofsted's: its one outcome is official. Returns its report id.
     */
    String officialReport(String councilCode, String council, String area, String rating, LocalDate published) throws Exception {
        String reportId = "ofsted-" + java.util.UUID.randomUUID();
        Map<String, Object> outcome = Map.of("councilCode", councilCode, "council", council, "area", area, "rating", rating,
                "status", "new", "year", published.getYear(), "evidence", "Overall effectiveness: " + rating, "confidence", 1.0);
        Map<String, Object> event = new HashMap<>();
        event.put("schema", "report.parsed/1");
        event.put("reportId", reportId);
        event.put("receivedAt", java.time.Instant.now().toString());
        event.put("source", Map.of("url", "https://reports.ofsted.gov.uk/" + reportId, "publisher", "Ofsted",
                "title", council + ": inspection of children's social care services", "publishedDate", published.toString()));
        event.put("text", council + " inspection of local authority children's services. Overall effectiveness: " + rating + ".");
        event.put("outcomes", List.of(outcome));
        event.put("councilsMentioned", List.of(Map.of("code", councilCode, "name", council)));
        event.put("parserVersion", "system-test");
        event.put("kind", "ofsted_report");
        event.put("inspection", Map.of("framework", "ilacs", "start", published.minusWeeks(6).toString(),
                "end", published.minusWeeks(4).toString(), "published", published.toString()));
        Properties props = new Properties();
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports.parsed", reportId, JSON.writeValueAsString(event))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get(catalog.url("/reports/" + reportId)).statusCode() == 200);
        return reportId;
    }

    /** "Published: ..." for a date this many days before today, so that the text stays news whenever the test runs. */
    static String published(int daysAgo) {
        return "Published: " + PUBLISHED.format(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo));
    }

    /**
     * Waits until the catalog has relayed every judgements.recorded event it wrote, the alert service has taken them
     * all in and released their announcements, and its outbox has nothing due, so that an email it would send has
     * been sent. The report must already be in the catalog ({@link #report} waits for that).
     */
    void awaitAlertsSettled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> count(catalogDb, "select count(*) from outbox_event where sent_at is null") == 0
                && caughtUp("alert-service", "judgements.recorded")
                && alertCount("select count(*) from announcement where released_at is null") == 0
                && alertCount("select count(*) from mail where state = 'pending' and next_attempt_at <= now()") == 0);
    }

    long alertCount(String sql, Object... parameters) {
        return count(alertDb, sql, parameters);
    }

    long catalogCount(String sql, Object... parameters) {
        return count(catalogDb, sql, parameters);
    }

    /** Runs an update on the alert database; returns how many rows it changed. */
    int alertUpdate(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(alertDb), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(database), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends every connection to the alert database and refuses new ones ({@code down}), or allows them again. */
    void alertDatabase(boolean down) throws SQLException {
        Properties credentials = new Properties();
        credentials.put("user", "postgres");
        try (Connection admin = DriverManager.getConnection(PostgresResource.jdbcUrl("postgres"), credentials);
                Statement statement = admin.createStatement()) {
            statement.execute("alter database " + alertDb + " with allow_connections " + !down);
            if (down) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + alertDb + "'");
            }
        }
    }

    /** How many messages the topic holds (the sum of its partitions' end offsets). */
    long topicEnd(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> partitions.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    /** Whether this consumer group has committed the whole of the topic. */
    boolean caughtUp(String group, String topic) throws Exception {
        long end = topicEnd(topic);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            long committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
            return committed >= end;
        }
    }

    /** Waits until {@code members} instances have joined the consumer group and each holds partitions of its topic. */
    void awaitConsumers(String group, int members) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                return description.members().size() == members
                        && description.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
            });
        }
    }

    /** For each member of the consumer group, how much of the topic it has committed (the offsets of its partitions). */
    List<Long> committedByMember(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            List<Long> byMember = new ArrayList<>();
            for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).all().get().get(group).members()) {
                byMember.add(member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(topic))
                        .map(committed::get).filter(o -> o != null).mapToLong(o -> o.offset()).sum());
            }
            return byMember;
        }
    }

    // --- mail -------------------------------------------------------------------------------------------------

    List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> all = new ArrayList<>(received);
        all.addAll(Arrays.asList(smtp.getReceivedMessages()));
        return all.stream().filter(m -> isTo(m, address)).toList();
    }

    List<MimeMessage> alertsTo(String address, String council) {
        return mailsTo(address).stream().filter(m -> subject(m).startsWith(council + ":")).toList();
    }

    Optional<MimeMessage> firstMailTo(String address) {
        return mailsTo(address).stream().findFirst();
    }

    /** The decoded text of every text part, so quoted-printable line breaks don't cut the link. */
    static String text(Part part) {
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

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }

    static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", contentType.startsWith("application/x-www-form-urlencoded") ? "text/html" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        // all told to stop first, so that they shut down side by side
        services.forEach(ServiceProcess::stopping);
        for (ServiceProcess service : services) {
            service.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.close();
        }
        databases.forEach(PostgresResource::dropDatabase);
    }
}
