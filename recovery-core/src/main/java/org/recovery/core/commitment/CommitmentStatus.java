package org.recovery.core.commitment;

/** Where a commitment is in its life, on a given day. */
public enum CommitmentStatus {
  /** Proposed, waiting for the other partner to accept it. */
  PROPOSED,
  /** Declined by the other partner, or withdrawn by its proposer; it never started. */
  DECLINED,
  /** Accepted by both, not yet started. */
  ACCEPTED,
  /** Started: occurrences fall due. */
  ACTIVE,
  /** Active but inside an agreed pause: occurrences are excused. */
  PAUSED,
  /** Retired: no further occurrences. */
  RETIRED
}
