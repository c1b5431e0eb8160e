package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Chromium.type;
import static org.recovery.web.support.Chromium.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.Pages;
import org.recovery.web.support.TestServer;

/**
 * Zero-knowledge mode in real Chromium sessions, at 1280 and 390 px: joining shows Sam's recovery
 * code once, with what losing it means and a print button; Sam logs out and in and reads the
 * journal back; Sam sets a new passphrase with the code and reads it again. axe-core finds no
 * violation on the new screens. Screenshots go to {@code target/screenshots/zk-*}.
 */
class ZeroKnowledgeBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String ALEX_PASS = "alex's long passphrase";
  private static final String SAM_PASS = "sam's own long passphrase";
  private static final String SAM_NEXT = "sam's brand new passphrase";
  private static final String WORDS = "SAM-SEALED-JOURNAL";

  @TempDir Path directory;
  private TestServer server;
  private WebDriver alex;
  private WebDriver sam;

  @AfterEach
  void stop() {
    Chromium.quit(server, alex, sam);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 390})
  void joiningShowsTheCodeOnceAndTheJournalComesBackAfterLogInAndRecovery(int width)
      throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.zeroKnowledge(directory);
    alex = Chromium.start(width, 1400);
    alex.get(server.base() + "/");
    waitFor(alex, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("create-form")));
    type(alex, "first-name", "Alex");
    type(alex, "first-passphrase", ALEX_PASS);
    type(alex, "second-name", "Sam");
    type(alex, "create-zone", "Europe/Berlin");
    alex.findElement(By.cssSelector("#create-form button[type=submit]")).click();
    waitFor(alex, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-code")));
    alex.findElement(By.id("recovery-done")).click();
    WebElement invitation =
        waitFor(alex, 20)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-code")));
    String link = alex.findElement(By.id("invitation-link")).getAttribute("value");
    assertThat(invitation.getText()).isNotBlank();

    sam = Chromium.start(width, 1400);
    sam.get(link);
    waitFor(sam, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("join-form")));
    type(sam, "join-passphrase", SAM_PASS);
    type(sam, "join-repeat", SAM_PASS);
    sam.findElement(By.cssSelector("#join-form button[type=submit]")).click();
    WebElement code =
        waitFor(sam, 20)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-code")));
    String samsCode = code.getText();
    assertThat(samsCode).matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}");
    assertThat(sam.findElement(By.id("recovery-dialog")).getText())
        .contains("gone for good", "not your partner", "shown only this once");
    assertThat(sam.findElement(By.id("recovery-print")).isDisplayed()).isTrue();
    assertThat(Pages.axeViolations(sam)).as("axe on the recovery code").isEmpty();
    Chromium.shoot(sam, SHOTS, "zk-" + width + "-1-sam-sees-the-recovery-code.png");
    sam.findElement(By.id("recovery-done")).click();
    waitFor(sam, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Sam"));

    save(sam);
    logOut(sam);
    logIn(sam, SAM_PASS);
    assertThat(sam.findElements(By.id("recovery-dialog"))).as("the code is shown once").isEmpty();
    waitFor(sam, 20).until(d -> d.getPageSource().contains(WORDS));

    logOut(sam);
    WebElement forgot = sam.findElement(By.cssSelector("#recover summary"));
    ((JavascriptExecutor) sam).executeScript("arguments[0].scrollIntoView()", forgot);
    forgot.click();
    type(sam, "recover-name", "Sam");
    type(sam, "recover-code", samsCode);
    type(sam, "recover-passphrase", SAM_NEXT);
    type(sam, "recover-repeat", SAM_NEXT);
    assertThat(Pages.axeViolations(sam)).as("axe on the forgotten passphrase").isEmpty();
    Chromium.shoot(
        sam,
        SHOTS,
        "zk-" + width + "-2-sam-forgot-the-passphrase.png",
        sam.findElement(By.id("recover")));
    sam.findElement(By.cssSelector("#recover-form button[type=submit]")).click();
    WebElement next =
        waitFor(sam, 20)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-code")));
    assertThat(next.getText()).isNotEqualTo(samsCode);
    Chromium.shoot(sam, SHOTS, "zk-" + width + "-3-sam-gets-a-new-code.png");
    sam.findElement(By.id("recovery-done")).click();
    waitFor(sam, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Sam"));
    waitFor(sam, 20).until(d -> d.getPageSource().contains(WORDS));

    Pages.reveal(sam, "forget-form");
    WebElement forget = sam.findElement(By.id("forget-form"));
    assertThat(forget.getText()).contains("Your partner is not told");
    assertThat(Pages.axeViolations(sam)).as("axe on Settings").isEmpty();
    Chromium.shoot(sam, SHOTS, "zk-" + width + "-4-delete-private-entries.png", forget);
    assertThat(server.browser().login("Sam", SAM_PASS).status()).isEqualTo(401);
    assertThat(server.browser().login("Sam", SAM_NEXT).status()).isEqualTo(200);
  }

  private static void save(WebDriver d) {
    Pages.reveal(d, "jr-text");
    type(d, "jr-text", WORDS);
    d.findElement(By.cssSelector("#journal-form button[type=submit]")).click();
    waitFor(d, 10).until(x -> x.getPageSource().contains(WORDS));
  }

  private static void logOut(WebDriver d) {
    d.findElement(By.id("logout")).click();
    waitFor(d, 20).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
  }

  private static void logIn(WebDriver d, String passphrase) {
    type(d, "login-name", "Sam");
    type(d, "login-passphrase", passphrase);
    d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    waitFor(d, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Sam"));
  }
}
