package org.recovery.core.progress;

/**
 * The numbers a model's indicators and rules use, besides the gates' own thresholds.
 *
 * @param reliabilityHalfLifeDays the half-life H of the reliability score, in days for a daily
 *     commitment (Loop Habit Tracker uses 13)
 * @param highCostWeight how much a high-cost commitment weighs in the overall score, against 1 for
 *     a low-cost one
 * @param trendLevelDays the window of a rating's recent level
 * @param trendSlopeWeeks the window of a rating's slope
 * @param baselineDays the first days of check-ins that make a rating's baseline
 * @param crisisWindowDays how long after a crisis flag the report shows crisis resources
 * @param ratingUpFromBaseline how many points above baseline count as the "rating up" milestone
 */
public record ModelParameters(
    double reliabilityHalfLifeDays,
    double highCostWeight,
    int trendLevelDays,
    int trendSlopeWeeks,
    int baselineDays,
    int crisisWindowDays,
    double ratingUpFromBaseline) {

  /** The defaults of the standard model; docs/model.md explains each. */
  public static final ModelParameters DEFAULTS = new ModelParameters(13, 2, 14, 6, 14, 14, 2);

  /** Validates the parameters. @throws IllegalArgumentException naming the field */
  public ModelParameters {
    Checks.range("reliability half-life days", reliabilityHalfLifeDays, 1, 365);
    Checks.range("high-cost weight", highCostWeight, 1, 10);
    Checks.range("trend level days", trendLevelDays, 7, 90);
    Checks.range("trend slope weeks", trendSlopeWeeks, 2, 26);
    Checks.range("baseline days", baselineDays, 7, 60);
    Checks.range("crisis window days", crisisWindowDays, 1, 90);
    Checks.range("rating up from baseline", ratingUpFromBaseline, 0.5, 10);
  }
}
