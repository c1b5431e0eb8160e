package org.recovery.core.commitment;

/** How one due occurrence of a commitment stands at an instant. */
public enum OccurrenceOutcome {
  /** Kept: self-reported, or confirmed by the other partner where confirmation is needed. */
  KEPT,
  /** Reported missed, or a breach of a continuous commitment was reported. */
  MISSED,
  /** Inside an agreed pause of the commitment or of the journey. */
  EXCUSED,
  /** Nobody reported it before the grace period ended; counts as missed in scores. */
  UNREPORTED,
  /** A report was disputed by the other partner; counts neither way until resolved. */
  DISPUTED,
  /** Reported kept; waiting for the other partner's confirmation. */
  AWAITING_CONFIRMATION,
  /** Not yet due, or due and still inside the reporting grace period. */
  OPEN;

  /** Whether the outcome is final for scoring: kept, missed, unreported or excused. */
  public boolean isSettled() {
    return this == KEPT || this == MISSED || this == UNREPORTED || this == EXCUSED;
  }
}
