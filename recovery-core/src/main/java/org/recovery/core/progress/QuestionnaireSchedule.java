package org.recovery.core.progress;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A questionnaire a model asks each partner to complete again and again: the first time in the
 * journey's first days (the baseline), then every {@code everyDays} days after their last
 * completion. Completing it stays each partner's choice; the report only says when it is due.
 *
 * @param instrument the instrument's id, e.g. {@code csi-4}; the catalogue a journey uses must have
 *     it
 * @param everyDays days between completions, 7 to 366
 * @param source why this interval (a reference, or "product choice")
 */
public record QuestionnaireSchedule(String instrument, int everyDays, String source) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Validates the schedule. @throws IllegalArgumentException naming the field */
  public QuestionnaireSchedule {
    Objects.requireNonNull(instrument, "questionnaire instrument must not be null");
    if (!ID.matcher(instrument).matches()) {
      throw new IllegalArgumentException(
          "questionnaire instrument must be an instrument id"
              + " (letters, digits, '.', '-', '_'), was '"
              + instrument
              + "'");
    }
    Checks.range("questionnaire " + instrument + " everyDays", everyDays, 7, 366);
    Checks.text("questionnaire " + instrument + " source", source, 300);
  }
}
