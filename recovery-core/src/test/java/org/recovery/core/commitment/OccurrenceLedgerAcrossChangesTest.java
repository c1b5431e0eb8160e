package org.recovery.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.commitment.OccurrenceLedgerTest.GRACE;
import static org.recovery.core.commitment.OccurrenceLedgerTest.local;
import static org.recovery.core.commitment.OccurrenceLedgerTest.march;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.testing.TestJourney;

/**
 * A change in the middle of an ISO week under a times-per-week cadence: every day reported kept
 * must count exactly once, neither twice (under the old and the new terms) nor not at all. Alex's
 * commitment starts on Monday 2 March 2026; the change comes on Wednesday 4 March.
 */
class OccurrenceLedgerAcrossChangesTest {
  private final TestJourney t = TestJourney.started();

  private void keptOn(CommitmentId id, int day) {
    t.clock.set(local(march(day) + "T20:00"));
    t.accepted(t.alexId(), new ReportOccurrence(id, march(day), ReportKind.KEPT));
  }

  private long keptInTheFirstWeek(CommitmentId id) {
    List<OccurrenceStatus> ledger =
        t.state()
            .commitment(id)
            .orElseThrow()
            .occurrences(
                march(2), march(8), local("2026-03-20T12:00"), TestJourney.ZONE, GRACE, List.of());
    return ledger.stream().filter(s -> s.outcome() == OccurrenceOutcome.KEPT).count();
  }

  @Test
  void easingToTimesPerWeekMidWeekDoesNotCountTheEarlierDaysTwice() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    keptOn(id, 2);
    keptOn(id, 3);
    t.clock.set(local("2026-03-04T09:00"));
    t.accepted(
        t.samId(), new ReviseCommitment(id, Cadence.timesPerWeek(3), Verification.SELF_REPORTED));
    keptOn(id, 5);

    assertThat(keptInTheFirstWeek(id)).isEqualTo(3);
  }

  @Test
  void strengtheningFromTimesPerWeekMidWeekKeepsTheDaysAlreadyKept() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.timesPerWeek(3), Verification.SELF_REPORTED);
    keptOn(id, 2);
    keptOn(id, 3);
    t.clock.set(local("2026-03-04T09:00"));
    t.accepted(t.alexId(), new ReviseCommitment(id, Cadence.daily(), Verification.SELF_REPORTED));
    for (int day = 4; day <= 8; day++) {
      keptOn(id, day);
    }

    assertThat(keptInTheFirstWeek(id)).isEqualTo(7);
  }

  @Test
  void retiringATimesPerWeekCommitmentMidWeekKeepsTheDaysAlreadyKept() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.timesPerWeek(3), Verification.SELF_REPORTED);
    keptOn(id, 2);
    keptOn(id, 3);
    t.clock.set(local("2026-03-04T09:00"));
    t.accepted(t.samId(), new RetireCommitment(id));

    assertThat(keptInTheFirstWeek(id)).isEqualTo(2);
  }
}
