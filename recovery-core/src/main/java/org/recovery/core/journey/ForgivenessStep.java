package org.recovery.core.journey;

/**
 * Where a hurt partner is in forgiving, if they choose to. Forgiveness is a long process, not
 * forgetting and not excusing; it is never a gate, never binary, and never asked of anyone.
 */
public enum ForgivenessStep {
  /** Not something to think about now. */
  NOT_NOW,
  /** Open to it, some day. */
  OPEN_TO_IT,
  /** Working through the hurt and anger. */
  WORKING_THROUGH_IT,
  /** Letting resentment go, bit by bit. */
  LETTING_RESENTMENT_GO,
  /** Choosing to forgive, as an ongoing choice. */
  CHOOSING_TO_FORGIVE
}
