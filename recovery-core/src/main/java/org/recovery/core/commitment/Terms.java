package org.recovery.core.commitment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a commitment asks from a given day on: how often, and how a kept occurrence is verified.
 *
 * @param effectiveFrom the first day these terms apply, in the couple's time zone
 * @param cadence how often the commitment falls due
 * @param verification how a kept occurrence comes to count
 */
public record Terms(LocalDate effectiveFrom, Cadence cadence, Verification verification) {

  /** Validates the terms. @throws NullPointerException if any component is null */
  public Terms {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
    Objects.requireNonNull(cadence, "cadence must not be null");
    Objects.requireNonNull(verification, "verification must not be null");
  }

  /**
   * Whether these terms ask less of the owner than {@code other}: a lower cadence or verification.
   */
  public boolean isEasierThan(Terms other) {
    return cadence.isEasierThan(other.cadence) || verification.isEasierThan(other.verification);
  }
}
