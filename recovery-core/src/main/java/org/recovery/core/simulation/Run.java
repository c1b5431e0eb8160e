package org.recovery.core.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.EventStore;

/**
 * One simulation run: starts the journey at the options' start, then lives it day by day — a
 * morning at 08:00 and an evening from 19:00 in the couple's zone — and tells the listener after
 * each day.
 */
final class Run {
  private final EventStore store;
  private final Simulation.Options options;
  private final Simulation.Listener listener;
  private final RecoveryModel model;
  private Driver driver;

  Run(EventStore store, Simulation.Options options, Simulation.Listener listener) {
    this(store, options, listener, StandardModel.create());
  }

  /** A run under another model (for tests: the couple's routine assumes the standard stages). */
  Run(
      EventStore store,
      Simulation.Options options,
      Simulation.Listener listener,
      RecoveryModel model) {
    this.store = store;
    this.options = options;
    this.listener = listener;
    this.model = model;
  }

  Simulation.Result simulate() {
    SeededIds ids = new SeededIds(options.seed());
    Random random = new Random(options.seed() ^ 0x9E37_79B9_7F4A_7C15L);
    SimulatedClock clock = new SimulatedClock(options.start(), options.zone());
    Journeys journeys = Journeys.using(store, clock).withModel(model);
    JourneyId journey = ids.journey();
    Partner maya = new Partner(ids.partner(), options.hurtName());
    Partner daniel = new Partner(ids.partner(), options.involvedName());
    journeys.start(journey, maya, daniel, options.zone(), Settings.DEFAULTS);
    driver =
        new Driver(
            journeys,
            clock,
            ids,
            journey,
            options.zone(),
            LocalDate.ofInstant(options.start(), options.zone()));
    Couple couple =
        new Couple(
            driver, ids, random, Plan.draw(random, options.newDeceptionOnDay()), maya, daniel);
    Script script = new Script(couple);
    Routine routine = new Routine(couple);
    Questionnaires questionnaires = new Questionnaires(couple, options.seed());
    int total = options.totalDays();
    for (int day = 0; day < total; day++) {
      if (day > 0) {
        driver.at(day, 8, 0);
        routine.morning(day);
      }
      driver.at(day, 19, 0);
      script.on(day);
      routine.evening(day);
      questionnaires.evening(day);
      listener.dayDone(day, total);
    }
    return new Simulation.Result(
        journey, maya, daniel, clock.instant(), driver.commands(), driver.refused());
  }

  /** The first refusals of the run, for diagnosis (empty when every command was accepted). */
  List<String> refusals() {
    return driver == null ? List.of() : driver.refusals();
  }
}
