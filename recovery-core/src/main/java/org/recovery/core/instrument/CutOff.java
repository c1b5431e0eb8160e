package org.recovery.core.instrument;

import java.util.Objects;

/**
 * A published threshold of the total score and what a score on its flagged side means.
 *
 * @param id the cut-off's id, unique in its instrument
 * @param threshold the published value, e.g. 13.5
 * @param flaggedWhen on which side of the threshold a total is flagged
 * @param meaning what a flagged total means, in the authors' terms
 */
public record CutOff(String id, double threshold, Side flaggedWhen, String meaning) {

  /** On which side of its threshold a cut-off flags a total. */
  public enum Side {
    /** Strictly below the threshold. */
    BELOW,
    /** At or below the threshold. */
    AT_OR_BELOW,
    /** At or above the threshold. */
    AT_OR_ABOVE,
    /** Strictly above the threshold. */
    ABOVE
  }

  /** Validates the cut-off. */
  public CutOff {
    Names.id("cut-off id", id);
    Names.finite("threshold of cut-off " + id, threshold);
    Objects.requireNonNull(flaggedWhen, "flaggedWhen of cut-off " + id + " must not be null");
    meaning = Names.text("meaning of cut-off " + id, meaning);
  }

  /** Whether {@code total} lies on the flagged side. */
  public boolean flags(double total) {
    switch (flaggedWhen) {
      case BELOW:
        return total < threshold;
      case AT_OR_BELOW:
        return total <= threshold;
      case AT_OR_ABOVE:
        return total >= threshold;
      default:
        return total > threshold;
    }
  }
}
