package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.recovery.web.support.Chromium;
import org.recovery.web.support.Pages;
import org.recovery.web.support.TestServer;

/**
 * Every screen of both partners of a demo journey, at a desk (1280 px) and on a phone (390 px):
 * axe-core finds no violation of WCAG 2.2 A or AA, no upper-case constant or field name shows,
 * nothing scrolls sideways; the address names the screen and Back returns to the previous one; the
 * quick exit leaves from the log-in screen and from inside. One server and two browsers for the
 * class; screenshots of every screen go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private TestServer server;
  private WebDriver maya;
  private WebDriver daniel;

  @BeforeAll
  void start() throws IOException {
    Files.createDirectories(SHOTS);
    server = TestServer.start();
    maya = Chromium.start(1280, 900);
    daniel = Chromium.start(1280, 900);
  }

  @AfterAll
  void stop() {
    Chromium.quit(server, maya, daniel);
  }

  @Test
  void everyScreenOfBothPartnersIsAccessibleInWordsAndFitsAPhone() throws IOException {
    maya.manage().deleteAllCookies();
    maya.get(server.base() + "/");
    Chromium.waitFor(maya, 30)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 390}) {
      maya.manage().window().setSize(new Dimension(width, 900));
      for (String screen : List.of("login", "help")) {
        Pages.go(maya, screen);
        check(maya, "before log-in", screen, width, problems);
      }
    }
    maya.manage().window().setSize(new Dimension(1280, 900));
    Pages.go(maya, "login");
    maya.findElement(By.cssSelector("#demo-form button[type=submit]")).click();
    Chromium.waitFor(maya, 120).until(ScreensBrowserTest::loaded);
    String other =
        maya.findElement(By.cssSelector("#demo-logins li:nth-child(2) strong")).getText();
    String passphrase =
        maya.findElement(By.cssSelector("#demo-logins li:nth-child(2) code")).getText();
    login(daniel, other, passphrase);
    for (WebDriver d : new WebDriver[] {maya, daniel}) {
      String who = d == maya ? "hurt-partner" : "other-partner";
      for (int width : new int[] {1280, 390}) {
        d.manage().window().setSize(new Dimension(width, 900));
        for (String screen : Pages.SCREENS) {
          Pages.go(d, screen);
          d.findElements(By.cssSelector("section.screen:not([hidden]) details"))
              .forEach(e -> ((JavascriptExecutor) d).executeScript("arguments[0].open = true", e));
          check(d, who, screen, width, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theAddressNamesTheScreenAndBackReturnsToThePreviousOne() {
    TestServer.Couple couple = server.couple("nav");
    login(maya, couple.nameA(), TestServer.PASSPHRASE_A);
    assertThat(maya.getCurrentUrl()).endsWith("#/today");
    maya.findElement(By.cssSelector("#nav a[data-go=commitments]")).click();
    Chromium.waitFor(maya, 10).until(d -> d.getCurrentUrl().endsWith("#/commitments"));
    assertThat(maya.getTitle()).isEqualTo("Commitments — Recovery");
    assertThat(maya.switchTo().activeElement().getAttribute("id"))
        .as("the focus moves to the screen's heading")
        .isEqualTo("commitments-title");
    maya.findElement(By.cssSelector("#nav a[data-go=settings]")).click();
    Chromium.waitFor(maya, 10).until(d -> d.findElement(By.id("screen-settings")).isDisplayed());
    maya.navigate().back();
    Chromium.waitFor(maya, 10).until(d -> d.findElement(By.id("screen-commitments")).isDisplayed());
    assertThat(maya.findElement(By.id("screen-settings")).isDisplayed()).isFalse();
    assertThat(maya.findElement(By.cssSelector("#nav a[aria-current=page]")).getText())
        .isEqualTo("Commitments");
    maya.navigate().refresh();
    Chromium.waitFor(maya, 30).until(ScreensBrowserTest::loaded);
    assertThat(maya.findElement(By.id("screen-commitments")).isDisplayed())
        .as("a reload stays on the screen")
        .isTrue();
  }

  @Test
  void quickExitLeavesForANeutralSiteAndReplacesThePageInTheHistory() {
    daniel.manage().deleteAllCookies();
    daniel.get("about:blank");
    daniel.get(server.base() + "/");
    Chromium.waitFor(daniel, 30)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    WebElement exit = daniel.findElement(By.id("quick-exit"));
    assertThat(exit.getText()).endsWith("Exit this page");
    assertThat(exit.getAttribute("textContent")).isEqualTo("Emergency: Exit this page");
    daniel.findElement(By.id("login-name")).sendKeys("A");
    Pages.press(daniel, Keys.SHIFT, Keys.SHIFT, Keys.SHIFT);
    leftForTheWeather(daniel);
    daniel.navigate().back();
    Chromium.waitFor(daniel, 10).until(d -> !d.getCurrentUrl().startsWith("http"));
    assertThat(daniel.getCurrentUrl())
        .as("Back does not return to the page")
        .doesNotStartWith(server.base());

    TestServer.Couple couple = server.couple("exit");
    login(daniel, couple.nameB(), TestServer.PASSPHRASE_B);
    Pages.go(daniel, "journal");
    daniel.findElement(By.id("quick-exit")).click();
    leftForTheWeather(daniel);
  }

  private void check(WebDriver d, String who, String screen, int width, List<String> problems)
      throws IOException {
    String where = who + " " + screen + " at " + width + " px: ";
    Pages.axeViolations(d).forEach(v -> problems.add(where + v));
    Pages.rawNames(d).forEach(v -> problems.add(where + "raw name " + v));
    Object over =
        ((JavascriptExecutor) d)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    if (((Number) over).intValue() > 0) {
      problems.add(
          where
              + "scrolls sideways by "
              + over
              + " px: "
              + ((JavascriptExecutor) d)
                  .executeScript(
                      "const w = document.documentElement.clientWidth;"
                          + " return [...document.querySelectorAll('body *')].filter((e) =>"
                          + " e.getBoundingClientRect().right > w + 1 && e.getClientRects().length"
                          + " && !e.closest('.table-wrap'))"
                          + ".map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8).join(' ');"));
    }
    assertThat(d.findElement(By.id("quick-exit")).isDisplayed()).as(where + "quick exit").isTrue();
    Chromium.shoot(d, SHOTS, "screen-" + who + "-" + width + "-" + screen + ".png");
    if (screen.equals("progress")) {
      WebElement charts = d.findElement(By.id("charts"));
      ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", charts);
      Files.write(
          SHOTS.resolve("charts-" + who + "-" + width + ".png"),
          charts.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
  }

  private static void leftForTheWeather(WebDriver d) {
    Chromium.waitFor(d, 10)
        .until(
            x ->
                x.getCurrentUrl().startsWith("https://www.bbc.co.uk/weather")
                    || x.getCurrentUrl().startsWith("chrome-error:"));
  }

  private void login(WebDriver d, String name, String passphrase) {
    d.get(server.base() + "/#/login");
    d.manage().deleteAllCookies();
    d.get(server.base() + "/#/login");
    d.navigate().refresh();
    Chromium.waitFor(d, 30)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    Chromium.type(d, "login-name", name);
    Chromium.type(d, "login-passphrase", passphrase);
    d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    Chromium.waitFor(d, 30).until(ScreensBrowserTest::loaded);
  }

  /** Whether the journey has been drawn (the Today screen's date is filled in). */
  static boolean loaded(WebDriver d) {
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
