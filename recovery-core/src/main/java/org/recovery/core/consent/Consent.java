package org.recovery.core.consent;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;

/**
 * The consent levels the two partners have declared. A partner who has declared nothing counts as
 * {@link ConsentLevel#NONE}.
 *
 * @param first the first partner
 * @param second the second partner
 * @param declared the latest level each partner declared
 */
public record Consent(PartnerId first, PartnerId second, Map<PartnerId, ConsentLevel> declared) {

  /** Validates the consent. @throws IllegalArgumentException for a level of a third person */
  public Consent {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    declared = Map.copyOf(declared);
    for (PartnerId p : declared.keySet()) {
      if (!p.equals(first) && !p.equals(second)) {
        throw new IllegalArgumentException("consent declared by " + p + ", who is not a partner");
      }
    }
  }

  /** No declarations yet. */
  public static Consent none(PartnerId first, PartnerId second) {
    return new Consent(first, second, Map.of());
  }

  /** Returns this consent with {@code partner}'s new level; takes effect at once. */
  public Consent declare(PartnerId partner, ConsentLevel level) {
    Map<PartnerId, ConsentLevel> next = new java.util.HashMap<>(declared);
    next.put(partner, level);
    return new Consent(first, second, next);
  }

  /** The level {@code partner} declared, if any. */
  public Optional<ConsentLevel> of(PartnerId partner) {
    return Optional.ofNullable(declared.get(partner));
  }

  /** The level that rules: the lower of the two partners' levels. */
  public ConsentLevel effective() {
    return ConsentLevel.lower(
        declared.getOrDefault(first, ConsentLevel.NONE),
        declared.getOrDefault(second, ConsentLevel.NONE));
  }
}
