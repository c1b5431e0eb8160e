package org.recovery.core.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Settings;
import org.recovery.core.journey.StageCommand;
import org.recovery.core.journey.rules.JourneyRules;
import org.recovery.core.progress.Progression;
import org.recovery.core.testing.RandomJourneys.Step;

/**
 * A random journey as it ran: every step's decision with the state before and after it, and the
 * history of events it left.
 *
 * @param initial the state right after the start
 * @param turns one per step, in order
 * @param history every event, oldest first, beginning with {@link JourneyStarted}
 */
public record JourneyRun(JourneyState initial, List<Turn> turns, List<JourneyEvent> history) {

  /** Copies the lists. */
  public JourneyRun {
    turns = List.copyOf(turns);
    history = List.copyOf(history);
  }

  /**
   * One step as it ran.
   *
   * @param step the step
   * @param at when its command was decided
   * @param before the state it was decided on, the fold of the history's first {@code eventsBefore}
   *     events
   * @param decision the decision
   * @param after the state after applying the decision's events one by one
   * @param eventsBefore how many events the history held before the step
   */
  public record Turn(
      Step step,
      Instant at,
      JourneyState before,
      Decision decision,
      JourneyState after,
      int eventsBefore) {}

  /**
   * Starts a journey at {@link RandomJourneys#START} between {@link RandomJourneys#FIRST} and
   * {@link RandomJourneys#SECOND} in {@code zone} with the default settings, then decides each
   * step's command at the start plus the sum of the advances so far and applies the events of each
   * accepted one with {@link Journey#apply}, event by event.
   *
   * <p>Commands are decided with {@link Journey#decide}, except the recovery model's stage
   * commands, which need the model and the history: those are decided with {@link
   * Progression#decide} and {@link RandomJourneys#MODEL}. The model's follow-up stage movements
   * (moving back after a severe setback past the fallback stage, or when consent falls below a
   * stage's need) are therefore not recorded; random journeys are too short to reach the stages
   * where they apply.
   */
  public static JourneyRun of(List<Step> steps, ZoneId zone) {
    return of(steps, zone, RandomJourneys.JOURNEY);
  }

  /** Like {@link #of(List, ZoneId)}, for a journey with the id {@code journey}. */
  public static JourneyRun of(List<Step> steps, ZoneId zone, JourneyId journey) {
    Instant now = RandomJourneys.START;
    JourneyStarted started =
        Journey.start(
            journey,
            RandomJourneys.first(),
            RandomJourneys.second(),
            zone,
            Settings.DEFAULTS,
            RandomJourneys.MODEL.ref(),
            now);
    List<JourneyEvent> history = new ArrayList<>(List.of(started));
    JourneyState initial = Journey.begin(started);
    JourneyState state = initial;
    List<Turn> turns = new ArrayList<>(steps.size());
    for (Step step : steps) {
      now = now.plus(step.advance());
      JourneyState before = state;
      int eventsBefore = history.size();
      Decision decision =
          step.command() instanceof StageCommand
              ? Progression.decide(
                  RandomJourneys.MODEL,
                  JourneyHistory.of(history),
                  step.actor(),
                  step.command(),
                  now)
              : JourneyRules.decide(
                  before, step.actor(), step.command(), now, InstrumentCatalogue.standard());
      for (JourneyEvent e : decision.events()) {
        history.add(e);
        state = Journey.apply(state, e);
      }
      turns.add(new Turn(step, now, before, decision, state, eventsBefore));
    }
    return new JourneyRun(initial, turns, history);
  }

  /** The state after the last step. */
  public JourneyState state() {
    return turns.isEmpty() ? initial : turns.get(turns.size() - 1).after();
  }

  /** The share of steps whose command was accepted, 0 when there were none. */
  public double acceptedShare() {
    long accepted = turns.stream().filter(t -> t.decision().isAccepted()).count();
    return turns.isEmpty() ? 0 : (double) accepted / turns.size();
  }
}
