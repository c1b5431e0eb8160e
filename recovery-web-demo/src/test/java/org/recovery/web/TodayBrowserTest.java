package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.Pages;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * The Today card, built from {@code GET /api/agenda}, in two real Chromium sessions at a desk (1280
 * px) and on a phone (390 px): a proposal waits in the other partner's card and is accepted from
 * there, reports are confirmed all at once, and the check-in form saves nothing by accident and
 * keeps what was typed when a save is refused. Screenshots go to {@code target/screenshots/}.
 */
class TodayBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private TestServer server;
  private WebDriver alex;
  private WebDriver sam;

  @AfterEach
  void stop() {
    Chromium.quit(server, alex, sam);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void aProposalWaitsInTheOtherPartnersTodayCardAndIsAcceptedFromThere(int width)
      throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start();
    TestServer.Couple couple = server.couple("today");
    alex = login(width, couple.nameA(), TestServer.PASSPHRASE_A);
    waitFor(alex).until(d -> text(d, "#today-list").contains("Your check-in for today"));
    propose(alex, "An evening walk together");
    propose(alex, "Share the day's calendar");
    Pages.go(alex, "commitments");
    assertThat(text(alex, "#commitment-list"))
        .as("the proposer cannot accept")
        .doesNotContain("Accept");

    sam = login(width, couple.nameB(), TestServer.PASSPHRASE_B);
    waitFor(sam)
        .until(
            d ->
                text(d, "#today-list")
                    .contains(
                        couple.nameA()
                            + " proposed \"Share the day's calendar\": accept it or decline it."));
    assertThat(sam.findElements(By.cssSelector("#today li[data-due=commitment-answer]")))
        .hasSize(2);
    shoot(sam, "today-" + width + "-1-sam-sees-two-proposals.png");

    for (int i = 0; i < 2; i++) {
      WebElement accept =
          sam.findElement(
              By.xpath(
                  "//section[@id='today']"
                      + "//li[@data-due='commitment-answer'][1]//button[starts-with(text(), 'Accept')]"));
      String done =
          accept.getText().replace("Accept", "You accepted")
              + ". "
              + couple.nameA()
              + " will see this.";
      accept.click();
      waitFor(sam).until(d -> text(d, "#today .result.ok").equals(done));
      assertThat(sam.switchTo().activeElement().getText()).isEqualTo(done);
      assertThat(sam.findElement(By.id("live")).getAttribute("textContent")).isEqualTo(done);
      assertThat(sam.findElements(By.cssSelector("#today-list > li")).get(1).getText())
          .as("the result stands where the proposal stood")
          .isEqualTo(done);
    }
    assertThat(sam.findElements(By.cssSelector("#today li[data-due=commitment-answer]"))).isEmpty();
    shoot(sam, "today-" + width + "-2-sam-accepted-both.png");
    Pages.go(sam, "commitments");
    assertThat(text(sam, "#commitment-list"))
        .contains("Share the day's calendar")
        .doesNotContain("Accept");

    for (int i = 0; i < 2; i++) {
      int n = i;
      click(sam, "//li[@data-commitment]//button[starts-with(text(), 'Start')]");
      waitFor(sam)
          .until(d -> d.findElements(By.cssSelector("#today li[data-due=report]")).size() == n + 1);
    }
    Pages.go(sam, "today");
    for (int i = 0; i < 2; i++) {
      int n = 1 - i;
      click(
          sam,
          "//section[@id='today']//li[@data-due='report'][1]"
              + "//button[starts-with(text(), 'Kept')]");
      waitFor(sam)
          .until(d -> d.findElements(By.cssSelector("#today li[data-due=report]")).size() == n);
    }

    alex.navigate().refresh();
    Pages.go(alex, "today");
    WebElement all =
        waitFor(alex)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("today-confirm-all")));
    assertThat(all.getText()).isEqualTo("Confirm all 2 reports");
    shoot(alex, "today-" + width + "-3-alex-has-two-reports-to-confirm.png");
    all.click();
    waitFor(alex)
        .until(
            d ->
                text(d, "#today-all-result")
                    .equals("You confirmed all 2 reports. " + couple.nameB() + " will see this."));
    assertThat(alex.findElements(By.cssSelector("#today li[data-due=confirm]"))).isEmpty();
    assertThat(all.isDisplayed()).isFalse();
    noWiderThanTheWindow(alex);
    shoot(alex, "today-" + width + "-4-alex-confirmed-all.png");
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void theCheckInSavesNothingByAccidentAndARefusedSaveKeepsWhatWasTyped(int width)
      throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start();
    TestServer.Couple couple = server.couple("form");
    alex = login(width, couple.nameA(), TestServer.PASSPHRASE_A);
    waitFor(alex).until(d -> text(d, "#today-list").contains("Your check-in for today"));
    int events = server.events(couple.journey());
    for (String id : new String[] {"ci-safety", "ci-trust", "ci-closeness", "ci-hope"}) {
      assertThat(alex.findElement(By.id(id)).getAttribute("value")).as(id).isEmpty();
    }
    alex.findElement(By.cssSelector("#today li[data-due=check-in] button")).click();
    assertThat(alex.switchTo().activeElement().getAttribute("id")).isEqualTo("ci-safety");
    alex.findElement(By.id("ci-day")).sendKeys(Keys.ENTER);
    assertThat(
            ((JavascriptExecutor) alex)
                .executeScript("return document.getElementById('checkin-form').checkValidity()"))
        .isEqualTo(false);
    assertThat(server.events(couple.journey())).as("a stray Enter").isEqualTo(events);

    rate(alex, "4", "3", "5", "6");
    alex.findElement(By.id("ci-note")).sendKeys("first note");
    alex.findElement(By.cssSelector("#checkin-form button[type=submit]")).click();
    waitFor(alex).until(d -> text(d, "#checkin-form .result.ok").equals("Your check-in is saved."));
    assertThat(server.events(couple.journey())).isGreaterThan(events);
    waitFor(alex).until(d -> !text(d, "#today-list").contains("Your check-in for today"));
    assertThat(alex.findElement(By.id("ci-trust")).getAttribute("value")).isEmpty();

    rate(alex, "2", "1", "2", "3");
    alex.findElement(By.id("ci-note")).sendKeys("what I wrote a second time");
    alex.findElement(By.cssSelector("#checkin-form button[type=submit]")).click();
    waitFor(alex).until(d -> text(d, "#checkin-form .result.error").startsWith("Not saved: "));
    assertThat(alex.findElement(By.id("ci-note")).getAttribute("value"))
        .isEqualTo("what I wrote a second time");
    assertThat(alex.findElement(By.id("ci-trust")).getAttribute("value")).isEqualTo("1");
    assertThat(text(alex, "#checkin-form .result.error")).doesNotContain("ALREADY");
    WebElement form = alex.findElement(By.id("checkin-form"));
    ((JavascriptExecutor) alex).executeScript("arguments[0].scrollIntoView()", form);
    Files.write(
        SHOTS.resolve("today-" + width + "-5-refused-check-in.png"),
        form.getScreenshotAs(OutputType.BYTES));

    Response proposed =
        couple
            .b()
            .act(
                "/commitments",
                Browser.json(
                    "owner",
                    couple.idA(),
                    "title",
                    "Call at lunch",
                    "category",
                    "CONNECTION",
                    "cost",
                    "LOW",
                    "cadence",
                    "daily",
                    "verification",
                    "SELF_REPORTED"));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    alex.navigate().refresh();
    WebElement accept =
        waitFor(alex)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//section[@id='today']//li[@data-due='commitment-answer']//button[1]")));
    Response takenBack =
        couple
            .b()
            .act(
                "/commitments/" + proposed.json().path("id").asText() + "/decline", Browser.json());
    assertThat(takenBack.status()).as(takenBack.toString()).isEqualTo(200);
    accept.click();
    waitFor(alex).until(d -> text(d, "#today .result.error").startsWith("Not saved: "));
    assertThat(text(alex, "#today .result.error")).doesNotContain("COMMITMENT_STATUS");
    assertThat(alex.findElements(By.cssSelector("#today li[data-due=commitment-answer]")))
        .as("the card is drawn again without it")
        .isEmpty();
    shoot(alex, "today-" + width + "-6-accept-refused-after-it-was-taken-back.png");
  }

  private WebDriver login(int width, String name, String passphrase) {
    WebDriver d = Chromium.start(width, 1400);
    d.get(server.base() + "/");
    waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    type(d, "login-name", name);
    type(d, "login-passphrase", passphrase);
    d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), name));
    return d;
  }

  private static void propose(WebDriver d, String title) {
    Pages.go(d, "commitments");
    type(d, "pc-title", title);
    new Select(d.findElement(By.id("pc-owner"))).selectByIndex(1);
    d.findElement(By.cssSelector("#propose-form button[type=submit]")).click();
    waitFor(d).until(x -> text(x, "#commitment-list").contains(title));
  }

  private static void rate(WebDriver d, String... values) {
    String[] ids = {"ci-safety", "ci-trust", "ci-closeness", "ci-hope"};
    for (int i = 0; i < ids.length; i++) {
      type(d, ids[i], values[i]);
    }
  }

  private static void click(WebDriver d, String xpath) {
    WebElement b = waitFor(d).until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", b);
    b.click();
  }

  private static String text(WebDriver d, String css) {
    return d.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
  }

  private static void noWiderThanTheWindow(WebDriver d) {
    Object over =
        ((JavascriptExecutor) d)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) over).intValue()).as("horizontal scrolling").isLessThanOrEqualTo(0);
  }

  private static WebDriverWait waitFor(WebDriver d) {
    return Chromium.waitFor(d, 30);
  }

  private static void type(WebDriver d, String id, String text) {
    Chromium.type(d, id, text);
  }

  private static void shoot(WebDriver d, String name) throws IOException {
    Chromium.shoot(d, SHOTS, name);
  }
}
