package org.recovery.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium sessions for the browser tests (Debian's {@code chromium} and {@code
 * chromium-driver}; {@code CHROME_BIN} and {@code CHROMEDRIVER} override the paths). Fails, rather
 * than skips, without them.
 */
public final class Chromium {
  /** Selenium warns that it has no CDP implementation for this Chromium; the tests need none. */
  private static final java.util.logging.Logger CDP =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP.setLevel(java.util.logging.Level.SEVERE);
  }

  private Chromium() {}

  /** A new browser with its own profile, {@code width} by {@code height} pixels. */
  public static WebDriver start(int width, int height) {
    Path browser = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
    Path driver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
    assertThat(Files.isExecutable(browser))
        .as("Chromium is needed at %s: apt-get install -y chromium chromium-driver", browser)
        .isTrue();
    assertThat(Files.isExecutable(driver))
        .as("chromedriver is needed at %s: apt-get install -y chromium-driver", driver)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-dev-shm-usage",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + Files.createTempDirectory("recovery-chromium").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * Ends a test's browsers and then its server, each only if it was started: what every browser
   * test's tear-down does.
   */
  public static void quit(TestServer server, WebDriver... browsers) {
    for (WebDriver browser : browsers) {
      if (browser != null) {
        browser.quit();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  /** Waits up to {@code seconds} for a condition, looking again when the page redraws. */
  public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver d, int seconds) {
    var wait =
        new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Replaces the text of the field with id {@code id}. */
  public static void type(WebDriver d, String id, String text) {
    org.openqa.selenium.WebElement e = d.findElement(org.openqa.selenium.By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** Saves a screenshot of the top of the page as {@code folder/name}. */
  public static void shoot(WebDriver d, Path folder, String name) throws IOException {
    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
    Files.write(
        folder.resolve(name),
        ((org.openqa.selenium.TakesScreenshot) d)
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  /** Saves a screenshot of one element, scrolled into view, as {@code folder/name}. */
  public static void shoot(
      WebDriver d, Path folder, String name, org.openqa.selenium.WebElement element)
      throws IOException {
    ((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    Files.write(
        folder.resolve(name), element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }
}
