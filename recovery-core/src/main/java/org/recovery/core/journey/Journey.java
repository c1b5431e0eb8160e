package org.recovery.core.journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.consent.Consent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.safety.SafetyState;

/**
 * How a journey's state follows from its events, as pure functions: {@link #start} makes the first
 * event, {@link #apply} folds one event into a state and {@link #replay} folds a whole history.
 * Deciding a command needs the recovery model too: see {@code Journeys}, or {@code
 * org.recovery.core.progress.Progression#decide} with a {@link JourneyHistory}. Nothing here reads
 * a clock, a zone or a store.
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
   * @param model the recovery model (id and version) the journey follows
   * @param now when
   * @throws IllegalArgumentException if the two partners have the same id
   */
  public static JourneyStarted start(
      JourneyId id,
      Partner first,
      Partner second,
      ZoneId zone,
      Settings settings,
      ModelRef model,
      Instant now) {
    Fields.require(
        "id",
        id,
        "first",
        first,
        "second",
        second,
        "zone",
        zone,
        "settings",
        settings,
        "model",
        model,
        "now",
        now);
    if (first.id().equals(second.id())) {
      throw new IllegalArgumentException("the two partners must have different ids");
    }
    return new JourneyStarted(
        id,
        first.id(),
        first.name(),
        second.id(),
        second.name(),
        zone,
        settings.coolingOffDays(),
        settings.reportGraceHours(),
        model.id(),
        model.version(),
        first.id(),
        now);
  }

  /** The state right after {@code started}: version 1. */
  public static JourneyState begin(JourneyStarted started) {
    Objects.requireNonNull(started, "started must not be null");
    Partner first = new Partner(started.firstPartner(), started.firstName());
    Partner second = new Partner(started.secondPartner(), started.secondName());
    return new JourneyState(
        started.journey(),
        first,
        second,
        started.zone(),
        started.settings(),
        started.at(),
        1,
        java.util.Map.of(),
        java.util.Set.of(),
        java.util.Map.of(),
        List.of(),
        java.util.Map.of(),
        java.util.Map.of(),
        Consent.none(first.id(), second.id()),
        SafetyState.none(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        StagePosition.beginning(started.at()),
        PartnerPreferences.none(),
        started.model());
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
}
