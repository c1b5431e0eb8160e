package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;

/**
 * Whether a partner's own recent entries call for crisis resources to come first in their own
 * report: a crisis they flagged lately, or check-ins that look like one although nothing was
 * flagged. Reads only the partner's own entries, and says so only to them; the other partner's
 * report never changes because of it.
 *
 * <p>The signs, over the last {@value #WINDOW_DAYS} days (product defaults — no published figure):
 * emotional safety at {@value #LOW_SAFETY} or below (of 10) on at least {@value #LOW_SAFETY_DAYS}
 * days, or at least {@value #OUTBURSTS} reactive outbursts, or a trigger on at least {@value
 * #TRIGGERED_DAYS} days.
 */
final class CrisisSigns {
  /** The days the signs look back over, today included. */
  static final int WINDOW_DAYS = 7;

  /** An emotional-safety rating at or below this counts as very low. */
  static final int LOW_SAFETY = 2;

  /** How many days of very low emotional safety count as a sign. */
  static final int LOW_SAFETY_DAYS = 3;

  /** How many reactive outbursts in the window count as a sign. */
  static final int OUTBURSTS = 10;

  /** How many days with a trigger count as a sign. */
  static final int TRIGGERED_DAYS = 5;

  private CrisisSigns() {}

  /**
   * The gentle sentence that puts crisis resources first in {@code viewer}'s report, if their own
   * entries call for it.
   *
   * @param own the state the viewer sees (their own private entries included)
   * @param flagWindowDays how long after a flagged crisis the resources come first
   */
  static Optional<String> of(
      JourneyState own, PartnerId viewer, LocalDate today, int flagWindowDays) {
    LocalDate flagFrom = today.minusDays(flagWindowDays - 1L);
    boolean flagged =
        own.crisisFlags().stream()
            .filter(c -> c.by().equals(viewer))
            .map(CrisisFlagged::day)
            .anyMatch(d -> !d.isBefore(flagFrom) && !d.isAfter(today));
    if (flagged) {
      return Optional.of(
          "You said lately that you were not safe. If you are in danger now, call"
              + " your local emergency number. The services below listen, day and night; only you"
              + " see this.");
    }
    LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
    List<CheckIn> recent =
        own.checkIns().stream()
            .filter(c -> c.partner().equals(viewer))
            .filter(c -> !c.day().isBefore(from) && !c.day().isAfter(today))
            .toList();
    long lowSafety =
        recent.stream().filter(c -> c.ratings().emotionalSafety() <= LOW_SAFETY).count();
    int outbursts = recent.stream().mapToInt(CheckIn::reactiveOutbursts).sum();
    long triggered = recent.stream().filter(CheckIn::triggered).count();
    if (lowSafety >= LOW_SAFETY_DAYS || outbursts >= OUTBURSTS || triggered >= TRIGGERED_DAYS) {
      return Optional.of(
          "Your last few days look very hard. You don't have to carry this alone:"
              + " the services below listen, day and night, whenever you want to talk. Only you see"
              + " this.");
    }
    return Optional.empty();
  }
}
