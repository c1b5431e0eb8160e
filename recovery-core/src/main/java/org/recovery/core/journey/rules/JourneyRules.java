package org.recovery.core.journey.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.BetrayalCommand;
import org.recovery.core.journey.BoundaryCommand;
import org.recovery.core.journey.CheckInCommand;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.LifecycleCommand;
import org.recovery.core.journey.PersonalCommand;
import org.recovery.core.journey.SetbackCommand;
import org.recovery.core.journey.StageCommand;

/**
 * The journey's own rules, without a recovery model: the half of a decision that {@code
 * org.recovery.core.progress.Progression} completes with the model's rules and follow-ups. Internal
 * to the library: this package is not exported, and embedders decide through {@code Journeys} or
 * {@code Progression.decide}.
 */
public final class JourneyRules {
  private JourneyRules() {}

  /**
   * The refusals every command shares, model-aware or not: somebody who is not one of the two
   * partners, or a journey that has ended.
   *
   * @return the refusal, or empty when {@code actor} may act in {@code state}
   */
  public static Optional<Rejection> refuseOutsiders(JourneyState state, PartnerId actor) {
    if (!state.isPartner(actor)) {
      return Optional.of(
          Rejection.of(
              RejectionCode.NOT_A_PARTNER, "Only the two partners of a journey can act in it."));
    }
    if (state.hasEnded()) {
      return Optional.of(
          Rejection.of(
              RejectionCode.JOURNEY_ENDED,
              "This journey has ended; it can be read but not changed."));
    }
    return Optional.empty();
  }

  /**
   * Decides a command of {@code actor} at {@code now} by the journey's own rules. Pure: the same
   * state, actor, command and instant always give the same decision.
   *
   * @return the new events, or the refusal with the rule's code and a sentence
   * @throws IllegalArgumentException for a {@link StageCommand}, which needs a recovery model
   */
  public static Decision decide(
      JourneyState state,
      PartnerId actor,
      JourneyCommand command,
      Instant now,
      InstrumentCatalogue instruments) {
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(command, "command must not be null");
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(instruments, "instruments must not be null");
    Optional<Rejection> outside = refuseOutsiders(state, actor);
    if (outside.isPresent()) {
      return new Decision.Rejected(outside.get());
    }
    if (command instanceof StageCommand) {
      throw new IllegalArgumentException("stage commands need a recovery model");
    }
    Context ctx = new Context(state, actor, now, instruments);
    if (command instanceof LifecycleCommand c) {
      return LifecycleRules.decide(ctx, c);
    } else if (command instanceof BetrayalCommand c) {
      return BetrayalRules.decide(ctx, c);
    } else if (command instanceof CommitmentCommand c) {
      return CommitmentRules.decide(ctx, c);
    } else if (command instanceof CheckInCommand c) {
      return CheckInRules.decide(ctx, c);
    } else if (command instanceof SetbackCommand c) {
      return SetbackRules.decide(ctx, c);
    } else if (command instanceof BoundaryCommand c) {
      return BoundaryRules.decide(ctx, c);
    }
    return PersonalRules.decide(ctx, (PersonalCommand) command);
  }
}
