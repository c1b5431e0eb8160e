package org.recovery.core.journey;

import java.time.LocalDate;

/** Commands about the journey as a whole. */
public sealed interface LifecycleCommand extends JourneyCommand {

  /** Record the acting partner's decision to work on the relationship. */
  record DecideToTry() implements LifecycleCommand {}

  /** Pause the journey from {@code from} (today or later): every commitment is excused. */
  record PauseJourney(LocalDate from) implements LifecycleCommand {
    /** Validates the command. */
    public PauseJourney {
      Fields.require("from", from);
    }
  }

  /** Resume a paused journey from today. */
  record ResumeJourney() implements LifecycleCommand {}

  /** End the journey with an outcome. Nothing can be recorded afterwards. */
  record EndJourney(JourneyOutcome outcome) implements LifecycleCommand {
    /** Validates the command. */
    public EndJourney {
      Fields.require("outcome", outcome);
    }
  }

  /**
   * Follow another recovery model, or another version of the model, from now on: a journey keeps
   * the version it started with until a partner moves it on purpose. The journey's stage must exist
   * in the model it moves to.
   */
  record FollowModel(ModelRef model) implements LifecycleCommand {
    /** Validates the command. */
    public FollowModel {
      Fields.require("model", model);
    }
  }
}
