package org.recovery.core.journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.consent.Consent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.safety.SafetyState;

/**
 * The journey's behaviour as pure functions: {@link #decide} checks a command against a state and
 * returns events or a refusal; {@link #apply} folds one event into a state; {@link #replay} folds
 * a whole history. Nothing here reads a clock, a zone or a store.
 */
public final class Journey {
  private Journey() {}

  /**
   * The first event of a new journey.
   *
   * @param id the new journey's id
   * @param first the partner who starts it
   * @param second the other partner
   * @param zone the couple's time zone
   * @param settings the per-journey settings
   * @param now when
   * @throws IllegalArgumentException if the two partners have the same id
   */
  public static JourneyStarted start(
      JourneyId id, Partner first, Partner second, ZoneId zone, Settings settings, Instant now) {
    Fields.require("id", id, "first", first, "second", second, "zone", zone,
        "settings", settings, "now", now);
    if (first.id().equals(second.id())) {
      throw new IllegalArgumentException("the two partners must have different ids");
    }
    return new JourneyStarted(id, first.id(), first.name(), second.id(), second.name(), zone,
        settings.coolingOffDays(), settings.reportGraceHours(), first.id(), now);
  }

  /** The state right after {@code started}: version 1. */
  public static JourneyState begin(JourneyStarted started) {
    Objects.requireNonNull(started, "started must not be null");
    Partner first = new Partner(started.firstPartner(), started.firstName());
    Partner second = new Partner(started.secondPartner(), started.secondName());
    return new JourneyState(started.journey(), first, second, started.zone(),
        started.settings(), started.at(), 1, java.util.Map.of(), java.util.Set.of(),
        java.util.Map.of(), List.of(), java.util.Map.of(), java.util.Map.of(),
        Consent.none(first.id(), second.id()), SafetyState.none(), List.of(), List.of(),
        List.of(), Optional.empty(), StagePosition.beginning(started.at()),
        PartnerPreferences.none());
  }

  /**
   * Folds one event into {@code state}; the result has version {@code state.version() + 1}.
   *
   * @throws IllegalStateException if the event does not fit the state (a corrupt history)
   */
  public static JourneyState apply(JourneyState state, JourneyEvent event) {
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(event, "event must not be null");
    return Evolution.apply(state, event);
  }

  /**
   * Folds a whole history.
   *
   * @param events the journey's events, oldest first; the first must be {@link JourneyStarted}
   * @throws IllegalArgumentException if the history is empty or does not start with the start
   * @throws IllegalStateException if a later event does not fit the state
   */
  public static JourneyState replay(List<? extends JourneyEvent> events) {
    if (events.isEmpty() || !(events.get(0) instanceof JourneyStarted started)) {
      throw new IllegalArgumentException("a journey's history must begin with JourneyStarted");
    }
    return Evolution.replay(begin(started), events.subList(1, events.size()));
  }

  /**
   * The refusals every command shares, model-aware or not: somebody who is not one of the two
   * partners, or a journey that has ended.
   *
   * @return the refusal, or empty when {@code actor} may act in {@code state}
   */
  public static Optional<Rejection> refuseOutsiders(JourneyState state, PartnerId actor) {
    if (!state.isPartner(actor)) {
      return Optional.of(Rejection.of(RejectionCode.NOT_A_PARTNER,
          "Only the two partners of a journey can act in it."));
    }
    if (state.hasEnded()) {
      return Optional.of(Rejection.of(RejectionCode.JOURNEY_ENDED,
          "This journey has ended; it can be read but not changed."));
    }
    return Optional.empty();
  }

  /**
   * Decides a command of {@code actor} at {@code now}. Pure: the same state, actor, command and
   * instant always give the same decision, and a refusal changes nothing.
   *
   * @return the new events, or the refusal with the rule's code and a sentence
   * @throws IllegalArgumentException for a {@link StageCommand}, which needs a recovery model
   */
  public static Decision decide(
      JourneyState state, PartnerId actor, JourneyCommand command, Instant now) {
    return decide(state, actor, command, now, InstrumentCatalogue.standard());
  }

  /**
   * Decides a command as {@link #decide(JourneyState, PartnerId, JourneyCommand, Instant)} does,
   * with {@code instruments} as the questionnaires a partner can complete.
   *
   * @throws IllegalArgumentException for a {@link StageCommand}, which needs a recovery model
   */
  public static Decision decide(JourneyState state, PartnerId actor, JourneyCommand command,
      Instant now, InstrumentCatalogue instruments) {
    Fields.require("state", state, "actor", actor, "command", command, "now", now,
        "instruments", instruments);
    Optional<Rejection> outside = refuseOutsiders(state, actor);
    if (outside.isPresent()) {
      return new Decision.Rejected(outside.get());
    }
    if (command instanceof StageCommand) {
      throw new IllegalArgumentException("stage commands need a recovery model: decide them"
          + " with org.recovery.core.progress.Progression or run them through Journeys");
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
