package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.Pages;
import org.recovery.web.support.TestServer;

/**
 * The flows of both partners, each in their own browser, at a desk (1280 px) and on a phone (390
 * px): a check-in and a commitment by keyboard alone; a refused form that keeps what was typed and
 * says what to change; settings that show what is saved after a reload and ask before replacing it;
 * a safety screening that holds the journey, whose reason only its author sees; a boundary; the
 * journal; and pausing and ending, which say what the other partner will see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerFlowsBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private TestServer server;
  private WebDriver alex;
  private WebDriver sam;

  @BeforeAll
  void start() throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start();
    alex = Chromium.start(1280, 900);
    sam = Chromium.start(1280, 900);
  }

  @AfterAll
  void stop() {
    Chromium.quit(server, alex, sam);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void aCheckInAndACommitmentByKeyboardAlone(int width) throws IOException {
    TestServer.Couple couple = couple("keys", width);
    Pages.tabTo(alex, "#today li[data-due=check-in] button");
    Pages.press(alex, Keys.ENTER);
    assertThat(alex.switchTo().activeElement().getAttribute("id")).isEqualTo("ci-safety");
    Pages.press(alex, Keys.ENTER);
    assertThat(text(alex, "#checkin-form .error-summary"))
        .as("a stray Enter saves nothing")
        .startsWith("Not saved: please change what is marked.")
        .contains("Choose a number from 0 to 10 for “Emotional safety”.");
    int events = server.events(couple.journey());
    Pages.tabTo(alex, "#ci-safety");
    Pages.press(alex, "6", Keys.TAB, "5", Keys.TAB, "7", Keys.TAB, "4");
    Pages.tabTo(alex, "#checkin-form button[type=submit]");
    Pages.press(alex, Keys.SPACE);
    Chromium.waitFor(alex, 30)
        .until(d -> text(d, "#checkin-form .result.ok").equals("Your check-in is saved."));
    assertThat(server.events(couple.journey())).isGreaterThan(events);

    Pages.tabTo(alex, "#nav a[data-go=commitments]");
    Pages.press(alex, Keys.ENTER);
    Pages.tabTo(alex, "#pc-title");
    Pages.press(alex, "Call at lunch");
    Pages.tabTo(alex, "#propose-form button[type=submit]");
    Pages.press(alex, Keys.ENTER);
    Chromium.waitFor(alex, 30)
        .until(d -> text(d, "#propose-form .result.ok").startsWith("Proposed."));

    sam.navigate().refresh();
    Chromium.waitFor(sam, 30).until(PartnerFlowsBrowserTest::loaded);
    Pages.go(sam, "today");
    Pages.tabTo(sam, "#today li[data-due=commitment-answer] button.agenda-action");
    assertThat(sam.switchTo().activeElement().getText()).startsWith("Accept");
    Pages.press(sam, Keys.SPACE);
    Chromium.waitFor(sam, 30)
        .until(d -> text(d, "#today .result.ok").startsWith("You accepted \"Call at lunch\""));
    assertThat(sam.switchTo().activeElement().getText()).startsWith("You accepted");
    Pages.noWiderThanTheWindow(sam);
    Chromium.shoot(sam, SHOTS, "flows-" + width + "-keyboard-accepted.png");

    Pages.go(sam, "commitments");
    sam.findElement(By.cssSelector("#commitment-list button[data-action$='/activate']")).click();
    Chromium.waitFor(sam, 30)
        .until(
            d ->
                !d.findElements(By.cssSelector("#commitment-list button[data-action$='/retire']"))
                    .isEmpty());
    int before = server.events(couple.journey());
    String samAsked = askToEndAndSayNo(sam);
    alex.navigate().refresh();
    Chromium.waitFor(alex, 30).until(PartnerFlowsBrowserTest::loaded);
    Pages.go(alex, "commitments");
    String alexAsked = askToEndAndSayNo(alex);
    assertThat(server.events(couple.journey())).as("saying no sends nothing").isEqualTo(before);
    assertThat(samAsked)
        .contains("End \"Call at lunch\"? " + couple.nameA() + " will see that you ended it.");
    assertThat(alexAsked)
        .contains("End \"Call at lunch\"? " + couple.nameB() + " will see that you ended it.");
    assertThat(List.of(samAsked, alexAsked))
        .as("the keeper's own commitment ends after the cooling-off week, the other's at once")
        .anyMatch(q -> q.contains("it ends at once"))
        .anyMatch(q -> q.contains("it ends after the cooling-off week"));
  }

  /** Presses "End" on the commitment, returns the question asked, and answers "No". */
  private static String askToEndAndSayNo(WebDriver d) {
    d.findElement(By.cssSelector("#commitment-list button[data-action$='/retire']")).click();
    String question = text(d, "#commitment-list .confirm-box");
    d.findElement(By.cssSelector("#commitment-list .confirm-box button.secondary")).click();
    assertThat(d.findElements(By.cssSelector("#commitment-list .confirm-box"))).isEmpty();
    return question;
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void aRefusedFormKeepsWhatWasTypedAndSaysWhatToChange(int width) throws IOException {
    TestServer.Couple couple = couple("refused", width);
    Pages.go(alex, "commitments");
    Chromium.type(alex, "pc-title", "Walk after dinner");
    Chromium.type(alex, "pc-cadence", "every blue moon");
    int events = server.events(couple.journey());
    alex.findElement(By.cssSelector("#propose-form button[type=submit]")).click();
    WebElement summary =
        Chromium.waitFor(alex, 30)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#propose-form .error-summary")));
    assertThat(summary.getText())
        .startsWith("Not saved: please change what is marked.")
        .contains("Enter how often: daily, 3/week, mon,thu, monthly:1 or continuous.");
    assertThat(alex.switchTo().activeElement()).isEqualTo(summary);
    assertThat(alex.findElement(By.id("pc-title")).getAttribute("value"))
        .isEqualTo("Walk after dinner");
    assertThat(alex.findElement(By.id("pc-cadence")).getAttribute("value"))
        .isEqualTo("every blue moon");
    assertThat(alex.findElement(By.id("pc-cadence")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(server.events(couple.journey())).isEqualTo(events);
    summary.findElement(By.tagName("a")).click();
    assertThat(alex.switchTo().activeElement().getAttribute("id")).isEqualTo("pc-cadence");
    Chromium.shoot(
        alex,
        SHOTS,
        "flows-" + width + "-refused-proposal.png",
        alex.findElement(By.id("propose-form")));

    Pages.go(alex, "journal");
    Chromium.type(alex, "jr-text", "What I could not say today");
    alex.findElement(By.id("jr-day")).clear();
    alex.findElement(By.cssSelector("#journal-form button[type=submit]")).click();
    assertThat(text(alex, "#journal-form .error-summary")).contains("Enter the date for “Day”.");
    assertThat(alex.findElement(By.id("jr-text")).getAttribute("value"))
        .isEqualTo("What I could not say today");
    assertThat(Pages.rawNames(alex)).isEmpty();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void settingsShowWhatIsSavedAfterAReloadAndAskBeforeReplacingIt(int width) throws IOException {
    TestServer.Couple couple = couple("settings", width);
    assertThat(
            couple
                .a()
                .act(
                    "/betrayals",
                    Browser.json(
                        "kind",
                        "EMOTIONAL_AFFAIR",
                        "hurtPartner",
                        couple.idA(),
                        "involvedPartner",
                        couple.idB(),
                        "cameToLight",
                        "DISCOVERED",
                        "on",
                        "2025-03-01"))
                .status())
        .isEqualTo(201);
    alex.navigate().refresh();
    Chromium.waitFor(alex, 30).until(PartnerFlowsBrowserTest::loaded);
    Pages.go(alex, "settings");
    assertThat(text(alex, "#consent-state")).startsWith("Nothing saved yet.");
    String gestures = "Saved: " + Pages.word(alex, "consent", "AFFECTIONATE_GESTURES") + ".";
    String open =
        "Saved: " + Pages.word(alex, "forgiveness", "OPEN_TO_IT") + ". Both of you see it.";
    new Select(alex.findElement(By.id("cs-level"))).selectByValue("AFFECTIONATE_GESTURES");
    alex.findElement(By.cssSelector("#consent-form button[type=submit]")).click();
    Chromium.waitFor(alex, 30).until(d -> text(d, "#consent-state").startsWith(gestures));
    new Select(alex.findElement(By.id("fg-step"))).selectByValue("OPEN_TO_IT");
    new Select(alex.findElement(By.id("fg-visibility"))).selectByValue("SHARED");
    alex.findElement(By.cssSelector("#forgiveness-form button[type=submit]")).click();
    Chromium.waitFor(alex, 30)
        .until(
            d ->
                text(d, "#forgiveness-state").equals(open)
                    || !text(d, "#forgiveness-form .error-summary").isEmpty());
    assertThat(text(alex, "#forgiveness-form .error-summary")).isEmpty();
    alex.findElement(By.id("dc-shown")).click();
    alex.findElement(By.cssSelector("#counters-form button[type=submit]")).click();
    Chromium.waitFor(alex, 30)
        .until(d -> text(d, "#counters-form .confirm-box").contains("Show day counters?"));
    alex.findElement(By.cssSelector("#counters-form .confirm-box button.danger")).click();
    Chromium.waitFor(alex, 30)
        .until(d -> text(d, "#counters-state").equals("Saved: day counters are shown."));

    alex.navigate().refresh();
    Chromium.waitFor(alex, 30).until(PartnerFlowsBrowserTest::loaded);
    assertThat(alex.getCurrentUrl()).endsWith("#/settings");
    assertThat(
            new Select(alex.findElement(By.id("cs-level")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("AFFECTIONATE_GESTURES");
    assertThat(
            new Select(alex.findElement(By.id("fg-step")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("OPEN_TO_IT");
    assertThat(
            new Select(alex.findElement(By.id("fg-visibility")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .as("the saved sharing choice, not the default")
        .isEqualTo("SHARED");
    assertThat(text(alex, "#forgiveness-state")).isEqualTo(open);
    assertThat(alex.findElement(By.id("dc-shown")).isSelected()).isTrue();
    assertThat(text(alex, "#consent-state")).startsWith(gestures);

    int events = server.events(couple.journey());
    new Select(alex.findElement(By.id("cs-level"))).selectByValue("PHYSICAL_INTIMACY");
    alex.findElement(By.cssSelector("#consent-form button[type=submit]")).click();
    WebElement ask = alex.findElement(By.cssSelector("#consent-form .confirm-box"));
    assertThat(ask.getText())
        .contains(
            "You saved \""
                + Pages.word(alex, "consent", "AFFECTIONATE_GESTURES")
                + "\". Replace it with \""
                + Pages.word(alex, "consent", "PHYSICAL_INTIMACY")
                + "\"?");
    Chromium.shoot(
        alex,
        SHOTS,
        "flows-" + width + "-consent-asks-before-replacing.png",
        alex.findElement(By.id("consent-form")));
    ask.findElement(By.xpath(".//button[starts-with(text(), 'No')]")).click();
    assertThat(alex.findElements(By.cssSelector("#consent-form .confirm-box"))).isEmpty();
    assertThat(server.events(couple.journey())).as("nothing replaced").isEqualTo(events);
    assertThat(text(alex, "#consent-state")).startsWith(gestures);
    assertThat(Pages.rawNames(alex)).isEmpty();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void aSafetyConcernHoldsTheJourneyAndOnlyItsAuthorSeesWhy(int width) throws IOException {
    couple("safety", width);
    Pages.go(sam, "journal");
    Chromium.type(sam, "jr-text", "SAM-JOURNAL only mine");
    sam.findElement(By.cssSelector("#journal-form button[type=submit]")).click();
    Chromium.waitFor(sam, 30).until(d -> text(d, "#journal-list").contains("SAM-JOURNAL"));
    assertThat(text(sam, "#journal-list")).contains("Only you");

    Pages.go(sam, "settings");
    sam.findElement(By.cssSelector("#safety-form input[name=afraid]")).click();
    sam.findElement(By.cssSelector("#safety-form button[type=submit]")).click();
    Chromium.waitFor(sam, 30)
        .until(d -> text(d, "#safety-state").contains("afraid of your partner: yes"));
    String why = "Your journey is on hold because your safety screening shows a concern.";
    assertThat(text(sam, "#safety-form .hold-text")).startsWith(why);
    Pages.go(sam, "today");
    assertThat(text(sam, "#screen-today .hold-text")).startsWith(why);
    assertThat(sam.findElement(By.cssSelector("#nav a.help-link")).getAttribute("class"))
        .contains("urgent-link");
    Chromium.shoot(sam, SHOTS, "flows-" + width + "-sam-sees-why-the-journey-is-held.png");

    alex.navigate().refresh();
    Chromium.waitFor(alex, 30).until(PartnerFlowsBrowserTest::loaded);
    Pages.go(alex, "today");
    String seen = text(alex, "#screen-today .hold-text");
    assertThat(seen)
        .startsWith("Your journey is on hold for now.")
        .doesNotContainIgnoringCase("screening")
        .doesNotContainIgnoringCase("afraid");
    Pages.go(alex, "settings");
    assertThat(alex.getPageSource())
        .doesNotContain("afraid of your partner: yes")
        .doesNotContain("SAM-JOURNAL");
    Chromium.shoot(alex, SHOTS, "flows-" + width + "-alex-sees-only-that-it-is-held.png");
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void aBoundaryIsAgreedAndPausingOrEndingSaysWhatTheOtherWillSee(int width) throws IOException {
    TestServer.Couple couple = couple("boundary", width);
    Pages.go(alex, "boundaries");
    Chromium.type(alex, "bd-text", "Phones stay out of the bedroom");
    alex.findElement(By.cssSelector("#boundary-form button[type=submit]")).click();
    Chromium.waitFor(alex, 30)
        .until(d -> text(d, "#boundary-list").contains("Phones stay out of the bedroom"));
    assertThat(text(alex, "#boundary-list"))
        .contains(Pages.label(alex, "area", "PRIVACY_AND_DEVICES") + ": not agreed yet");

    sam.navigate().refresh();
    Chromium.waitFor(sam, 30).until(PartnerFlowsBrowserTest::loaded);
    Pages.go(sam, "today");
    WebElement agree =
        Chromium.waitFor(sam, 30)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//section[@id='today']//li[@data-due="
                            + "'boundary-answer']//button[starts-with(text(), 'Agree')]")));
    agree.click();
    Chromium.waitFor(sam, 30).until(d -> text(d, "#today .result.ok").startsWith("You agreed"));
    Pages.go(sam, "boundaries");
    assertThat(text(sam, "#boundary-list"))
        .contains("\"Phones stay out of the bedroom\" (agreed by both of you)");

    Pages.go(sam, "settings");
    int events = server.events(couple.journey());
    sam.findElement(By.cssSelector("#pause-form button[type=submit]")).click();
    assertThat(text(sam, "#pause-form .confirm-box"))
        .contains(couple.nameA() + " will see that the journey is paused.");
    sam.findElement(By.xpath("//form[@id='pause-form']//button[starts-with(text(), 'No')]"))
        .click();
    sam.findElement(By.cssSelector("#end-form button[type=submit]")).click();
    assertThat(text(sam, "#end-form .confirm-box"))
        .contains(
            couple.nameA() + " will see that it has ended and the reason you chose",
            "cannot be undone");
    Chromium.shoot(
        sam,
        SHOTS,
        "flows-" + width + "-ending-asks-first.png",
        sam.findElement(By.id("together")));
    sam.findElement(By.xpath("//form[@id='end-form']//button[starts-with(text(), 'No')]")).click();
    assertThat(server.events(couple.journey())).as("nothing sent").isEqualTo(events);
    sam.findElement(By.cssSelector("#pause-form button[type=submit]")).click();
    sam.findElement(By.cssSelector("#pause-form .confirm-box button.danger")).click();
    Chromium.waitFor(sam, 30)
        .until(d -> text(d, "#journey-state").startsWith("The journey is paused."));
    assertThat(Pages.rawNames(sam)).isEmpty();
  }

  /** A new couple; each partner logged in from their own browser at {@code width} px. */
  private TestServer.Couple couple(String prefix, int width) {
    TestServer.Couple couple = server.couple(prefix + width);
    login(alex, couple.nameA(), TestServer.PASSPHRASE_A, width);
    login(sam, couple.nameB(), TestServer.PASSPHRASE_B, width);
    return couple;
  }

  private void login(WebDriver d, String name, String passphrase, int width) {
    d.manage().window().setSize(new Dimension(width, 900));
    d.get(server.base() + "/#/login");
    d.manage().deleteAllCookies();
    d.navigate().refresh();
    Chromium.waitFor(d, 30)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    Chromium.type(d, "login-name", name);
    Chromium.type(d, "login-passphrase", passphrase);
    d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    Chromium.waitFor(d, 30).until(PartnerFlowsBrowserTest::loaded);
  }

  private static boolean loaded(WebDriver d) {
    return !String.valueOf(
            ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('today-date').textContent"))
        .isEmpty();
  }

  private static String text(WebDriver d, String css) {
    return d.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
  }
}
