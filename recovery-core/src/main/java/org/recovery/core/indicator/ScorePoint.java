package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reliability score right after one occurrence, for drawing a sparkline.
 *
 * @param day the due day of the occurrence
 * @param score the score after it, in [0, 1]
 */
public record ScorePoint(LocalDate day, double score) {

  /**
   * Validates the point.
   *
   * @throws NullPointerException if {@code day} is null
   * @throws IllegalArgumentException if {@code score} is not in [0, 1]
   */
  public ScorePoint {
    Objects.requireNonNull(day, "day must not be null");
    Checks.unitInterval("score", score);
  }
}
