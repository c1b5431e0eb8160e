package org.recovery.core.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.progress.Gate;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;

/**
 * Runs the simulated partners' commands through {@link Journeys} on the simulated clock, and counts
 * them and their refusals.
 */
final class Driver {
  private static final int KEPT_REFUSALS = 20;

  private final Journeys journeys;
  private final SimulatedClock clock;
  private final SeededIds ids;
  private final JourneyId journey;
  private final ZoneId zone;
  private final LocalDate firstDay;
  private final List<String> refusals = new ArrayList<>();
  private int commands;
  private int refused;
  private StageId stage;
  private LocalDate stageSince;

  Driver(
      Journeys journeys,
      SimulatedClock clock,
      SeededIds ids,
      JourneyId journey,
      ZoneId zone,
      LocalDate firstDay) {
    this.journeys = journeys;
    this.clock = clock;
    this.ids = ids;
    this.journey = journey;
    this.zone = zone;
    this.firstDay = firstDay;
    this.stage = journeys.model().first().id();
    this.stageSince = firstDay;
  }

  /** The model the journey follows. */
  RecoveryModel model() {
    return journeys.model();
  }

  /** The calendar date of simulated day {@code day} (from 0). */
  LocalDate date(int day) {
    return firstDay.plusDays(day);
  }

  /** Moves the clock to {@code hour}:{@code minute} of day {@code day}, in the couple's zone. */
  void at(int day, int hour, int minute) {
    clock.moveTo(date(day).atTime(hour, minute).atZone(zone).toInstant());
  }

  /**
   * {@code actor} runs {@code command} a minute after the last action.
   *
   * @return whether the journey accepted it
   */
  boolean act(PartnerId actor, JourneyCommand command) {
    clock.tick();
    commands++;
    Decision decision = journeys.execute(journey, actor, command, ids.command());
    for (JourneyEvent e : decision.events()) {
      if (e instanceof StageAdvanced a) {
        enter(a.to(), a.at());
      } else if (e instanceof StageMovedBack b) {
        enter(b.to(), b.at());
      }
    }
    if (!decision.isAccepted()) {
      refused++;
      if (refusals.size() < KEPT_REFUSALS) {
        refusals.add(
            "day "
                + ChronoUnit.DAYS.between(firstDay, clock.instant().atZone(zone).toLocalDate())
                + " "
                + command.getClass().getSimpleName()
                + ": "
                + decision.rejection().orElseThrow());
      }
    }
    return decision.isAccepted();
  }

  private void enter(StageId next, Instant at) {
    stage = next;
    stageSince = at.atZone(zone).toLocalDate();
  }

  /**
   * Whether the couple has spent the current stage's minimum days in it by now: before then no
   * report can let the hurt partner agree to move on, so nobody needs to look (reports are the
   * slowest thing to ask for). False in the last stage.
   */
  boolean hasDwelt() {
    if (journeys.model().next(stage).isEmpty()) {
      return false;
    }
    long days = ChronoUnit.DAYS.between(stageSince, clock.instant().atZone(zone).toLocalDate());
    return journeys.model().stage(stage).map(Stage::gates).orElse(List.of()).stream()
        .filter(g -> g instanceof Gate.MinimumDaysInStage)
        .allMatch(g -> days >= ((Gate.MinimumDaysInStage) g).days());
  }

  /** {@code viewer}'s progress report now. */
  ProgressReport report(PartnerId viewer) {
    return journeys
        .report(journey, viewer)
        .orElseThrow(
            () -> new IllegalStateException("the simulated journey " + journey + " is gone"));
  }

  int commands() {
    return commands;
  }

  int refused() {
    return refused;
  }

  /** The first refusals, with their day and reason, for diagnosing a simulation that misbehaves. */
  List<String> refusals() {
    return List.copyOf(refusals);
  }
}
