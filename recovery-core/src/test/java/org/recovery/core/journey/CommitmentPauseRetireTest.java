package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;
import static org.recovery.core.journey.CommitmentSteps.commitment;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.testing.TestJourney;

/**
 * Pausing and retiring a commitment of Alex's (asked for by Sam): the owner's own pause or
 * retirement waits for the cooling-off; Sam grants either at once.
 */
class CommitmentPauseRetireTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

  @ParameterizedTest(name = "from today + {0}")
  @ValueSource(ints = {0, 1, 6})
  void theOwnersOwnPauseCannotStartInsideTheCoolingOff(int daysAhead) {
    LocalDate from = TODAY.plusDays(daysAhead);

    Rejection r = t.rejected(t.alexId(), new PauseCommitment(id, from, from.plusDays(2)));

    assertThat(r.code()).isEqualTo(RejectionCode.COOLING_OFF);
    assertThat(r.reason()).contains("2026-03-09").contains("Sam");
  }

  @ParameterizedTest(name = "from today + {0}")
  @ValueSource(ints = {7, 8, 30})
  void theOwnersOwnPauseStartsOnceTheCoolingOffIsOver(int daysAhead) {
    LocalDate from = TODAY.plusDays(daysAhead);

    var events = t.accepted(t.alexId(), new PauseCommitment(id, from, from.plusDays(2)));

    assertThat(events)
        .containsExactly(
            new CommitmentPaused(id, from, from.plusDays(2), t.alexId(), TestJourney.START));
    assertThat(commitment(t, id).statusOn(from.minusDays(1))).isEqualTo(CommitmentStatus.ACTIVE);
    assertThat(commitment(t, id).statusOn(from)).isEqualTo(CommitmentStatus.PAUSED);
    assertThat(commitment(t, id).statusOn(from.plusDays(2))).isEqualTo(CommitmentStatus.PAUSED);
    assertThat(commitment(t, id).statusOn(from.plusDays(3))).isEqualTo(CommitmentStatus.ACTIVE);
  }

  @ParameterizedTest(name = "from today + {0}")
  @ValueSource(ints = {0, 1})
  void thePartnerItIsOwedToGrantsAPauseAtOnce(int daysAhead) {
    LocalDate from = TODAY.plusDays(daysAhead);

    var events = t.accepted(t.samId(), new PauseCommitment(id, from, from));

    assertThat(events)
        .containsExactly(new CommitmentPaused(id, from, from, t.samId(), TestJourney.START));
    assertThat(commitment(t, id).statusOn(from)).isEqualTo(CommitmentStatus.PAUSED);
  }

  @Test
  void aPauseCannotStartYesterday() {
    Rejection r = t.rejected(t.samId(), new PauseCommitment(id, TODAY.minusDays(1), TODAY));

    assertThat(r.code()).isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest(name = "from today + {0}: {1}")
  @CsvSource({"2, COOLING_OFF", "3, ACCEPTED"})
  void aShorterCoolingOffLetsTheOwnersPauseStartSooner(int daysAhead, String expected) {
    TestJourney quick = TestJourney.started(new Settings(3, 24));
    CommitmentId c = activeOfAlex(quick, Cadence.daily(), Verification.SELF_REPORTED);
    PauseCommitment pause =
        new PauseCommitment(c, TODAY.plusDays(daysAhead), TODAY.plusDays(daysAhead));

    if (expected.equals("ACCEPTED")) {
      assertThat(quick.accepted(quick.alexId(), pause)).hasSize(1);
    } else {
      assertThat(quick.rejected(quick.alexId(), pause).code()).isEqualTo(RejectionCode.COOLING_OFF);
    }
  }

  @Test
  void theOwnerRetiresOnceTheCoolingOffIsOver() {
    var events = t.accepted(t.alexId(), new RetireCommitment(id));

    assertThat(events)
        .containsExactly(
            new CommitmentRetired(id, TODAY.plusDays(7), t.alexId(), TestJourney.START));
    assertThat(commitment(t, id).statusOn(TODAY.plusDays(6))).isEqualTo(CommitmentStatus.ACTIVE);
    assertThat(commitment(t, id).statusOn(TODAY.plusDays(7))).isEqualTo(CommitmentStatus.RETIRED);
  }

  @Test
  void thePartnerItIsOwedToRetiresItAtOnce() {
    var events = t.accepted(t.samId(), new RetireCommitment(id));

    assertThat(events)
        .containsExactly(new CommitmentRetired(id, TODAY, t.samId(), TestJourney.START));
    assertThat(commitment(t, id).statusOn(TODAY)).isEqualTo(CommitmentStatus.RETIRED);
  }

  @Test
  void thePartnerItIsOwedToCanEndAnOwnersRetirementEarly() {
    t.accepted(t.alexId(), new RetireCommitment(id));
    t.days(2);

    var events = t.accepted(t.samId(), new RetireCommitment(id));

    assertThat(events)
        .containsExactly(
            new CommitmentRetired(id, TODAY.plusDays(2), t.samId(), t.clock.instant()));
    assertThat(commitment(t, id).statusOn(TODAY.plusDays(2))).isEqualTo(CommitmentStatus.RETIRED);
  }
}
