package org.recovery.core.checkin;

/** The four things a check-in rates. */
public enum RatingKind {
  /** How safe the partner feels with the other, emotionally. */
  EMOTIONAL_SAFETY,
  /** How much they trust the other partner. */
  TRUST,
  /** How close they feel. */
  CLOSENESS,
  /** How hopeful they are about the relationship. */
  HOPE
}
