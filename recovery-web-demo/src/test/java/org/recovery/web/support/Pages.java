package org.recovery.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What the browser tests check on every screen of the page: moving to a screen, axe-core's WCAG 2.2
 * A and AA rules, raw enum constants or Java field names in the text a person reads, horizontal
 * scrolling, and moving by keyboard alone.
 */
public final class Pages {
  /** The screens of a logged-in partner, in the order of the navigation. */
  public static final List<String> SCREENS =
      List.of(
          "today",
          "progress",
          "commitments",
          "boundaries",
          "journal",
          "questionnaires",
          "help",
          "settings");

  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  /** An upper-case enum constant: {@code SEXUAL_AFFAIR}, {@code NOT_NOW}. */
  private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

  /** A Java-ish field name: {@code emotionalSafety}, {@code hurtPartner}, "Field 'zone'". */
  private static final Pattern FIELD =
      Pattern.compile(
          "\\b[a-z]+[A-Z][A-Za-z]*\\b|Field '|\\bnull\\b|\\bundefined\\b|\\bNaN\\b|\\[object");

  private static String axe;

  private Pages() {}

  /** Goes to {@code screen} through the address, as a link would, and waits until it shows. */
  public static void go(WebDriver d, String screen) {
    ((JavascriptExecutor) d).executeScript("location.hash = '#/' + arguments[0]", screen);
    Chromium.waitFor(d, 30)
        .until(
            x ->
                x.findElement(By.cssSelector("section.screen[data-screen='" + screen + "']"))
                    .isDisplayed());
  }

  /** Goes to the screen that holds the element with id {@code id}, if it is on one. */
  public static void reveal(WebDriver d, String id) {
    Object screen =
        ((JavascriptExecutor) d)
            .executeScript(
                "const e = document.getElementById("
                    + "arguments[0]); const s = e && e.closest('section.screen');"
                    + " return s ? s.dataset.screen : null;",
                id);
    if (screen != null) {
      go(d, screen.toString());
    }
  }

  /** The axe-core violations of WCAG 2.2 A and AA on the page as it shows now, in words. */
  public static List<String> axeViolations(WebDriver d) {
    JavascriptExecutor js = (JavascriptExecutor) d;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(axeSource());
    }
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object out =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa', 'wcag22aa']}}).then((r) => done(r.violations.map((v) => v.id + ' ('"
                + " + v.help + '): ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', '))))"
                + ".catch((e) => done(['axe failed: ' + e]));");
    List<String> found = new ArrayList<>();
    for (Object o : (List<?>) out) {
      found.add(String.valueOf(o));
    }
    return found;
  }

  /**
   * Every raw constant or field name in the text the page shows now, or in its labels. The text is
   * read one rendered text node at a time, so that two buttons side by side ("… yesterday" and
   * "Dispute …") are not run together into one word.
   */
  public static List<String> rawNames(WebDriver d) {
    String text =
        String.valueOf(
            ((JavascriptExecutor) d)
                .executeScript(
                    "const parts = [document.title];"
                        + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "while (walk.nextNode()) { const e = walk.currentNode.parentElement;"
                        + " if (!e || e.closest('[hidden], script, style') || !e.getClientRects().length) continue;"
                        + " parts.push(walk.currentNode.textContent); }"
                        + "document.querySelectorAll('[aria-label], [title], option, title').forEach((e) => {"
                        + " if (e.closest('[hidden]')) return;"
                        + " parts.push(e.getAttribute('aria-label') || '', e.getAttribute('title') || '',"
                        + " e.tagName === 'OPTION' || e.tagName === 'title' ? e.textContent : ''); });"
                        + "return parts.join('\\n');"));
    List<String> found = new ArrayList<>();
    for (Pattern p : List.of(ENUM, FIELD)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  /** Asserts the page cannot be scrolled sideways. */
  public static void noWiderThanTheWindow(WebDriver d) {
    Object over =
        ((JavascriptExecutor) d)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) over).intValue()).as("horizontal scrolling").isLessThanOrEqualTo(0);
  }

  /**
   * Presses Tab (Shift+Tab when {@code back}) until the focused element matches {@code css}, at
   * most 150 times; fails if it never does.
   */
  public static void tabTo(WebDriver d, String css) {
    for (int i = 0; i < 150; i++) {
      if (Boolean.TRUE.equals(
          ((JavascriptExecutor) d)
              .executeScript(
                  "return !!document.activeElement && document.activeElement.matches(arguments[0])",
                  css))) {
        return;
      }
      new Actions(d).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached " + css);
  }

  /** The words the page shows for {@code code} of {@code group} (words.js, or the server's). */
  public static String word(WebDriver d, String group, String code) {
    return String.valueOf(
        ((JavascriptExecutor) d)
            .executeScript(
                "return window.RecoveryWords.word(arguments[0], arguments[1])", group, code));
  }

  /** The same words with a capital first letter, as a label shows them. */
  public static String label(WebDriver d, String group, String code) {
    return String.valueOf(
        ((JavascriptExecutor) d)
            .executeScript(
                "return window.RecoveryWords.label(arguments[0], arguments[1])", group, code));
  }

  /** Presses keys on whatever has the focus. */
  public static void press(WebDriver d, CharSequence... keys) {
    new Actions(d).sendKeys(keys).perform();
  }

  private static synchronized String axeSource() {
    if (axe == null) {
      try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(AXE)) {
        assertThat(in).as("axe-core on the test classpath: " + AXE).isNotNull();
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }
}
