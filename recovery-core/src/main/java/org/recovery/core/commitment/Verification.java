package org.recovery.core.commitment;

/** How a kept occurrence of a commitment comes to count. */
public enum Verification {
  /** The owner's report counts unless the other partner disputes it. */
  SELF_REPORTED,
  /** A report of "kept" counts only once the other partner confirms it. */
  PARTNER_CONFIRMED;

  /** Whether this verification asks less than {@code other}. */
  public boolean isEasierThan(Verification other) {
    return this == SELF_REPORTED && other == PARTNER_CONFIRMED;
  }
}
