package org.recovery.core.safety;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;

/**
 * The latest screening of each partner. A concern stands while a partner's latest screening
 * flags; a later screening without a "yes" lifts it.
 *
 * @param latest each partner's latest answers
 */
public record SafetyState(Map<PartnerId, ScreeningAnswers> latest) {

  /** Makes the map unmodifiable. */
  public SafetyState {
    latest = Map.copyOf(latest);
  }

  /** No screening yet. */
  public static SafetyState none() {
    return new SafetyState(Map.of());
  }

  /** Returns this state with {@code partner}'s newest answers. */
  public SafetyState screened(PartnerId partner, ScreeningAnswers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    Map<PartnerId, ScreeningAnswers> next = new java.util.HashMap<>(latest);
    next.put(partner, answers);
    return new SafetyState(next);
  }

  /** Whether any partner's latest screening flags a concern. */
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
}
