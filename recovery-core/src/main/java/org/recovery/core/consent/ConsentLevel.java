package org.recovery.core.consent;

/** Levels of intimacy, in the order recovery usually reaches them. */
public enum ConsentLevel {
  /** Not ready for intimacy of any kind yet. */
  NONE,
  /** Talking, sharing feelings, time together without touch. */
  NON_PHYSICAL_CONNECTION,
  /** Holding hands, hugs, compliments. */
  AFFECTIONATE_GESTURES,
  /** Physical and sexual intimacy. */
  PHYSICAL_INTIMACY;

  /** The lower of two levels: the one that rules when two partners differ. */
  public static ConsentLevel lower(ConsentLevel a, ConsentLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Whether this level allows everything {@code other} allows. */
  public boolean allows(ConsentLevel other) {
    return compareTo(other) >= 0;
  }
}
