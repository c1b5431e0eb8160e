package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import java.util.Optional;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.LifecycleCommand;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.journey.LifecycleCommand.FollowModel;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.LifecycleEvent.ModelFollowed;

/** Rules for the journey as a whole. Either partner may pause, resume or end it. */
final class LifecycleRules {
  private LifecycleRules() {}

  static Decision decide(Context ctx, LifecycleCommand command) {
    JourneyState s = ctx.state();
    if (command instanceof DecideToTry) {
      if (s.decidedToTry().contains(ctx.actor())) {
        return reject(
            RejectionCode.ALREADY_RECORDED, "You have already recorded your decision to try.");
      }
      return accept(new DecidedToTry(ctx.actor(), ctx.now()));
    }
    if (command instanceof PauseJourney c) {
      if (s.isPaused()) {
        return reject(
            RejectionCode.JOURNEY_PAUSE_STATE,
            "The journey is already paused, or a pause is scheduled.");
      }
      Decision early = ctx.checkTodayOrLater("A pause", c.from());
      return early != null ? early : accept(new JourneyPaused(c.from(), ctx.actor(), ctx.now()));
    }
    if (command instanceof ResumeJourney) {
      if (!s.isPaused()) {
        return reject(RejectionCode.JOURNEY_PAUSE_STATE, "The journey is not paused.");
      }
      return accept(new JourneyResumed(ctx.today(), ctx.actor(), ctx.now()));
    }
    if (command instanceof FollowModel c) {
      if (s.model().equals(Optional.of(c.model()))) {
        return reject(
            RejectionCode.ALREADY_RECORDED, "The journey already follows " + c.model() + ".");
      }
      return accept(new ModelFollowed(c.model().id(), c.model().version(), ctx.actor(), ctx.now()));
    }
    EndJourney c = (EndJourney) command;
    return accept(new JourneyEnded(c.outcome(), ctx.actor(), ctx.now()));
  }
}
