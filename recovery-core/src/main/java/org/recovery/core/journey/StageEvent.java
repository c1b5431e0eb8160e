package org.recovery.core.journey;

import java.time.Instant;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;

/**
 * Movement between the stages of the journey's recovery model. These events are decided with a
 * model (see {@code org.recovery.core.progress.Progression}); the journey only records them.
 */
public sealed interface StageEvent extends JourneyEvent {

  /** The stage the journey was in. */
  StageId from();

  /** A hurt partner agreed to move on from {@code from} to {@code to}; the gates were met. */
  record AdvanceAgreed(StageId from, StageId to, PartnerId by, Instant at) implements StageEvent {
    /** Validates the event. */
    public AdvanceAgreed {
      Fields.require("from", from, "to", to, "by", by, "at", at);
    }
  }

  /** The journey moved on to {@code to}: gates met, and every hurt partner agreed. */
  record StageAdvanced(StageId from, StageId to, PartnerId by, Instant at) implements StageEvent {
    /** Validates the event. */
    public StageAdvanced {
      Fields.require("from", from, "to", to, "by", by, "at", at);
    }
  }

  /**
   * The journey moved back to {@code to}.
   *
   * @param from the stage it was in
   * @param to the stage it moved back to
   * @param cause why
   * @param reference the id of the setback that caused it, or empty
   * @param by the partner whose command led to it
   * @param at when
   */
  record StageMovedBack(
      StageId from, StageId to, MoveBackCause cause, String reference, PartnerId by, Instant at)
      implements StageEvent {
    /** Validates the event. */
    public StageMovedBack {
      Fields.require(
          "from", from, "to", to, "cause", cause, "reference", reference, "by", by, "at", at);
    }
  }
}
