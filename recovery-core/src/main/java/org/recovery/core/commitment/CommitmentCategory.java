package org.recovery.core.commitment;

/** What kind of trust-building behaviour a commitment is. */
public enum CommitmentCategory {
  /** Sharing schedules, whereabouts, plans, statements: openness offered, not taken. */
  TRANSPARENCY,
  /** No contact with an affair partner; usually a continuous commitment. */
  NO_CONTACT,
  /** Check-ins, honest conversations, answering questions. */
  COMMUNICATION,
  /** Appreciation, affection within consent, time together, rituals. */
  CONNECTION,
  /** Couples or individual therapy, a programme, a support group. */
  THERAPY,
  /** Self-care and personal growth. */
  SELF_CARE,
  /**
   * Location sharing, access to devices, passwords or accounts. Verification of this kind can
   * overlap with control, so it is refused while a safety concern stands.
   */
  MONITORING,
  /** Anything else. */
  OTHER;

  /** Whether a commitment of this category watches the other partner rather than being offered. */
  public boolean isMonitoring() {
    return this == MONITORING;
  }
}
