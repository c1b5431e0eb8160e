package org.recovery.core.instrument;

/** How item scores combine into a subscale or total score. */
public enum Aggregation {
  /** The sum of the item scores. */
  SUM,
  /** The mean of the item scores. */
  MEAN
}
