package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.Pages;
import org.recovery.web.support.TestServer;
import org.recovery.web.support.WordedCsi4;

/**
 * Two partners in two real headless Chromium sessions (Debian's {@code chromium} and {@code
 * chromium-driver}, which {@code scripts/test} installs). Fails, rather than skips, without them.
 * Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");

  /**
   * Selenium looks for DevTools bindings of the browser's version at every start and warns when it
   * has none for this Chromium (newer than Selenium); the test uses no DevTools. Held in a field so
   * that the quieted logger is not collected.
   */
  private static final java.util.logging.Logger CDP_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private static final String NOTE = "A-PRIVATE-NOTE: I still check his phone at night";
  private static final String JOURNAL = "A-JOURNAL: what I could not say today";
  private TestServer server;
  private WebDriver alex;
  private WebDriver sam;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start(Passphrases.standard(), null, WordedCsi4.catalogue());
  }

  @AfterEach
  void stop() {
    Chromium.quit(server, alex, sam);
  }

  @Test
  void twoPartnersShareACommitmentAndAChartButNotAPrivateNote() throws IOException {
    alex = chromium();
    alex.get(server.base() + "/");
    waitFor(alex).until(ExpectedConditions.visibilityOfElementLocated(By.id("create-form")));
    type(alex, "first-name", "Alex");
    type(alex, "first-passphrase", "alex's long passphrase");
    type(alex, "second-name", "Sam");
    WebElement zone = alex.findElement(By.id("create-zone"));
    zone.clear();
    zone.sendKeys("Europe/Berlin");
    alex.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    waitFor(alex).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-settings")));
    waitFor(alex).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Alex"));
    String invitation =
        waitFor(alex)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-code")))
            .getText();

    Pages.go(alex, "commitments");
    type(alex, "pc-title", "An evening walk together");
    new Select(alex.findElement(By.id("pc-owner"))).selectByVisibleText("Sam");
    alex.findElement(By.cssSelector("#propose-form button[type=submit]")).click();
    waitFor(alex)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commitment-list"), "An evening walk together"));

    Pages.go(alex, "today");
    checkIn(alex, 4, 3, 5, 6);
    type(alex, "ci-note", NOTE);
    alex.findElement(By.cssSelector("#checkin-form button[type=submit]")).click();
    waitFor(alex).until(d -> points(d, "ratings-chart") == 1);
    Pages.go(alex, "journal");
    type(alex, "jr-text", JOURNAL);
    alex.findElement(By.cssSelector("#journal-form button[type=submit]")).click();
    waitFor(alex)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("journal-list"), JOURNAL));
    assertThat(alex.getPageSource()).contains(JOURNAL);
    shoot(alex, "1-alex-after-proposing-and-checking-in.png");

    Pages.go(alex, "today");
    assertThat(alex.findElement(By.cssSelector("#today li[data-due=questionnaire]")).getText())
        .contains("Couples Satisfaction Index (CSI-4) is due");
    alex.findElement(By.cssSelector("#today li[data-due=questionnaire] button")).click();
    assertThat(
            new Select(alex.findElement(By.id("qn-pick")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("csi-4");
    assertThat(alex.findElement(By.cssSelector("label[for=qn-item-1]")).getText())
        .isEqualTo("(item 1 as printed in a licensed copy) (0–6)");
    assertThat(alex.findElement(By.id("qn-item-1")).getAttribute("value"))
        .as("no answer is filled in")
        .isEmpty();
    answerCsi4(alex, "SHARED", 2, 2, 2, 1);
    waitFor(alex).until(d -> lines(d, "csi-4").equals("1"));
    waitFor(alex)
        .until(d -> d.findElements(By.cssSelector("#today li[data-due=questionnaire]")).isEmpty());
    answerCsi4(alex, "PRIVATE", 6, 5, 5, 3);
    waitFor(alex).until(d -> lines(d, "csi-4").equals("2"));
    new Select(alex.findElement(By.id("qn-pick"))).selectByValue("trim-18");
    for (WebElement answer : alex.findElements(By.cssSelector("#qn-items input"))) {
      assertThat(answer.getAttribute("value")).as("no answer is filled in").isEmpty();
      answer.sendKeys("1");
    }
    new Select(alex.findElement(By.id("qn-visibility"))).selectByValue("PRIVATE");
    alex.findElement(By.cssSelector("#questionnaire-form button[type=submit]")).click();
    waitFor(alex).until(d -> lines(d, "trim-18").equals("1,1,1"));
    assertThat(cutOffs(alex, "trim-18")).as("no total, so no cut-off").isEmpty();
    assertThat(alex.findElement(By.cssSelector("[data-instrument=trim-18] .legend")).getText())
        .contains("Avoidance", "Revenge", "Benevolence");

    sam = chromium();
    sam.get(server.base() + "/#join=" + invitation);
    waitFor(sam).until(ExpectedConditions.visibilityOfElementLocated(By.id("join-form")));
    type(sam, "join-passphrase", "sam's long passphrase");
    type(sam, "join-repeat", "sam's long passphrase");
    sam.findElement(By.cssSelector("#join-form button[type=submit]")).click();
    waitFor(sam).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Sam"));
    waitFor(sam).until(d -> points(d, "ratings-chart") == 1);
    assertThat(points(sam, "reliability-chart")).isZero();
    Pages.go(sam, "questionnaires");
    waitFor(sam).until(d -> lines(d, "csi-4").equals("1"));
    assertThat(chartText(sam, "csi-4"))
        .as("Alex's private CSI-4 total of 19")
        .contains("Alex: 7 on")
        .doesNotContain("19");
    answerCsi4(sam, "SHARED", 3, 3, 2, 2);
    waitFor(sam).until(d -> lines(d, "csi-4").equals("1,1"));
    assertThat(cutOffs(sam, "csi-4"))
        .containsExactly("13.5 — below: notable relationship dissatisfaction");
    assertThat(chartText(sam, "csi-4")).doesNotContain("19");
    assertThat(sam.findElements(By.cssSelector("[data-instrument=trim-18]")))
        .as("Alex's private TRIM-18")
        .isEmpty();
    shoot(sam, "2a-sam-sees-two-csi-4-lines.png");

    Pages.go(sam, "commitments");
    WebElement item = sam.findElement(By.cssSelector("#commitment-list li[data-commitment]"));
    item.findElement(By.xpath(".//button[starts-with(text(), 'Accept')]")).click();
    waitFor(sam)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#commitment-list .badge"), Pages.word(sam, "status", "ACCEPTED")));
    waitFor(sam)
        .until(
            d ->
                d.findElement(By.cssSelector("li[data-commitment] .result.ok"))
                    .getText()
                    .equals("You accepted \"An evening walk together\". Alex will see this."));
    sam.findElement(By.xpath("//li[@data-commitment]//button[starts-with(text(), 'Start')]"))
        .click();
    waitFor(sam)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#commitment-list .badge"), Pages.word(sam, "status", "ACTIVE")));
    sam.findElement(By.xpath("//li[@data-commitment]//button[starts-with(text(), 'Kept')]"))
        .click();
    waitFor(sam).until(d -> points(d, "reliability-chart") == 1);

    Pages.go(sam, "today");
    checkIn(sam, 5, 6, 5, 5);
    sam.findElement(By.cssSelector("#checkin-form button[type=submit]")).click();
    waitFor(sam).until(d -> points(d, "ratings-chart") == 2);
    shoot(sam, "2-sam-after-accepting-and-checking-in.png");

    String samsPage = sam.getPageSource();
    assertThat(samsPage).doesNotContain("A-PRIVATE-NOTE").doesNotContain("A-JOURNAL");
    Pages.go(sam, "progress");
    assertThat(sam.findElement(By.id("checkin-list")).getText()).contains("Alex");

    sam.manage().window().setSize(new Dimension(390, 1600));
    shoot(sam, "3-sam-on-a-phone.png");
    Object wide =
        ((org.openqa.selenium.JavascriptExecutor) sam)
            .executeScript(
                "const w = document.documentElement.clientWidth;"
                    + " return [...document.querySelectorAll('body *')].filter((e) =>"
                    + " e.getBoundingClientRect().right > w + 1 && e.getClientRects().length"
                    + " && !e.closest('.visually-hidden'))"
                    + ".map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 10).join(' ');");
    assertThat(String.valueOf(wide)).as("elements wider than a phone's screen").isEmpty();
    assertThat(
            ((Number)
                    ((org.openqa.selenium.JavascriptExecutor) sam)
                        .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue())
        .as("horizontal scrolling on a phone")
        .isLessThanOrEqualTo(0);

    alex.navigate().refresh();
    Pages.go(alex, "commitments");
    waitFor(alex)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#commitment-list .badge"), Pages.word(alex, "status", "ACTIVE")));
    waitFor(alex).until(d -> points(d, "ratings-chart") == 2);
    waitFor(alex).until(d -> lines(d, "csi-4").equals("2,1"));
    assertThat(chartText(alex, "csi-4")).contains("Alex (you): 7 on", ", 19 on", "Sam: 10 on");
    shoot(alex, "4-alex-sees-sams-progress.png");

    alex.findElement(By.id("logout")).click();
    waitFor(alex).until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-form")));
    alex.findElement(By.cssSelector("#demo-form button[type=submit]")).click();
    waitFor(alex).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Maya"));
    Pages.go(alex, "questionnaires");
    waitFor(alex).until(d -> lines(d, "csi-4").matches("[3-9],[3-9]"));
    assertThat(cutOffs(alex, "csi-4")).hasSize(1);
    assertThat(alex.findElement(By.cssSelector("[data-instrument=csi-4] .legend")).getText())
        .contains("Maya", "(you)", "Daniel");
    assertThat(alex.findElement(By.cssSelector("[data-instrument=csi-4] .scores")).getText())
        .contains("Baseline", "Change");
    WebElement demoChart = alex.findElement(By.cssSelector("[data-instrument=csi-4]"));
    ((org.openqa.selenium.JavascriptExecutor) alex)
        .executeScript("arguments[0].scrollIntoView()", demoChart);
    Files.write(
        SHOTS.resolve("5-demo-csi-4-chart.png"), demoChart.getScreenshotAs(OutputType.BYTES));
  }

  /** Opens the questionnaire form on the CSI-4, answers it and saves. */
  private static void answerCsi4(WebDriver d, String visibility, int... answers) {
    new Select(d.findElement(By.id("qn-pick"))).selectByValue("csi-4");
    for (int i = 0; i < answers.length; i++) {
      type(d, "qn-item-" + (i + 1), Integer.toString(answers[i]));
    }
    new Select(d.findElement(By.id("qn-visibility"))).selectByValue(visibility);
    d.findElement(By.cssSelector("#questionnaire-form button[type=submit]")).click();
  }

  /** The number of points of each line of a questionnaire's chart, joined by commas. */
  private static String lines(WebDriver d, String instrument) {
    return String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript(
                "return [...document.querySelectorAll('[data-instrument=\"' + arguments[0]"
                    + " + '\"] svg polyline.series')].map((p) => p.getAttribute('data-points'))"
                    + ".join(',');",
                instrument));
  }

  /** The labels of the cut-off lines of a questionnaire's chart. */
  private static java.util.List<String> cutOffs(WebDriver d, String instrument) {
    String css = "[data-instrument=" + instrument + "] svg ";
    assertThat(d.findElements(By.cssSelector(css + "line.cutoff")))
        .hasSameSizeAs(d.findElements(By.cssSelector(css + "text.cutoff-label")));
    return d.findElements(By.cssSelector(css + "text.cutoff-label")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** What a screen reader gets of a questionnaire's chart: its text alternative and table. */
  private static String chartText(WebDriver d, String instrument) {
    WebElement block = d.findElement(By.cssSelector("[data-instrument=" + instrument + "]"));
    return block.findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-label")
        + "\n"
        + block.findElement(By.cssSelector(".visually-hidden table")).getAttribute("textContent");
  }

  private static WebDriver chromium() {
    return Chromium.start(1200, 2600);
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static WebDriverWait waitFor(WebDriver d) {
    return Chromium.waitFor(d, 60);
  }

  private static void type(WebDriver d, String id, String text) {
    Chromium.type(d, id, text);
  }

  /** Types the four ratings of the check-in form (none is pre-set). */
  private static void checkIn(WebDriver d, int safety, int trust, int closeness, int hope) {
    type(d, "ci-safety", Integer.toString(safety));
    type(d, "ci-trust", Integer.toString(trust));
    type(d, "ci-closeness", Integer.toString(closeness));
    type(d, "ci-hope", Integer.toString(hope));
  }

  private static int points(WebDriver d, String chart) {
    Object n =
        ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript(
                "const s = document.querySelector('#' + arguments[0] + ' svg[data-points]');"
                    + " return s ? s.getAttribute('data-points') : '0';",
                chart);
    return Integer.parseInt(String.valueOf(n));
  }

  private static void shoot(WebDriver d, String name) throws IOException {
    Chromium.shoot(d, SHOTS, name);
  }
}
