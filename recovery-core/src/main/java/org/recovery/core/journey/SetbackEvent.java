package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import org.recovery.core.common.PartnerId;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** Setbacks and their repair. */
public sealed interface SetbackEvent extends JourneyEvent {

  /** The setback the event is about. */
  SetbackId setback();

  /**
   * A setback was recorded.
   *
   * @param setback its id
   * @param kind what happened
   * @param severity how severe
   * @param day when it happened
   * @param description what happened, in the recorder's words (may be empty)
   * @param by who recorded it
   * @param at when
   */
  record SetbackRecorded(
      SetbackId setback,
      SetbackKind kind,
      Severity severity,
      LocalDate day,
      String description,
      PartnerId by,
      Instant at)
      implements SetbackEvent {
    /** Validates the event. */
    public SetbackRecorded {
      Fields.require(
          "setback",
          setback,
          "kind",
          kind,
          "severity",
          severity,
          "day",
          day,
          "description",
          description,
          "by",
          by,
          "at",
          at);
    }
  }

  /** A repair step after a setback. */
  record SetbackRepaired(SetbackId setback, RepairStep step, PartnerId by, Instant at)
      implements SetbackEvent {
    /** Validates the event. */
    public SetbackRepaired {
      Fields.require("setback", setback, "step", step, "by", by, "at", at);
    }
  }
}
