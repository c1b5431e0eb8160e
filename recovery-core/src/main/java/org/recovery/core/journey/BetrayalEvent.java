package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import org.recovery.core.common.PartnerId;

/** Events about a betrayal and its acknowledgment. */
public sealed interface BetrayalEvent extends JourneyEvent {

  /** The betrayal the event is about. */
  BetrayalId betrayal();

  /**
   * A betrayal was recorded.
   *
   * @param betrayal its id
   * @param kind what kind
   * @param hurtPartner who was betrayed
   * @param involvedPartner who betrayed
   * @param cameToLight discovered or disclosed
   * @param on the day it came to light
   * @param by who recorded it
   * @param at when
   */
  record BetrayalRecorded(
      BetrayalId betrayal,
      BetrayalKind kind,
      PartnerId hurtPartner,
      PartnerId involvedPartner,
      Discovery cameToLight,
      LocalDate on,
      PartnerId by,
      Instant at)
      implements BetrayalEvent {
    /** Validates the event. */
    public BetrayalRecorded {
      Fields.require(
          "betrayal",
          betrayal,
          "kind",
          kind,
          "hurtPartner",
          hurtPartner,
          "involvedPartner",
          involvedPartner,
          "cameToLight",
          cameToLight,
          "on",
          on,
          "by",
          by,
          "at",
          at);
    }
  }

  /**
   * The involved partner took responsibility for the betrayal, without deflecting or minimising.
   *
   * @param betrayal the betrayal
   * @param statement what they said, in their words (may be empty)
   * @param by the involved partner
   * @param at when
   */
  record ResponsibilityTaken(BetrayalId betrayal, String statement, PartnerId by, Instant at)
      implements BetrayalEvent {
    /** Validates the event. */
    public ResponsibilityTaken {
      Fields.require("betrayal", betrayal, "statement", statement, "by", by, "at", at);
    }
  }

  /**
   * The hurt partner said whether they feel heard. They may say it again as it changes.
   *
   * @param betrayal the betrayal
   * @param level how heard they feel
   * @param by the hurt partner
   * @param at when
   */
  record FeelingHeardRecorded(BetrayalId betrayal, HeardLevel level, PartnerId by, Instant at)
      implements BetrayalEvent {
    /** Validates the event. */
    public FeelingHeardRecorded {
      Fields.require("betrayal", betrayal, "level", level, "by", by, "at", at);
    }
  }
}
