package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDateTime;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.testing.TestJourney;

/** Steps the commitment tests share: proposals, activation, and instants on the couple's clock. */
final class CommitmentSteps {
  static final String TITLE = "Share the calendar";

  private CommitmentSteps() {}

  /** A proposal of {@code category} for {@code owner}, low cost. */
  static ProposeCommitment proposal(
      CommitmentId id,
      PartnerId owner,
      CommitmentCategory category,
      Cadence cadence,
      Verification verification) {
    return new ProposeCommitment(id, owner, TITLE, category, Cost.LOW, cadence, verification);
  }

  /** A transparency commitment of Alex's, asked for by Sam, accepted and active from today. */
  static CommitmentId activeOfAlex(TestJourney t, Cadence cadence, Verification verification) {
    CommitmentId id = CommitmentId.random();
    t.accepted(
        t.samId(),
        proposal(id, t.alexId(), CommitmentCategory.TRANSPARENCY, cadence, verification));
    t.accepted(t.alexId(), new AcceptCommitment(id));
    t.accepted(t.alexId(), new ActivateCommitment(id, t.today()));
    return id;
  }

  /** The commitment as it stands now. */
  static Commitment commitment(TestJourney t, CommitmentId id) {
    return t.state().commitment(id).orElseThrow();
  }

  /** The instant of a wall-clock time in the couple's zone, such as {@code 2026-03-29T23:59}. */
  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TestJourney.ZONE).toInstant();
  }
}
