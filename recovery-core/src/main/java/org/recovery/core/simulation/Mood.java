package org.recovery.core.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.recovery.core.checkin.Ratings;

/**
 * One simulated partner's inner weather: four ratings that climb from where they start towards
 * where they level off, with a mood that carries over from day to day, daily noise, and dips after
 * a hard event that fade away. Also how likely they are, on a day, to share something vulnerable,
 * to be triggered and to flare up.
 *
 * <p>A rating on day t is {@code start + (end − start)·(1 − e^(−t/τ)) + mood(t) + noise − dips},
 * rounded and kept in 0–10, where {@code mood(t) = 0.6·mood(t−1) + N(0, σ)} and each dip is {@code
 * size·e^(−(t − day)/fade)} from its day on. {@link StrictMath} keeps the numbers the same on every
 * platform.
 */
final class Mood {
  /** Where a rating starts, where it levels off, and how many days it takes (τ). */
  record Curve(double start, double end, double tau) {
    double at(int day) {
      return start + (end - start) * (1 - StrictMath.exp(-day / tau));
    }
  }

  /** A chance that moves from {@code from} towards {@code to} with time constant {@code tau}. */
  record Chance(double from, double to, double tau) {
    double at(int day) {
      return to + (from - to) * StrictMath.exp(-day / tau);
    }
  }

  private record Dip(int day, double size, double fade) {
    double at(int t) {
      return t < day ? 0 : size * StrictMath.exp(-(t - day) / fade);
    }
  }

  private final Random random;
  private final Curve safety;
  private final Curve trust;
  private final Curve closeness;
  private final Curve hope;
  private final double moodSigma;
  private final Chance vulnerable;
  private final Chance triggered;
  private final Chance outbursts;
  private final List<Dip> dips = new ArrayList<>();
  private double mood;

  Mood(
      Random random,
      Curve safety,
      Curve trust,
      Curve closeness,
      Curve hope,
      double moodSigma,
      Chance vulnerable,
      Chance triggered,
      Chance outbursts) {
    this.random = random;
    this.safety = safety;
    this.trust = trust;
    this.closeness = closeness;
    this.hope = hope;
    this.moodSigma = moodSigma;
    this.vulnerable = vulnerable;
    this.triggered = triggered;
    this.outbursts = outbursts;
  }

  /** The hurt partner: starts low (safety about 3, trust about 2), about 8 and 7 after a year. */
  static Mood hurt(Random random) {
    return new Mood(
        random,
        new Curve(3.0, 8.4, 115),
        new Curve(2.0, 7.4, 140),
        new Curve(2.5, 7.8, 150),
        new Curve(4.0, 8.3, 110),
        0.7,
        new Chance(0.15, 0.65, 150),
        new Chance(0.6, 0.06, 110),
        new Chance(0.5, 0.03, 55));
  }

  /** The involved partner: steadier, ashamed and anxious at first rather than shattered. */
  static Mood involved(Random random) {
    return new Mood(
        random,
        new Curve(5.0, 8.2, 90),
        new Curve(6.0, 8.3, 100),
        new Curve(4.0, 8.0, 140),
        new Curve(5.0, 8.6, 100),
        0.5,
        new Chance(0.2, 0.65, 130),
        new Chance(0.1, 0.02, 90),
        new Chance(0.2, 0.02, 55));
  }

  /**
   * A hard event on {@code day}: ratings drop by {@code size}, fading over about {@code fade} days.
   */
  void dip(int day, double size, double fade) {
    dips.add(new Dip(day, size, fade));
  }

  /** Moves the carried-over mood on by one day; call once a day, before reading the day. */
  void nextDay() {
    mood = 0.6 * mood + random.nextGaussian() * moodSigma;
  }

  /** The ratings the partner gives on {@code day}. */
  Ratings ratings(int day) {
    double down = shock(day);
    return new Ratings(
        rate(safety, day, down),
        rate(trust, day, down * 1.1),
        rate(closeness, day, down * 0.8),
        rate(hope, day, down * 0.7));
  }

  /**
   * How satisfied with the relationship they are on {@code day}, from 0 to 1: the mean of the
   * trust, closeness and hope curves with today's mood and dips, without drawing a random number
   * (so asking changes nothing else in the run).
   */
  double satisfaction(int day) {
    double down = shock(day);
    double mean =
        (trust.at(day) - down * 1.1 + closeness.at(day) - down * 0.8 + hope.at(day) - down * 0.7)
                / 3
            + mood;
    return Math.max(0, Math.min(1, mean / Ratings.MAX));
  }

  /** Whether they share something vulnerable in their check-in on {@code day}. */
  boolean sharesSomethingVulnerable(int day) {
    return random.nextDouble() < vulnerable.at(day) * (shock(day) > 1.5 ? 0.5 : 1);
  }

  /** Whether something triggered them on {@code day}. */
  boolean isTriggered(int day) {
    return random.nextDouble() < Math.min(0.9, triggered.at(day) + shock(day) * 0.12);
  }

  /** How many reactive outbursts they had on {@code day}: 0, 1 now and then, rarely 2. */
  int outbursts(int day) {
    double chance = Math.min(0.8, outbursts.at(day) + shock(day) * 0.1);
    int n = 0;
    while (n < 2 && random.nextDouble() < chance) {
      n++;
      chance /= 3;
    }
    return n;
  }

  private double shock(int day) {
    double sum = 0;
    for (Dip d : dips) {
      sum += d.at(day);
    }
    return sum;
  }

  private int rate(Curve curve, int day, double down) {
    double value = curve.at(day) + mood + random.nextGaussian() * 0.45 - down;
    return (int) Math.max(Ratings.MIN, Math.min(Ratings.MAX, Math.round(value)));
  }
}
