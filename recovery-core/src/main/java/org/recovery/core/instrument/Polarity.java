package org.recovery.core.instrument;

/** Which way of a score is the improving one. */
public enum Polarity {
  /** A higher score is better (for example more satisfied). */
  HIGHER_IS_BETTER,
  /** A lower score is better (for example less distressed). */
  LOWER_IS_BETTER
}
