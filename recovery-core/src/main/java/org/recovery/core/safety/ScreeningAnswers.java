package org.recovery.core.safety;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A partner's answers to a safety screen ({@link SafetyScreens}): yes or no to each of its
 * questions. Any "yes" flags a concern — HARK's published cut-off is one "yes" or more, and the
 * project's own five questions flag the same way.
 *
 * @param screen the screen's key, {@code id@version}, e.g. {@code hark@1}
 * @param answers the answer to every question of the screen, by question id, in the screen's order
 */
public record ScreeningAnswers(String screen, Map<String, Boolean> answers) {

  /**
   * Validates the answers against their screen.
   *
   * @throws IllegalArgumentException for an unknown screen, or a question unanswered or unknown
   */
  public ScreeningAnswers {
    Objects.requireNonNull(screen, "screen must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    SafetyScreen definition =
        SafetyScreens.find(screen)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "there is no safety screen "
                            + screen
                            + "; known are "
                            + SafetyScreens.all().stream().map(SafetyScreen::key).toList()));
    Map<String, Boolean> ordered = new LinkedHashMap<>();
    for (String id : definition.questionIds()) {
      Boolean answer = answers.get(id);
      if (answer == null) {
        throw new IllegalArgumentException(
            "question " + id + " of " + definition.name() + " needs a yes or a no");
      }
      ordered.put(id, answer);
    }
    for (String id : answers.keySet()) {
      if (!ordered.containsKey(id)) {
        throw new IllegalArgumentException(definition.name() + " has no question " + id);
      }
    }
    answers = Collections.unmodifiableMap(ordered);
  }

  /** HARK answers: humiliated, afraid, forced into sexual activity, physically hurt. */
  public static ScreeningAnswers hark(
      boolean humiliated, boolean afraid, boolean forced, boolean hurt) {
    return new ScreeningAnswers(
        SafetyScreens.HARK.key(),
        Map.of("humiliated", humiliated, "afraid", afraid, "forced", forced, "hurt", hurt));
  }

  /** Answers to the default screen with every question answered "no". */
  public static ScreeningAnswers allNo() {
    return hark(false, false, false, false);
  }

  /** Answers to the project's own five questions of earlier releases. */
  public static ScreeningAnswers recoveryFive(
      boolean afraidOfPartner,
      boolean hurtOrThreatened,
      boolean controlled,
      boolean pressuredIntoIntimacy,
      boolean unsafeAtHome) {
    return new ScreeningAnswers(
        SafetyScreens.RECOVERY_FIVE.key(),
        Map.of(
            "afraidOfPartner",
            afraidOfPartner,
            "hurtOrThreatened",
            hurtOrThreatened,
            "controlled",
            controlled,
            "pressuredIntoIntimacy",
            pressuredIntoIntimacy,
            "unsafeAtHome",
            unsafeAtHome));
  }

  /** Whether any answer is "yes": the screening then flags a safety concern. */
  public boolean flags() {
    return answers.containsValue(true);
  }
}
