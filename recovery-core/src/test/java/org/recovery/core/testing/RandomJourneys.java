package org.recovery.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.Partner;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;

/**
 * Random journeys for property tests, codec tests and benchmarks: sequences of {@link Step}s (who
 * acts, how much later, which command) covering every {@link JourneyCommand} record type, and a
 * helper that runs them through {@code Journey.decide} (stage commands, which need a recovery
 * model, through {@code Progression.decide}) and {@code Journey.apply}.
 *
 * <p>Ids come from a small pool fixed per sequence, and commands mostly refer to what an earlier
 * step created; a command that needs a particular partner (accepting, agreeing, confirming, taking
 * responsibility) is mostly given by that partner, and one that needs something further along than
 * anything is yet (a report before any commitment is active) moves something along instead. About
 * half of all commands are accepted; the rest are refused for every kind of reason: a stranger
 * acting, unknown ids, the wrong partner, dates out of range, a flagged screening. Dates lie around
 * the step's day. The same steps always run the same way.
 *
 * <p>Every journey starts at {@link #START} between two partners with fixed ids, {@link #FIRST}
 * (Sam) and {@link #SECOND} (Alex), with the default settings; {@link #STRANGER} acts now and then.
 */
public final class RandomJourneys {
  /** The partner who starts every random journey (Sam, as in {@link TestJourney}). */
  public static final PartnerId FIRST = new PartnerId(new UUID(1, 1));

  /** The other partner (Alex). */
  public static final PartnerId SECOND = new PartnerId(new UUID(2, 2));

  /** Somebody who is not a partner of the journey. */
  public static final PartnerId STRANGER = new PartnerId(new UUID(3, 3));

  /** The id of a random journey, unless the run names another. */
  public static final JourneyId JOURNEY = new JourneyId(new UUID(9, 9));

  /** When every random journey starts: a few days before DST changes in both hemispheres. */
  public static final Instant START = Instant.parse("2026-03-25T07:00:00Z");

  /** The couples' zones: DST north and south, half-hour and 45-minute offsets, no DST. */
  public static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Asia/Kathmandu"));

  /** The recovery model the random journeys are decided with: the standard one. */
  public static final RecoveryModel MODEL = StandardModel.create();

  /** The default longest sequence. */
  public static final int MAX_STEPS = 60;

  private RandomJourneys() {}

  /**
   * One step of a random journey.
   *
   * @param actor who gives the command
   * @param advance how long after the previous step (or the start) it is given
   * @param command the command
   */
  public record Step(PartnerId actor, Duration advance, JourneyCommand command) {
    /** Validates the step. */
    public Step {
      Objects.requireNonNull(actor, "actor must not be null");
      Objects.requireNonNull(advance, "advance must not be null");
      Objects.requireNonNull(command, "command must not be null");
      if (advance.isNegative()) {
        throw new IllegalArgumentException("advance must not be negative, was " + advance);
      }
    }

    @Override
    public String toString() {
      String who = actor.equals(FIRST) ? "first" : actor.equals(SECOND) ? "second" : "stranger";
      return "+" + advance + " " + who + ": " + command;
    }
  }

  /** Sequences of up to {@link #MAX_STEPS} steps. */
  public static Arbitrary<List<Step>> steps() {
    return steps(MAX_STEPS);
  }

  /**
   * Sequences of up to {@code maxSteps} steps, their lengths spread evenly. Without edge cases:
   * they would repeat the first command of each kind instead of telling a story.
   */
  public static Arbitrary<List<Step>> steps(int maxSteps) {
    Arbitrary<Planned> planned =
        Combinators.combine(actors(), advances(), CommandPlans.any())
            .as(Planned::new)
            .withoutEdgeCases();
    return Combinators.combine(
            Arbitraries.longs(),
            planned.list().ofMaxSize(maxSteps).withSizeDistribution(RandomDistribution.uniform()))
        .as(RandomJourneys::materialise)
        .withoutEdgeCases();
  }

  /** One of {@link #ZONES}. */
  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /** Runs {@code steps} in a new journey in {@code zone}; see {@link JourneyRun#of}. */
  public static JourneyRun run(List<Step> steps, ZoneId zone) {
    return JourneyRun.of(steps, zone);
  }

  /**
   * Runs {@code steps} in a new journey with the id {@code journey}, for stores that hold several
   * random journeys.
   */
  public static JourneyRun run(List<Step> steps, ZoneId zone, JourneyId journey) {
    return JourneyRun.of(steps, zone, journey);
  }

  /** The history that {@code steps} leave in a new journey in {@code zone}, oldest first. */
  public static List<JourneyEvent> history(List<Step> steps, ZoneId zone) {
    return run(steps, zone).history();
  }

  /** Sam, the first partner. */
  static Partner first() {
    return new Partner(FIRST, "Sam");
  }

  /** Alex, the second partner. */
  static Partner second() {
    return new Partner(SECOND, "Alex");
  }

  private static Arbitrary<PartnerId> actors() {
    return Arbitraries.frequency(Tuple.of(11, FIRST), Tuple.of(11, SECOND), Tuple.of(2, STRANGER));
  }

  /** Up to three days, in minutes, hours or whole days; mostly within the same day. */
  private static Arbitrary<Duration> advances() {
    Arbitrary<ChronoUnit> units =
        Arbitraries.frequency(
            Tuple.of(4, ChronoUnit.MINUTES),
            Tuple.of(4, ChronoUnit.HOURS),
            Tuple.of(1, ChronoUnit.DAYS));
    return Combinators.combine(
            units,
            Arbitraries.integers().between(0, 120),
            Arbitraries.integers().between(1, 24),
            Arbitraries.integers().between(1, 3))
        .as(
            (unit, minutes, hours, days) ->
                switch (unit) {
                  case MINUTES -> Duration.ofMinutes(minutes);
                  case HOURS -> Duration.ofHours(hours);
                  default -> Duration.ofDays(days);
                });
  }

  /**
   * Turns plans into commands, giving each its journey's ids and the day it happens on. The day is
   * taken in UTC: in the couple's zone it may be a day earlier or later, which the spread of
   * generated dates covers.
   */
  private static List<Step> materialise(long salt, List<Planned> planned) {
    Scene scene = new Scene(salt);
    List<Step> steps = new ArrayList<>(planned.size());
    Instant now = START;
    for (int i = 0; i < planned.size(); i++) {
      Planned p = planned.get(i);
      now = now.plus(p.advance());
      scene.index = i;
      scene.actor = p.actor();
      scene.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      Plan.Act act = p.plan().make(scene);
      steps.add(new Step(act.actor(), p.advance(), act.command()));
    }
    return List.copyOf(steps);
  }

  private record Planned(PartnerId actor, Duration advance, Plan plan) {}
}
