package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The studio page in Debian's headless Chromium: type, render, watch it finish, play the video. */
class StudioPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path data;
    StudioServer server;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (scripts/system-packages.sh installs it)").isExecutable();
        server = StudioServer.start(new StudioServer.Settings("127.0.0.1", 0, data, 1, null, 1024 * 1024));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1100",
                        "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + Files.createTempDirectory(data, "profile"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(data.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @Test
    void typeRenderWatchAndPlay() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> !new Select(b.findElement(By.id("voice"))).getOptions().isEmpty());
        new Select(browser.findElement(By.id("voice"))).selectByValue("espeak/en-us");
        new Select(browser.findElement(By.id("size"))).selectByValue("draft");
        browser.findElement(By.id("script")).sendKeys("Hello from the studio.\n\nThis video was rendered in a browser.");
        assertThat(browser.findElement(By.id("script-stats")).getText()).startsWith("11 words · about 0:05");
        browser.findElement(By.id("preview-time")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b ->
                b.findElement(By.id("preview-status")).getText().equals("The frame at 0:01.")
                || b.findElement(By.id("preview-status")).getDomAttribute("class").contains("error"));
        assertThat(browser.findElement(By.id("preview-status")).getText()).isEqualTo("The frame at 0:01.");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.getElementById('preview').naturalWidth"))
                .as("the draft size's width").isEqualTo(640L);

        browser.findElement(By.id("render")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(180)).until(b ->
                "done".equals(b.findElement(By.id("progress-text")).getDomAttribute("data-state"))
                || "failed".equals(b.findElement(By.id("progress-text")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("progress-text")).getText()).startsWith("done — 100%");
        assertThat(browser.findElement(By.id("job-error")).getText()).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#stages li.finished"))).hasSizeGreaterThanOrEqualTo(5);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('player').play()");
        wait.until(b -> ((Number) ((JavascriptExecutor) b).executeScript(
                "return document.getElementById('player').currentTime")).doubleValue() > 0.5);
        assertThat(browser.findElements(By.cssSelector("#job-list li"))).hasSize(1);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(Path.of("target", "studio.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("fits a phone's width").isTrue();

        List<LogEntry> errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }
}
