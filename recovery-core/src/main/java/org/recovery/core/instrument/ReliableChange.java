package org.recovery.core.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * The change of an instrument's total between two administrations, judged against the published
 * reliable-change index (Jacobson &amp; Truax, 1991).
 *
 * <p>The rules: the change is {@code latest - baseline}; it is <em>reliable</em> when {@code
 * |change| >= RCI}, the same for gains and losses; it is <em>clinically significant</em> when it is
 * reliable, goes the improving way of the total's {@link Polarity}, and crosses the index's
 * cut-off: the baseline lies on the cut-off's flagged side and the latest score does not.
 *
 * @param baseline the earlier total
 * @param latest the later total
 * @param change {@code latest - baseline}
 * @param direction which way the change goes for the respondent
 * @param verdict whether the change exceeds measurement error, or no index is published
 * @param clinicallySignificant whether it is reliable and crosses the cut-off the improving way
 */
public record ReliableChange(
    double baseline,
    double latest,
    double change,
    Direction direction,
    Verdict verdict,
    boolean clinicallySignificant) {

  /** Which way a change goes, given the total's polarity. */
  public enum Direction {
    /** Towards the better end of the total. */
    IMPROVED,
    /** Towards the worse end of the total. */
    WORSENED,
    /** No change. */
    UNCHANGED
  }

  /** Whether a change exceeds measurement error. */
  public enum Verdict {
    /** At least the reliable-change index: a real change, not noise. */
    RELIABLE,
    /** Smaller than the index: within measurement error. */
    WITHIN_MEASUREMENT_ERROR,
    /** The instrument has no published index, so reliability is not judged. */
    NO_PUBLISHED_INDEX
  }

  /** Validates the change. */
  public ReliableChange {
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(verdict, "verdict must not be null");
  }

  /** Whether the change is reliable. */
  public boolean reliable() {
    return verdict == Verdict.RELIABLE;
  }

  /**
   * Judges the change of the total from {@code baseline} to {@code latest}.
   *
   * @throws IllegalArgumentException if the instrument has no total or a score lies outside its
   *     range
   */
  public static ReliableChange between(Instrument instrument, double baseline, double latest) {
    Objects.requireNonNull(instrument, "instrument must not be null");
    Total total =
        instrument
            .total()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "instrument " + instrument.id() + " has no total score to compare"));
    requireInRange(instrument, total, "baseline", baseline);
    requireInRange(instrument, total, "latest", latest);
    double change = latest - baseline;
    double better = total.polarity() == Polarity.HIGHER_IS_BETTER ? change : -change;
    Direction direction =
        better > 0 ? Direction.IMPROVED : better < 0 ? Direction.WORSENED : Direction.UNCHANGED;
    Optional<ReliableChangeIndex> rci = instrument.rci();
    if (rci.isEmpty()) {
      return new ReliableChange(
          baseline, latest, change, direction, Verdict.NO_PUBLISHED_INDEX, false);
    }
    boolean reliable = Math.abs(change) >= rci.get().value();
    boolean crossed =
        rci.get()
            .cutOff()
            .flatMap(instrument::cutOff)
            .map(c -> c.flags(baseline) && !c.flags(latest))
            .orElse(false);
    return new ReliableChange(
        baseline,
        latest,
        change,
        direction,
        reliable ? Verdict.RELIABLE : Verdict.WITHIN_MEASUREMENT_ERROR,
        reliable && direction == Direction.IMPROVED && crossed);
  }

  /**
   * Judges the change of the total between two scores of {@code instrument}.
   *
   * @throws IllegalArgumentException if a score is of another instrument or has no total
   */
  public static ReliableChange between(Instrument instrument, Score baseline, Score latest) {
    return between(
        instrument,
        totalOf(instrument, "baseline", baseline),
        totalOf(instrument, "latest", latest));
  }

  private static double totalOf(Instrument instrument, String which, Score score) {
    Objects.requireNonNull(score, which + " must not be null");
    if (!score.instrument().equals(instrument.id())) {
      throw new IllegalArgumentException(
          which + " is a score of " + score.instrument() + ", not of " + instrument.id());
    }
    return score
        .total()
        .orElseThrow(() -> new IllegalArgumentException(which + " has no total score"));
  }

  private static void requireInRange(
      Instrument instrument, Total total, String which, double value) {
    if (!total.contains(value)) {
      throw new IllegalArgumentException(
          which
              + " total "
              + value
              + " lies outside the range "
              + total.min()
              + " to "
              + total.max()
              + " of "
              + instrument.id());
    }
  }
}
