package org.recovery.core.indicator;

/**
 * One commitment's reliability score with the weight it carries in the overall score.
 *
 * @param score the commitment's score, in [0, 1]
 * @param weight how much it counts, finite and greater than zero; the recovery model decides it (by
 *     default 1 for a low-cost and 2 for a high-cost behaviour)
 */
public record WeightedScore(double score, double weight) {

  /**
   * Validates the score and weight.
   *
   * @throws IllegalArgumentException if {@code score} is not in [0, 1] or {@code weight} is not a
   *     finite number greater than zero
   */
  public WeightedScore {
    Checks.unitInterval("score", score);
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight must be a finite number greater than 0, was " + weight);
    }
  }
}
