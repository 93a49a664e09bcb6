package org.corroborate.app.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * A headless Debian Chromium driven by its own chromedriver, with a fresh profile and every
 * background network feature off. Tests that use it are skipped when either binary is missing.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "browser test skipped: needs " + BROWSER + " and " + DRIVER
            + " (Debian: apt-get install -y chromium chromium-driver)");
  }

  static Chromium start() throws IOException {
    assumeInstalled();
    Path profile = Files.createTempDirectory("corroborate-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    // a busy machine can take minutes to open a large page; do not let the HTTP client give up first
    ClientConfig client = ClientConfig.defaultConfig().readTimeout(Duration.ofMinutes(10));
    ChromeDriver driver = new ChromeDriver(service, options, client);
    // leave the new-tab page, whose own chrome:// requests would otherwise show in the first test's log
    driver.get("about:blank");
    return new Chromium(driver, profile);
  }

  /** Writes the report's page under target/ and opens it. */
  Path open(Report report, String name) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlRenderer().render(report, out);
    Path file = Path.of("target", name).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString(), UTF_8);
    driver.get(file.toUri().toString());
    return file;
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  List<Object> list(String script, Object... args) {
    return (List<Object>) driver.executeScript(script, args);
  }

  /** Saves a screenshot of the whole page, beyond the viewport. */
  void screenshot(Path to) throws IOException {
    // rows far below the viewport are skipped by content-visibility: auto; paint them for the picture
    js("document.querySelectorAll('.clusters > li, .art').forEach(e => e.style.contentVisibility = 'visible');");
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
        "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.write(to, java.util.Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Saves a screenshot of one element, scrolled into view. */
  void screenshot(org.openqa.selenium.WebElement element, Path to) throws IOException {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.write(to, element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
