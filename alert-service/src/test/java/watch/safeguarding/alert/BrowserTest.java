package watch.safeguarding.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static watch.safeguarding.alert.Fixtures.address;
import static watch.safeguarding.alert.Fixtures.confirmLink;
import static watch.safeguarding.alert.Fixtures.darlington;
import static watch.safeguarding.alert.Fixtures.local;
import static watch.safeguarding.alert.Fixtures.mailsTo;
import static watch.safeguarding.alert.Fixtures.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A person in a phone-sized headless Chromium (Debian's, through its chromedriver; Selenium downloads nothing):
 * subscribes with the form, follows the emailed link, changes a setting on the manage page and unsubscribes.
 * Each page is saved as a screenshot in target/screenshots.
 */
@QuarkusTest
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("BrowserTest skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(present, "needs /usr/bin/chromium and /usr/bin/chromedriver");
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=390,844");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // pages load after clicks: look for what the next page shows for a while instead of failing at once
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (Exception ignored) {
                // a temp directory left behind is harmless
            }
        }
    }

    @Test
    void subscribeConfirmChangeAndUnsubscribeInABrowser() throws Exception {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String email = address("browser");

        browser.get(base + "/");
        assertEquals("en-GB", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getTitle().contains("Get email alerts"), browser.getTitle());
        screenshot("1-subscribe");
        // submitting without an address shows the error summary
        browser.findElement(By.cssSelector("form[action='/subscriptions'] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".error-summary")).getText().contains("Enter your email address"));
        screenshot("2-subscribe-error");

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.cssSelector("label[for=scope-some]")).click();
        WebElement northEast = browser.findElement(By.xpath("//details[summary[starts-with(normalize-space(.), 'North East')]]"));
        northEast.findElement(By.tagName("summary")).click();
        browser.findElement(By.cssSelector("label[for=council-E06000005]")).click();
        assertTrue(browser.findElement(By.id("rating-inadequate")).isSelected(), "inadequate is the default grade");
        screenshot("3-subscribe-filled");
        browser.findElement(By.cssSelector("form[action='/subscriptions'] button[type=submit]")).click();
        assertHeading("Check your email");
        screenshot("4-check-email");

        browser.get(local(confirmLink(email)));
        assertHeading("Confirm your alerts");
        browser.findElement(By.xpath("//button[normalize-space(.)='Confirm']")).click();
        assertHeading("Your alerts are confirmed");
        assertTrue(browser.getPageSource().contains("Darlington"));
        screenshot("5-confirmed");

        // links on pages are absolute to alert.public-url, which is not this test server
        browser.get(local(browser.findElement(By.linkText("Manage your alerts")).getAttribute("href")));
        assertHeading("Manage your alerts");
        screenshot("6-manage");
        browser.findElement(By.partialLinkText("Change")).click();
        browser.findElement(By.cssSelector("label[for=frequency-daily]")).click();
        browser.findElement(By.cssSelector("label[for=rating-any]")).click();
        screenshot("7-edit");
        browser.findElement(By.xpath("//button[normalize-space(.)='Save changes']")).click();
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("saved"));
        assertTrue(browser.getPageSource().contains("Once a day"), "frequency changed");
        assertTrue(browser.getPageSource().contains("any grade"), "grades changed");
        screenshot("8-manage-saved");

        // daily now: an alert waits for the digest instead of arriving at once
        String marker = UUID.randomUUID().toString();
        publish(darlington("inadequate", marker));

        browser.findElement(By.xpath("//button[normalize-space(.)='Unsubscribe from all alerts']")).click();
        assertHeading("You have unsubscribed");
        screenshot("9-unsubscribed");
        Fixtures.awaitOutboxDrained();
        assertTrue(mailsTo(email, marker).isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.list(SCREENSHOTS).count() >= 9);
        List<String> shots = Files.list(SCREENSHOTS).map(p -> p.getFileName().toString()).sorted().toList();
        assertTrue(shots.size() >= 9, shots.toString());
    }

    /** Waits for the page a click or a link leads to: reading the old page's heading mid-navigation is a race. */
    private void assertHeading(String expected) {
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(By.tagName("h1")).getText(), expected::equals);
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
