package org.recovery.core.journey;

import java.time.LocalDate;
import java.util.Optional;
import org.recovery.core.common.PartnerId;

/**
 * A betrayal as recorded, with where its acknowledgment stands. The roles belong to the betrayal,
 * not the person: a couple can have betrayals in both directions.
 *
 * @param id the betrayal's id
 * @param kind what kind of betrayal
 * @param hurtPartner the partner who was betrayed
 * @param involvedPartner the partner who betrayed
 * @param cameToLight discovered or disclosed
 * @param on the day it came to light
 * @param responsibilityTakenOn the day the involved partner took responsibility, once they have
 * @param heard whether the hurt partner feels heard, once they have said
 */
public record Betrayal(
    BetrayalId id,
    BetrayalKind kind,
    PartnerId hurtPartner,
    PartnerId involvedPartner,
    Discovery cameToLight,
    LocalDate on,
    Optional<LocalDate> responsibilityTakenOn,
    Optional<HeardLevel> heard) {

  /** Validates the betrayal. @throws IllegalArgumentException if one partner holds both roles */
  public Betrayal {
    Fields.require(
        "id",
        id,
        "kind",
        kind,
        "hurtPartner",
        hurtPartner,
        "involvedPartner",
        involvedPartner,
        "cameToLight",
        cameToLight,
        "on",
        on,
        "responsibilityTakenOn",
        responsibilityTakenOn,
        "heard",
        heard);
    if (hurtPartner.equals(involvedPartner)) {
      throw new IllegalArgumentException("hurt and involved partner must differ");
    }
  }

  /** Returns this betrayal with responsibility taken on {@code day}. */
  public Betrayal withResponsibilityTaken(LocalDate day) {
    return new Betrayal(
        id, kind, hurtPartner, involvedPartner, cameToLight, on, Optional.of(day), heard);
  }

  /** Returns this betrayal with the hurt partner's latest answer about feeling heard. */
  public Betrayal withHeard(HeardLevel level) {
    return new Betrayal(
        id,
        kind,
        hurtPartner,
        involvedPartner,
        cameToLight,
        on,
        responsibilityTakenOn,
        Optional.of(level));
  }

  /** Whether the involved partner has taken responsibility. */
  public boolean isAcknowledged() {
    return responsibilityTakenOn.isPresent();
  }
}
