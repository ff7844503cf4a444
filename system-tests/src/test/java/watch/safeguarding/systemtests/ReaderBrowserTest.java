package watch.safeguarding.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import watch.safeguarding.testsupport.KafkaBroker;
import watch.safeguarding.testsupport.Ports;
import watch.safeguarding.testsupport.PostgresResource;
import watch.safeguarding.testsupport.SmtpResource;

/**
 * A reader in Debian's headless Chromium (its own chromedriver; Selenium downloads nothing) against the built catalog
 * and alert services as processes: the map, a council's page with its timeline and sources, "Get alerts" to the
 * sign-up form with that council chosen, the latest judgements filtered, a search with its matches highlighted. Every
 * page is checked with axe-core (no serious or critical violation) and photographed at phone and desktop widths in
 * target/screenshots; axe's findings are in target/axe.
 */
class ReaderBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path AXE = Path.of("target/axe");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private static KafkaBroker broker;
    private static GreenMail smtp;
    private static String catalogDb;
    private static String alertDb;
    private static ServiceProcess catalog;
    private static ServiceProcess alert;
    private static WebDriver browser;
    private static Path profile;
    private static final List<String> checked = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("ReaderBrowserTest skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(present, "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
        broker = KafkaBroker.onFreePorts().start();
        smtp = new GreenMail(SmtpResource.loopback(Ports.free()));
        smtp.start();
        catalogDb = PostgresResource.createDatabase("catalog_browser");
        alertDb = PostgresResource.createDatabase("alert_browser");
        int catalogPort = Ports.free();
        int alertPort = Ports.free();
        String alertUrl = "http://127.0.0.1:" + alertPort;
        String catalogUrl = "http://127.0.0.1:" + catalogPort;
        catalog = ServiceProcess.start(root, "catalog-service", catalogPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(catalogDb),
                "ALERT_PUBLIC_URL", alertUrl,
                "CATALOG_URL", catalogUrl,
                "CATALOG_API_KEYS", "browser-test-key-" + UUID.randomUUID()));
        alert = ServiceProcess.start(root, "alert-service", alertPort, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(alertDb),
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "ALERT_PUBLIC_URL", alertUrl,
                "CATALOG_URL", catalogUrl,
                "ALERT_API_KEYS", "browser-test-key-" + UUID.randomUUID(),
                "ALERT_SECRET_KEY", ProductionSecretsTest.randomSecretKey()));

        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(DESKTOP);
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(AXE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (ServiceProcess service : new ServiceProcess[] {catalog, alert}) {
            if (service != null) {
                service.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.close();
        }
        PostgresResource.dropDatabase(catalogDb);
        PostgresResource.dropDatabase(alertDb);
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aReaderFindsACouncilOnTheMapReadsItsHistoryAndSignsUpForItsAlerts() throws Exception {
        browser.get(catalog.url("/"));
        assertHeading("How Ofsted rates every council's children's services now");
        assertEquals(153, browser.findElements(By.cssSelector("svg polygon.hex")).size(), "one hexagon per council");
        check("1-home");

        // pick a council on the map: Darlington's hexagon
        WebElement hexagon = browser.findElement(By.cssSelector("svg a[href='/councils/E06000005']"));
        assertTrue(hexagon.getAttribute("aria-label").startsWith("Darlington: "), hexagon.getAttribute("aria-label"));
        hexagon.click();
        assertHeading("Darlington children's services");
        assertFalse(browser.findElements(By.cssSelector("svg.timeline .mark")).isEmpty(), "the timeline has the council's judgements");
        WebElement firstJudgement = browser.findElement(By.cssSelector("ol.judgements li"));
        assertTrue(firstJudgement.findElement(By.cssSelector("ul.sources")).getText().contains("Ofsted inspection of Darlington"),
                "each judgement lists its sources");
        assertFalse(firstJudgement.findElement(By.tagName("blockquote")).getText().isBlank(), "with the evidence quoted");
        check("2-council");

        browser.findElement(By.linkText("Get alerts about this council")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("h1")).getText().startsWith("Get email alerts"));
        assertTrue(browser.getCurrentUrl().startsWith(alert.url("/")), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("council-E06000005")).isSelected(), "Darlington is chosen");
        assertTrue(browser.findElement(By.id("scope-some")).isSelected(), "only the councils chosen");
        assertEquals(1, browser.findElements(By.cssSelector("input[name=councils]:checked")).size());
        check("3-alert-sign-up");
    }

    @Test
    void theLatestJudgementsFilterAndTheSearchHighlights() throws Exception {
        browser.get(catalog.url("/judgements"));
        assertHeading("Latest judgements");
        check("4-latest");
        new Select(browser.findElement(By.id("rating"))).selectByValue("inadequate");
        new Select(browser.findElement(By.id("region"))).selectByValue("North West");
        browser.findElement(By.xpath("//button[normalize-space(.)='Apply filters']")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.getCurrentUrl().contains("rating=inadequate"));
        List<WebElement> cards = browser.findElements(By.cssSelector("ol.judgements li.card"));
        assertFalse(cards.isEmpty(), "Ofsted has rated councils of the North West inadequate");
        for (WebElement card : cards) {
            assertTrue(card.findElement(By.tagName("h2")).getText().endsWith("Inadequate"), card.getText());
            assertTrue(card.findElement(By.className("meta")).getText().contains("North West"), card.getText());
        }
        assertTrue(new Select(browser.findElement(By.id("rating"))).getFirstSelectedOption().getText().equals("Inadequate"));
        check("5-latest-filtered");

        browser.get(catalog.url("/reports"));
        browser.findElement(By.id("q")).sendKeys("Darlington");
        browser.findElement(By.xpath("//button[normalize-space(.)='Search']")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> !browser.findElements(By.cssSelector("ol.results li")).isEmpty());
        List<String> marked = browser.findElements(By.cssSelector("ol.results mark")).stream().map(WebElement::getText).distinct().toList();
        assertEquals(List.of("Darlington"), marked, "the matched word is highlighted, and only it");
        check("6-search");
        browser.findElement(By.cssSelector("ol.results li h3 a")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("h1")).getText().contains("Darlington"));
        check("7-report");

        browser.get(catalog.url("/councils"));
        assertHeading("Councils with children's services, by region");
        check("8-councils");
        browser.get(catalog.url("/councils/E10000021"));
        assertTrue(browser.findElement(By.className("notice")).getText().contains("no longer exists"));
        check("9-former-council");
        browser.get(catalog.url("/councils/E99999999"));
        check("10-not-found");
    }

    /** axe-core on the page (no serious or critical violation), then a screenshot at phone and at desktop width. */
    private static void check(String name) throws Exception {
        Results results = new AxeBuilder().analyze(browser);
        Files.writeString(AXE.resolve(name + ".json"), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results.getViolations()));
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), name + ": " + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp()
                + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        checked.add(name);
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(size);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve("reader-" + name + "-" + (size == PHONE ? "phone" : "desktop") + ".png"), png);
        }
        browser.manage().window().setSize(DESKTOP);
    }

    private static void assertHeading(String expected) {
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> browser.findElement(By.tagName("h1")).getText(), expected::equals);
    }
}
