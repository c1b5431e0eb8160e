package org.recovery.core.commitment;

import java.util.Objects;
import java.util.Optional;

/**
 * One due occurrence of a commitment and how it stands.
 *
 * @param commitment the commitment it belongs to
 * @param occurrence when it was due
 * @param outcome how it stands at the instant it was evaluated
 * @param report the report that fulfils it, if any
 */
public record OccurrenceStatus(
    CommitmentId commitment,
    Occurrence occurrence,
    OccurrenceOutcome outcome,
    Optional<Report> report) {

  /** Validates the status. @throws NullPointerException if any component is null */
  public OccurrenceStatus {
    Objects.requireNonNull(commitment, "commitment must not be null");
    Objects.requireNonNull(occurrence, "occurrence must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(report, "report must not be null");
  }
}
