package org.recovery.core.journey;

/** Why a journey moved back a stage. */
public enum MoveBackCause {
  /** A severe setback: a new deception or renewed contact with an affair partner. */
  SEVERE_SETBACK,
  /**
   * Recorded by earlier releases when the effective consent level fell below a stage's level. No
   * longer recorded, and ignored when a history is folded: lowering consent never moves a couple
   * back.
   */
  CONSENT_BELOW_STAGE
}
