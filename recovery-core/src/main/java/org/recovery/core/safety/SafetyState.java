package org.recovery.core.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;

/**
 * The latest screening of each partner, and the days the journey was held. A concern stands while
 * a partner's latest screening flags; a later screening without a "yes" lifts it. While any
 * concern stands the journey is held: {@link #holds()} records those days so that nothing due on
 * them counts for or against either partner.
 *
 * @param latest each partner's latest answers
 * @param holds the periods in which a concern stood, oldest first; the last is open while one
 *     stands
 */
public record SafetyState(Map<PartnerId, ScreeningAnswers> latest, List<Hold> holds) {

  /** Makes the collections unmodifiable. */
  public SafetyState {
    latest = Map.copyOf(latest);
    holds = List.copyOf(holds);
  }

  /** No screening yet. */
  public static SafetyState none() {
    return new SafetyState(Map.of(), List.of());
  }

  /**
   * Returns this state with {@code partner}'s newest answers, given on {@code day}: a hold opens
   * on the day a concern first stands and closes on the day none stands any more.
   */
  public SafetyState screened(PartnerId partner, ScreeningAnswers answers, LocalDate day) {
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Map<PartnerId, ScreeningAnswers> next = new HashMap<>(latest);
    next.put(partner, answers);
    SafetyState after = new SafetyState(next, holds);
    boolean before = concernStands();
    if (!before && after.concernStands()) {
      List<Hold> more = new ArrayList<>(holds);
      more.add(new Hold(day, LocalDate.MAX));
      return new SafetyState(next, more);
    }
    if (before && !after.concernStands()) {
      List<Hold> closed = new ArrayList<>(holds);
      Hold open = closed.remove(closed.size() - 1);
      closed.add(new Hold(open.from(), day.isBefore(open.from()) ? open.from() : day));
      return new SafetyState(next, closed);
    }
    return after;
  }

  /** Whether any partner's latest screening flags a concern: the journey is then held. */
  public boolean concernStands() {
    return latest.values().stream().anyMatch(ScreeningAnswers::flags);
  }

  /** Whether {@code partner}'s own latest screening flags a concern. */
  public boolean concernStandsFor(PartnerId partner) {
    return Optional.ofNullable(latest.get(partner)).map(ScreeningAnswers::flags).orElse(false);
  }

  /** Whether {@code partner} has completed a screening. */
  public boolean hasScreened(PartnerId partner) {
    return latest.containsKey(partner);
  }

  /** Whether the journey was held on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return holds.stream().anyMatch(h -> h.covers(day));
  }
}
