package org.recovery.core.common;

/** The stable codes of the rules that can refuse a command. Never renumbered or renamed. */
public enum RejectionCode {
  /** The journey id names no journey the acting partner belongs to. */
  JOURNEY_NOT_FOUND,
  /** The acting partner is not one of the journey's two partners. */
  NOT_A_PARTNER,
  /** A journey with this id has already been started. */
  JOURNEY_ALREADY_STARTED,
  /** The journey has ended; it can be read but not changed. */
  JOURNEY_ENDED,
  /** The journey is already paused, or not paused when resuming. */
  JOURNEY_PAUSE_STATE,
  /**
   * A date lies in the future where only past or present dates make sense, or before the journey.
   */
  DATE_OUT_OF_RANGE,
  /** No betrayal with that id exists in the journey. */
  UNKNOWN_BETRAYAL,
  /** Only the partner who was involved in (committed) the betrayal may do this. */
  NOT_THE_INVOLVED_PARTNER,
  /** Only the partner who was hurt by the betrayal may do this. */
  NOT_THE_HURT_PARTNER,
  /** The same statement has already been recorded. */
  ALREADY_RECORDED,
  /** No commitment with that id exists in the journey. */
  UNKNOWN_COMMITMENT,
  /**
   * The other partner must do this: nobody accepts their own proposal or confirms their own report.
   */
  NEEDS_THE_OTHER_PARTNER,
  /** Only the partner who owns the commitment may do this. */
  NOT_THE_OWNER,
  /** The commitment is not in a status that allows this (for example accepting an active one). */
  COMMITMENT_STATUS,
  /** The commitment is not due on that day. */
  NOT_DUE,
  /** The day already has a report, or is excused by a pause. */
  OCCURRENCE_CLOSED,
  /** The reporting grace period for that day is over; it counts as unreported. */
  REPORT_TOO_LATE,
  /** There is no report on that day to confirm or dispute. */
  NOTHING_TO_CONFIRM,
  /** The change would ask nothing different from what is in effect. */
  NO_CHANGE,
  /**
   * A change the owner makes easier waits for the cooling-off delay; the date asked is too early.
   */
  COOLING_OFF,
  /**
   * Monitoring-type commitments are unavailable: they need both partners' safety screening without
   * a concern. Apps should show the reason sentence as it is and not explain the code further, so
   * as not to hint at the other partner's screening.
   */
  MONITORING_UNAVAILABLE,
  /** The partner has already checked in for that day. */
  ALREADY_CHECKED_IN,
  /** No setback with that id exists in the journey. */
  UNKNOWN_SETBACK,
  /** A new deception or renewed contact is always severe. */
  SEVERITY_TOO_LOW,
  /** No boundary with that id exists in the journey. */
  UNKNOWN_BOUNDARY,
  /** The boundary has no change waiting for agreement, or already has one. */
  BOUNDARY_PROPOSAL_STATE,
  /** A betrayal names the same partner as hurt and involved. */
  SAME_PARTNER,
  /** The gates to the next stage are not all met yet. */
  GATES_NOT_MET,
  /** The journey is in the model's last stage. */
  LAST_STAGE,
  /** The journey is holding its place for now and cannot move on. */
  JOURNEY_HELD,
  /** The journey would move to a recovery model this app does not have, or lacks its stage. */
  MODEL_UNAVAILABLE,
  /**
   * The answers to a questionnaire cannot be scored: an item is missing, unknown, or answered off
   * its scale. The reason names the item.
   */
  INVALID_ANSWERS,
  /** No questionnaire with that id is known. */
  UNKNOWN_INSTRUMENT
}
