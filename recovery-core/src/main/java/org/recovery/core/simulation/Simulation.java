package org.recovery.core.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.spi.EventStore;

/**
 * Simulates a couple's recovery after an affair, day by day, through {@link
 * org.recovery.core.Journeys} and the standard model: realistic sample data for a demo, a test or a
 * benchmark.
 *
 * <p>Maya (the hurt partner) and Daniel (the involved partner) record the betrayal on the first
 * day, complete their safety screenings, decide to try, agree commitments, check in most days with
 * ratings that drift upward with noise, meet triggers and one conflict, agree boundaries, change
 * their consent levels over months, and move through the stages whenever Maya may agree.
 * docs/simulation.md gives the whole script.
 *
 * <p>Deterministic: the same {@link Options} give the same events with the same ids and instants,
 * whatever the machine, default zone or locale. Time comes from the simulation's own clock, which
 * starts at {@link Options#start()} and moves day by day; the system clock is never read.
 */
public final class Simulation {
  /** The average length of a month in days (365.25 / 12). */
  static final double DAYS_PER_MONTH = 30.4375;

  private Simulation() {}

  /**
   * What to simulate.
   *
   * @param seed the seed of every random choice and every id
   * @param months how many months to simulate, 1 to 36 (a month is 30.44 days)
   * @param zone the couple's time zone
   * @param start the instant the simulated journey starts
   * @param hurtName the display name of the partner who was hurt
   * @param involvedName the display name of the partner who had the affair
   * @param newDeceptionOnDay a day (from 0, within the run) on which a new deception by the
   *     involved partner comes to light, or empty for none
   */
  public record Options(
      long seed,
      int months,
      ZoneId zone,
      Instant start,
      String hurtName,
      String involvedName,
      OptionalInt newDeceptionOnDay) {

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException naming the field: months outside 1..36, a blank or too long
     *     name, the same name twice, or a deception day outside the run
     * @throws NullPointerException if a field is null
     */
    public Options {
      if (months < 1 || months > 36) {
        throw new IllegalArgumentException("months must be between 1 and 36, was " + months);
      }
      Objects.requireNonNull(zone, "zone must not be null");
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(hurtName, "hurtName must not be null");
      Objects.requireNonNull(involvedName, "involvedName must not be null");
      Objects.requireNonNull(newDeceptionOnDay, "newDeceptionOnDay must not be null");
      hurtName = name("hurtName", hurtName);
      involvedName = name("involvedName", involvedName);
      if (hurtName.equals(involvedName)) {
        throw new IllegalArgumentException(
            "hurtName and involvedName must differ, both were '" + hurtName + "'");
      }
      int days = days(months);
      if (newDeceptionOnDay.isPresent()
          && (newDeceptionOnDay.getAsInt() < 1 || newDeceptionOnDay.getAsInt() >= days)) {
        throw new IllegalArgumentException(
            "newDeceptionOnDay must be between 1 and "
                + (days - 1)
                + " for "
                + months
                + " months, was "
                + newDeceptionOnDay.getAsInt());
      }
    }

    /**
     * Options for {@code months} months from {@code start} with the defaults: the couple lives in
     * Europe/London, Maya was hurt, Daniel had the affair, and no new deception comes to light.
     *
     * @throws IllegalArgumentException if months is outside 1..36
     */
    public static Options of(long seed, int months, Instant start) {
      return new Options(
          seed, months, ZoneId.of("Europe/London"), start, "Maya", "Daniel", OptionalInt.empty());
    }

    /** These options with a new deception coming to light on {@code day} (from 0). */
    public Options withDeceptionOnDay(int day) {
      return new Options(seed, months, zone, start, hurtName, involvedName, OptionalInt.of(day));
    }

    /** These options with the couple living in {@code zone}. */
    public Options withZone(ZoneId zone) {
      return new Options(seed, months, zone, start, hurtName, involvedName, newDeceptionOnDay);
    }

    /** These options with other display names for the hurt and the involved partner. */
    public Options withNames(String hurt, String involved) {
      return new Options(seed, months, zone, start, hurt, involved, newDeceptionOnDay);
    }

    /** How many days the simulation runs: months × 30.44, rounded. */
    public int totalDays() {
      return days(months);
    }

    private static int days(int months) {
      return (int) Math.round(months * DAYS_PER_MONTH);
    }

    private static String name(String field, String name) {
      String stripped = name.strip();
      if (stripped.isEmpty() || stripped.length() > Partner.MAX_NAME_LENGTH) {
        throw new IllegalArgumentException(
            field + " must be 1 to " + Partner.MAX_NAME_LENGTH + " characters, was '" + name + "'");
      }
      return stripped;
    }
  }

  /** Told after each simulated day, for a progress bar. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Day {@code day} (from 0) of {@code totalDays} is done.
     *
     * @param day the day just simulated, from 0 to {@code totalDays - 1}, each once and in order
     * @param totalDays how many days the run has
     */
    void dayDone(int day, int totalDays);
  }

  /**
   * What a run produced.
   *
   * @param journey the simulated journey's id
   * @param hurt the partner who was hurt
   * @param involved the partner who had the affair
   * @param end the simulated clock's instant when the run ended; reports "now" should use it
   * @param commands how many commands the simulated partners issued
   * @param refused how many of them the journey refused (normally none)
   */
  public record Result(
      JourneyId journey, Partner hurt, Partner involved, Instant end, int commands, int refused) {
    /** Validates the result. */
    public Result {
      Objects.requireNonNull(journey, "journey must not be null");
      Objects.requireNonNull(hurt, "hurt must not be null");
      Objects.requireNonNull(involved, "involved must not be null");
      Objects.requireNonNull(end, "end must not be null");
    }
  }

  /**
   * Runs a simulation into {@code store}, telling {@code listener} after each day.
   *
   * @param store where the simulated journey is kept; a new journey is started in it
   * @param options what to simulate
   * @param listener told after each simulated day
   * @return the journey, its partners, the end instant and the command counts
   * @throws org.recovery.core.spi.ConcurrencyConflict if a journey with the seed's id exists in the
   *     store already
   */
  public static Result run(EventStore store, Options options, Listener listener) {
    Objects.requireNonNull(store, "store must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(listener, "listener must not be null");
    return new Run(store, options, listener).simulate();
  }

  /**
   * Runs a simulation into {@code store} without a listener. @see #run(EventStore, Options,
   * Listener)
   */
  public static Result run(EventStore store, Options options) {
    return run(store, options, (day, total) -> {});
  }
}
