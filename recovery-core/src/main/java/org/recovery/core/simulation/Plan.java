package org.recovery.core.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.recovery.core.consent.ConsentLevel;

/**
 * The days on which the simulated couple's one-off steps happen, drawn once from the seed: when
 * Maya decides to try, when she feels partly and then fully heard, when each commitment and
 * boundary is agreed, when the conflict comes, and how each partner's consent changes. Every day is
 * counted from 0, the day the journey starts.
 *
 * <p>A new deception postpones what comes after it: Maya feels heard again only weeks later, and
 * her later consent steps wait about two and a half months.
 */
record Plan(
    int mayaDecides,
    int danielScreens,
    int heardPartly,
    int heardFully,
    int therapyProposed,
    DayOfWeek therapyDay,
    int dayCounters,
    int firstBoundary,
    int conflict,
    boolean conflictRaisedByMaya,
    int appreciation,
    int moneyBoundary,
    int dateNight,
    DayOfWeek dateNightDay,
    int calendarEased,
    List<Step> consent,
    List<Integer> forgiveness,
    OptionalInt deception,
    int heardAgainPartly,
    int heardAgainFully) {

  /** Days of delay for Maya's consent steps after a new deception. */
  static final int CONSENT_DELAY_AFTER_DECEPTION = 75;

  /** A change of consent level on a day, by Maya or by Daniel. */
  record Step(int day, boolean maya, ConsentLevel level) {}

  Plan {
    consent = List.copyOf(consent);
    forgiveness = List.copyOf(forgiveness);
  }

  static Plan draw(Random r, OptionalInt deception) {
    int mayaDecides = between(r, 3, 5);
    int danielScreens = between(r, 1, 2);
    int heardPartly = between(r, 18, 23);
    int heardFully = between(r, 37, 43);
    int therapyProposed = between(r, 8, 11);
    DayOfWeek therapyDay = DayOfWeek.of(between(r, 1, 5));
    int dayCounters = between(r, 10, 16);
    int firstBoundary = between(r, 17, 24);
    int conflict = between(r, 52, 66);
    boolean conflictRaisedByMaya = r.nextBoolean();
    int appreciation = between(r, 95, 105);
    int moneyBoundary = between(r, 110, 130);
    int dateNight = between(r, 195, 210);
    DayOfWeek dateNightDay = r.nextBoolean() ? DayOfWeek.FRIDAY : DayOfWeek.SATURDAY;
    int calendarEased = between(r, 260, 285);
    List<Step> consent = new ArrayList<>();
    consent.add(new Step(between(r, 5, 8), true, ConsentLevel.NONE));
    consent.add(new Step(between(r, 6, 10), false, ConsentLevel.NON_PHYSICAL_CONNECTION));
    consent.add(new Step(between(r, 45, 60), false, ConsentLevel.AFFECTIONATE_GESTURES));
    consent.add(new Step(between(r, 50, 70), true, ConsentLevel.NON_PHYSICAL_CONNECTION));
    consent.add(new Step(between(r, 140, 170), false, ConsentLevel.PHYSICAL_INTIMACY));
    int affection = between(r, 205, 232);
    consent.add(new Step(affection, true, ConsentLevel.AFFECTIONATE_GESTURES));
    int intimacy = affection + between(r, 70, 95);
    consent.add(new Step(intimacy, true, ConsentLevel.PHYSICAL_INTIMACY));
    int withdrawal = intimacy + between(r, 12, 25);
    consent.add(new Step(withdrawal, true, ConsentLevel.AFFECTIONATE_GESTURES));
    consent.add(new Step(withdrawal + between(r, 12, 21), true, ConsentLevel.PHYSICAL_INTIMACY));
    List<Integer> forgiveness =
        List.of(between(r, 120, 140), between(r, 200, 230), between(r, 320, 350));
    int heardAgainPartly = between(r, 12, 16);
    int heardAgainFully = between(r, 30, 38);
    if (deception.isPresent()) {
      consent = postponed(consent, deception.getAsInt());
    }
    return new Plan(
        mayaDecides,
        danielScreens,
        heardPartly,
        heardFully,
        therapyProposed,
        therapyDay,
        dayCounters,
        firstBoundary,
        conflict,
        conflictRaisedByMaya,
        appreciation,
        moneyBoundary,
        dateNight,
        dateNightDay,
        calendarEased,
        consent,
        forgiveness,
        deception,
        heardAgainPartly,
        heardAgainFully);
  }

  /** Whether a new deception came to light in the {@code days} days before {@code day}. */
  boolean deceptionWithin(int day, int days) {
    return deception.isPresent()
        && deception.getAsInt() <= day
        && day - deception.getAsInt() < days;
  }

  private static List<Step> postponed(List<Step> steps, int deception) {
    List<Step> out = new ArrayList<>();
    ConsentLevel held = ConsentLevel.NONE;
    for (Step s : steps) {
      if (s.day() < deception) {
        out.add(s);
        if (s.maya()) {
          held = s.level();
        }
      } else {
        out.add(s.maya() ? new Step(s.day() + CONSENT_DELAY_AFTER_DECEPTION, true, s.level()) : s);
      }
    }
    if (held.compareTo(ConsentLevel.NON_PHYSICAL_CONNECTION) > 0) {
      // She steps back at once, and returns to where she was some weeks later.
      out.add(new Step(deception, true, ConsentLevel.NON_PHYSICAL_CONNECTION));
      out.add(new Step(deception + 60, true, held));
    }
    return out;
  }

  private static int between(Random r, int from, int to) {
    return from + r.nextInt(to - from + 1);
  }
}
