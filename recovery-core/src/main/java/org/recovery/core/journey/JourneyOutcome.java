package org.recovery.core.journey;

/** How a journey ended. Separating is a valid outcome, not a failure of the model. */
public enum JourneyOutcome {
  /** The couple stays together and closes the recovery journey. */
  RECONCILED,
  /** The couple separates. */
  SEPARATED,
  /** They stop using the journey for another reason. */
  STOPPED
}
