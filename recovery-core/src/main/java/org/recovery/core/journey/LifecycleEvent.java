package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * Events of the journey as a whole: started, a decision to try, paused, resumed, moved to another
 * version of its model, ended.
 */
public sealed interface LifecycleEvent extends JourneyEvent {

  /**
   * The journey started. Always the first event.
   *
   * @param journey the journey's id
   * @param firstPartner the partner who started it
   * @param firstName their display name
   * @param secondPartner the other partner
   * @param secondName their display name
   * @param zone the couple's time zone: it decides where every day begins and ends
   * @param coolingOffDays see {@link Settings#coolingOffDays()}
   * @param reportGraceHours see {@link Settings#reportGraceHours()}
   * @param modelId the id of the recovery model the journey follows; empty for a journey started
   *     before the model was recorded
   * @param modelVersion that model's version; 0 when {@code modelId} is empty
   * @param by the partner who started it (the first partner)
   * @param at when
   */
  record JourneyStarted(
      JourneyId journey,
      PartnerId firstPartner,
      String firstName,
      PartnerId secondPartner,
      String secondName,
      ZoneId zone,
      int coolingOffDays,
      int reportGraceHours,
      String modelId,
      int modelVersion,
      PartnerId by,
      Instant at)
      implements LifecycleEvent {
    /** Validates the event. */
    public JourneyStarted {
      Fields.require(
          "journey",
          journey,
          "firstPartner",
          firstPartner,
          "firstName",
          firstName,
          "secondPartner",
          secondPartner,
          "secondName",
          secondName,
          "zone",
          zone,
          "modelId",
          modelId,
          "by",
          by,
          "at",
          at);
      if (!modelId.isEmpty()) {
        new ModelRef(modelId, modelVersion);
      } else if (modelVersion != 0) {
        throw new IllegalArgumentException("a model version needs a model id");
      }
    }

    /** The model the journey started with; empty if it started before models were recorded. */
    public Optional<ModelRef> model() {
      return modelId.isEmpty()
          ? Optional.empty()
          : Optional.of(new ModelRef(modelId, modelVersion));
    }

    /** The settings fixed at the start. */
    public Settings settings() {
      return new Settings(coolingOffDays, reportGraceHours);
    }
  }

  /**
   * A partner decided to work on the relationship.
   *
   * @param by the partner
   * @param at when
   */
  record DecidedToTry(PartnerId by, Instant at) implements LifecycleEvent {
    /** Validates the event. */
    public DecidedToTry {
      Fields.require("by", by, "at", at);
    }
  }

  /**
   * The journey was paused: every commitment is excused from {@code from} until it resumes.
   *
   * @param from the first paused day
   * @param by who paused it
   * @param at when
   */
  record JourneyPaused(LocalDate from, PartnerId by, Instant at) implements LifecycleEvent {
    /** Validates the event. */
    public JourneyPaused {
      Fields.require("from", from, "by", by, "at", at);
    }
  }

  /**
   * The journey resumed: commitments fall due again from {@code on}.
   *
   * @param on the first day that is no longer paused
   * @param by who resumed it
   * @param at when
   */
  record JourneyResumed(LocalDate on, PartnerId by, Instant at) implements LifecycleEvent {
    /** Validates the event. */
    public JourneyResumed {
      Fields.require("on", on, "by", by, "at", at);
    }
  }

  /**
   * The journey ended. Nothing can be recorded after this.
   *
   * @param outcome how it ended
   * @param by who ended it
   * @param at when
   */
  record JourneyEnded(JourneyOutcome outcome, PartnerId by, Instant at) implements LifecycleEvent {
    /** Validates the event. */
    public JourneyEnded {
      Fields.require("outcome", outcome, "by", by, "at", at);
    }
  }

  /**
   * The journey follows another recovery model, or another version of its model, from now on.
   *
   * @param modelId the model's id
   * @param modelVersion its version
   * @param by the partner who moved it
   * @param at when
   */
  record ModelFollowed(String modelId, int modelVersion, PartnerId by, Instant at)
      implements LifecycleEvent {
    /** Validates the event. */
    public ModelFollowed {
      Fields.require("modelId", modelId, "by", by, "at", at);
      new ModelRef(modelId, modelVersion);
    }

    /** The model followed from now on. */
    public ModelRef model() {
      return new ModelRef(modelId, modelVersion);
    }
  }
}
