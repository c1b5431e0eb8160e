package org.recovery.core.setback;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recovery.core.common.PartnerId;

/**
 * A setback as recorded, with the repair steps taken since.
 *
 * @param id the setback's id
 * @param kind what happened
 * @param severity how much it shook the relationship
 * @param day the day it happened, in the couple's time zone
 * @param recordedBy who recorded it
 * @param repairs the repair steps taken so far
 */
public record Setback(
    SetbackId id,
    SetbackKind kind,
    Severity severity,
    LocalDate day,
    PartnerId recordedBy,
    Set<RepairStep> repairs) {

  /** Validates the setback. @throws IllegalArgumentException if a deception is not severe */
  public Setback {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    if (kind.isAlwaysSevere() && severity != Severity.SEVERE) {
      throw new IllegalArgumentException(kind + " is always SEVERE, was " + severity);
    }
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(recordedBy, "recordedBy must not be null");
    repairs =
        repairs.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(repairs));
  }

  /** Returns this setback with one more repair step. */
  public Setback repairedWith(RepairStep step) {
    Set<RepairStep> next =
        repairs.isEmpty() ? EnumSet.noneOf(RepairStep.class) : EnumSet.copyOf(repairs);
    next.add(step);
    return new Setback(id, kind, severity, day, recordedBy, next);
  }

  /** Whether the setback is severe. */
  public boolean isSevere() {
    return severity == Severity.SEVERE;
  }

  /** Whether every repair step has been taken. */
  public boolean isRepaired() {
    return repairs.containsAll(EnumSet.allOf(RepairStep.class));
  }
}
