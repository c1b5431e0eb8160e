package org.recovery.core.simulation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;

/** What the simulation remembers of a commitment it set up: whose it is and when it is due. */
final class Tracked {
  /** How the simulation keeps it: the evening check-in, the calendar, therapy, ... */
  enum Kind {
    EVENING_CHECK_IN,
    CALENDAR,
    NO_CONTACT,
    THERAPY,
    APPRECIATION,
    DATE_NIGHT
  }

  private final Kind kind;
  private final CommitmentId id;
  private final PartnerId owner;
  private final Verification verification;
  private final Cadence proposed;
  private final TreeMap<Integer, Cadence> cadences = new TreeMap<>();

  Tracked(
      Kind kind, CommitmentId id, PartnerId owner, Verification verification, Cadence proposed) {
    this.kind = kind;
    this.id = id;
    this.owner = owner;
    this.verification = verification;
    this.proposed = proposed;
  }

  /** The cadence it was proposed with. */
  Cadence proposedCadence() {
    return proposed;
  }

  /** It is active from {@code day} on with {@code cadence} (again, after a revision). */
  void activeFrom(int day, Cadence cadence) {
    cadences.put(day, cadence);
  }

  /** Whether its owner reports it on {@code day} ({@code date}): active, due, not continuous. */
  boolean isReportedOn(int day, LocalDate date) {
    Map.Entry<Integer, Cadence> terms = cadences.floorEntry(day);
    return terms != null
        && !(terms.getValue() instanceof Cadence.Continuous)
        && !terms.getValue().occurrencesBetween(date, date).isEmpty();
  }

  /** Whether it is active on {@code day}. */
  boolean isActiveOn(int day) {
    return cadences.floorEntry(day) != null;
  }

  Kind kind() {
    return kind;
  }

  CommitmentId id() {
    return id;
  }

  PartnerId owner() {
    return owner;
  }

  boolean isPartnerConfirmed() {
    return verification == Verification.PARTNER_CONFIRMED;
  }
}
