package org.recovery.core.journey;

/** Why a journey moved back a stage. */
public enum MoveBackCause {
  /** A severe setback: a new deception or renewed contact with an affair partner. */
  SEVERE_SETBACK,
  /** The effective consent level fell below what the stage needs. */
  CONSENT_BELOW_STAGE
}
