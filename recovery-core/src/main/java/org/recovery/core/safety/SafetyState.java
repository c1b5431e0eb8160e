package org.recovery.core.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.PartnerId;

/**
 * The latest screening of each partner, and the days the journey was held. A concern stands while a
 * partner's latest screening flags; a later screening without a "yes" lifts it. While any concern
 * stands the journey is held: {@link #holds()} records those days so that nothing due on them
 * counts for or against either partner.
 *
 * <p>A reader who cannot open a partner's screening (it is sealed to its author) knows only its
 * couple fact: that the partner screened, and whether it flags. Such a partner is in {@code
 * sealed}, never in {@code latest}: no answers are made up for them.
 *
 * @param latest each partner's latest answers, where this reader could open them
 * @param sealed each partner whose latest screening this reader could not open, and whether it
 *     flags a concern
 * @param holds the periods in which a concern stood, oldest first; the last is open while one
 *     stands
 */
public record SafetyState(
    Map<PartnerId, ScreeningAnswers> latest, Map<PartnerId, Boolean> sealed, List<Hold> holds) {

  /** Makes the collections unmodifiable. */
  public SafetyState {
    latest = Map.copyOf(latest);
    sealed = Map.copyOf(sealed);
    holds = List.copyOf(holds);
  }

  /** No screening yet. */
  public static SafetyState none() {
    return new SafetyState(Map.of(), Map.of(), List.of());
  }

  /**
   * Returns this state with {@code partner}'s newest answers, given on {@code day}: a hold opens on
   * the day a concern first stands and closes on the day none stands any more.
   */
  public SafetyState screened(PartnerId partner, ScreeningAnswers answers, LocalDate day) {
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Map<PartnerId, ScreeningAnswers> next = new HashMap<>(latest);
    next.put(partner, answers);
    Map<PartnerId, Boolean> nextSealed = new HashMap<>(sealed);
    nextSealed.remove(partner);
    return moveTo(new SafetyState(next, nextSealed, holds), day);
  }

  /**
   * Returns this state after a screening of {@code partner} on {@code day} that this reader cannot
   * open, knowing only whether it flags; holds open and close as for {@link #screened}.
   */
  public SafetyState screenedSealed(PartnerId partner, boolean flags, LocalDate day) {
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Map<PartnerId, ScreeningAnswers> next = new HashMap<>(latest);
    next.remove(partner);
    Map<PartnerId, Boolean> nextSealed = new HashMap<>(sealed);
    nextSealed.put(partner, flags);
    return moveTo(new SafetyState(next, nextSealed, holds), day);
  }

  private SafetyState moveTo(SafetyState after, LocalDate day) {
    boolean before = concernStands();
    if (!before && after.concernStands()) {
      List<Hold> more = new ArrayList<>(holds);
      more.add(new Hold(day, LocalDate.MAX));
      return new SafetyState(after.latest, after.sealed, more);
    }
    if (before && !after.concernStands()) {
      List<Hold> closed = new ArrayList<>(holds);
      Hold open = closed.remove(closed.size() - 1);
      closed.add(new Hold(open.from(), day.isBefore(open.from()) ? open.from() : day));
      return new SafetyState(after.latest, after.sealed, closed);
    }
    return after;
  }

  /** Whether any partner's latest screening flags a concern: the journey is then held. */
  public boolean concernStands() {
    return latest.values().stream().anyMatch(ScreeningAnswers::flags) || sealed.containsValue(true);
  }

  /** Whether {@code partner}'s own latest screening flags a concern. */
  public boolean concernStandsFor(PartnerId partner) {
    return Optional.ofNullable(latest.get(partner))
        .map(ScreeningAnswers::flags)
        .orElse(sealed.getOrDefault(partner, false));
  }

  /** Whether {@code partner} has completed a screening. */
  public boolean hasScreened(PartnerId partner) {
    return latest.containsKey(partner) || sealed.containsKey(partner);
  }

  /** The partners who have completed a screening, whether or not this reader can open it. */
  public Set<PartnerId> screened() {
    Set<PartnerId> all = new HashSet<>(latest.keySet());
    all.addAll(sealed.keySet());
    return Set.copyOf(all);
  }

  /** Whether the journey was held on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return holds.stream().anyMatch(h -> h.covers(day));
  }
}
