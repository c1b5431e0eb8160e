package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Chromium.type;
import static org.recovery.web.support.Chromium.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.recovery.web.api.AccountRoutes;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.TestServer;

/**
 * The account flows in two real Chromium sessions, at a desk (1280 px) and on a phone (390 px):
 * Alex starts a journey and gets an invitation, Sam joins from the link with a passphrase of their
 * own, Alex changes passphrase and downloads a copy, Alex deletes the journey (asked twice) and Sam
 * is told. Screenshots go to {@code target/screenshots/account-*}.
 */
class AccountBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String ALEX_PASS = "alex's long passphrase";
  private static final String ALEX_NEXT = "alex's brand new passphrase";
  private static final String SAM_PASS = "sam's own long passphrase";
  private TestServer server;
  private WebDriver alex;
  private WebDriver sam;

  @AfterEach
  void stop() {
    Chromium.quit(server, alex, sam);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void createInviteJoinChangeExportAndDelete(int width) throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start();
    alex = Chromium.start(width, 1400);
    alex.get(server.base() + "/");
    waitFor(alex, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("create-form")));
    assertThat(alex.findElements(By.id("second-passphrase")))
        .as("nobody types the other's passphrase")
        .isEmpty();
    type(alex, "first-name", "Alex");
    type(alex, "first-passphrase", ALEX_PASS);
    type(alex, "second-name", "Sam");
    type(alex, "create-zone", "Europe/Berlin");
    alex.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    WebElement code =
        waitFor(alex, 20)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-code")));
    String link = alex.findElement(By.id("invitation-link")).getAttribute("value");
    assertThat(link).isEqualTo(server.base() + "/#join=" + code.getText());
    assertThat(alex.switchTo().activeElement().getAttribute("id"))
        .as("focus moves to the invitation")
        .isEqualTo("invitation-new-title");
    shootSection(alex, "account-settings", "account-" + width + "-1-alex-gets-the-invitation.png");

    sam = Chromium.start(width, 1400);
    sam.get(link);
    waitFor(sam, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("join-form")));
    assertThat(sam.findElement(By.id("join-code")).getAttribute("value")).isEqualTo(code.getText());
    assertThat(sam.getCurrentUrl()).as("the code leaves the address bar").doesNotContain("join=");
    type(sam, "join-passphrase", SAM_PASS);
    type(sam, "join-repeat", "not the same one");
    sam.findElement(By.cssSelector("#join-form button[type=submit]")).click();
    assertThat(text(sam, "#join-form .result.error")).contains("not the same");
    assertThat(sam.findElement(By.id("join-code")).getAttribute("value"))
        .as("a refusal keeps what was typed")
        .isEqualTo(code.getText());
    shootSection(sam, "join", "account-" + width + "-2-sam-joins-from-the-link.png");
    type(sam, "join-repeat", SAM_PASS);
    sam.findElement(By.cssSelector("#join-form button[type=submit]")).click();
    waitFor(sam, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Sam"));

    Browserless.login(server, "Sam", SAM_PASS, 200);
    Browserless.login(server, "Alex", ALEX_PASS, 200);
    save(sam, "#journal-form", "jr-text", "SAM-ONLY-JOURNAL");
    save(alex, "#journal-form", "jr-text", "ALEX-ONLY-JOURNAL");

    scrollTo(alex, "passphrase-form");
    type(alex, "pp-current", "not my passphrase");
    type(alex, "pp-next", ALEX_NEXT);
    type(alex, "pp-repeat", ALEX_NEXT);
    alex.findElement(By.cssSelector("#passphrase-form button[type=submit]")).click();
    waitFor(alex, 10)
        .until(d -> text(d, "#passphrase-form .result.error").contains("current passphrase"));
    type(alex, "pp-current", ALEX_PASS);
    alex.findElement(By.cssSelector("#passphrase-form button[type=submit]")).click();
    waitFor(alex, 10).until(d -> text(d, "#passphrase-form .result.ok").contains("changed"));
    shootSection(alex, "passphrase-form", "account-" + width + "-3-alex-changed-passphrase.png");
    Browserless.login(server, "Alex", ALEX_PASS, 401);
    Browserless.login(server, "Alex", ALEX_NEXT, 200);

    Object export =
        ((JavascriptExecutor) alex)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch('/api/session').then((r) => r.json()).then((s) =>"
                    + " fetch('/api/journeys/' + s.journey + '/export')).then((r) => r.text()).then(done);");
    assertThat(String.valueOf(export))
        .contains("ALEX-ONLY-JOURNAL")
        .doesNotContain("SAM-ONLY-JOURNAL");
    alex.findElement(By.id("export-link")).click();
    waitFor(alex, 10).until(d -> text(d, "#export .result.ok").contains("downloading"));

    scrollTo(alex, "delete-form");
    type(alex, "delete-phrase", "delete it");
    alex.findElement(By.cssSelector("#delete-form button[type=submit]")).click();
    assertThat(text(alex, "#delete-form .result.error")).contains(AccountRoutes.DELETE_PHRASE);
    assertThat(alex.findElement(By.id("delete-final")).isDisplayed()).isFalse();
    type(alex, "delete-phrase", AccountRoutes.DELETE_PHRASE);
    alex.findElement(By.cssSelector("#delete-form button[type=submit]")).click();
    waitFor(alex, 10).until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-now")));
    assertThat(server.store().list()).as("the first step deletes nothing").hasSize(1);
    shootSection(alex, "delete-form", "account-" + width + "-4-alex-asked-twice.png");
    alex.findElement(By.id("delete-now")).click();
    waitFor(alex, 20).until(d -> text(d, "#join .notice").contains("deleted"));
    assertThat(server.store().list()).isEmpty();
    shootSection(alex, "join", "account-" + width + "-5-alex-after-deleting.png");

    sam.navigate().refresh();
    waitFor(sam, 20)
        .until(
            d -> text(d, "#join .notice").startsWith("Your partner deleted your shared journey."));
    shootSection(sam, "join", "account-" + width + "-6-sam-is-told.png");
    Browserless.login(server, "Sam", SAM_PASS, 410);
    Browserless.login(server, "Alex", ALEX_NEXT, 410);
  }

  /** Log-ins checked through the API, so the browsers keep their own sessions. */
  private static final class Browserless {
    static void login(TestServer server, String name, String passphrase, int status) {
      assertThat(server.browser().login(name, passphrase).status()).as(name).isEqualTo(status);
    }
  }

  private static void save(WebDriver d, String form, String field, String text) {
    scrollTo(d, field);
    type(d, field, text);
    d.findElement(By.cssSelector(form + " button[type=submit]")).click();
    waitFor(d, 10)
        .until(x -> x.getPageSource().contains(text) && !text(x, form + " .result.ok").isEmpty());
  }

  private static String text(WebDriver d, String css) {
    return d.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  private static void scrollTo(WebDriver d, String id) {
    org.recovery.web.support.Pages.reveal(d, id);
    ((JavascriptExecutor) d)
        .executeScript(
            "document.getElementById(arguments[0])" + ".scrollIntoView({block: 'center'})", id);
  }

  private static void shootSection(WebDriver d, String id, String name) throws IOException {
    WebElement e = d.findElement(By.id(id));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", e);
    Files.write(SHOTS.resolve(name), e.getScreenshotAs(OutputType.BYTES));
  }
}
