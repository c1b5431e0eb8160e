package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.testing.TestJourney;

/**
 * Replaying a history folds it with one working copy; it must give exactly the state that applying
 * the events one by one gives (the random-journey property checks the same on many histories), and
 * must not leave anything mutable in it.
 */
class ReplayTest {
  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.PARTNER_CONFIRMED);

  private List<JourneyEvent> threeWeeks() {
    for (int day = 0; day < 21; day++) {
      LocalDate today = t.today();
      t.advance(Duration.ofHours(12));
      t.accepted(
          t.alexId(),
          new ReportOccurrence(id, today, day % 5 == 4 ? ReportKind.MISSED : ReportKind.KEPT));
      if (day % 5 != 4) {
        t.accepted(
            t.samId(),
            day % 7 == 3 ? new DisputeOccurrence(id, today) : new ConfirmOccurrence(id, today));
      }
      t.accepted(t.samId(), RecordCheckIn.shared(today, new Ratings(4, 3, 5, 6), false, false, 0));
      t.advance(Duration.ofHours(12));
    }
    t.accepted(t.alexId(), new RetireCommitment(id));
    return t.events();
  }

  @Test
  void replayingGivesTheStateBuiltEventByEvent() {
    List<JourneyEvent> history = threeWeeks();

    JourneyState stepwise = Journey.replay(history.subList(0, 1));
    for (JourneyEvent e : history.subList(1, history.size())) {
      stepwise = Journey.apply(stepwise, e);
    }

    assertThat(Journey.replay(history)).isEqualTo(stepwise).isEqualTo(t.state());
    assertThat(Journey.replay(history).version()).isEqualTo(history.size());
    assertThat(Journey.replay(history).commitments().get(id).reports())
        .hasSize(21)
        .allSatisfy((day, report) -> assertThat(report.answer()).isNotNull());
  }

  @Test
  void aReplayedStateHoldsNothingThatCanBeChanged() {
    JourneyState state = Journey.replay(threeWeeks());

    assertThatThrownBy(() -> state.checkIns().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> state.commitments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> state.commitments().get(id).reports().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> state.pauses().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAnswerToADayNobodyReportedIsACorruptHistoryEitherWay() {
    List<JourneyEvent> history = new ArrayList<>(t.events());
    LocalDate day = t.today();
    history.add(new OccurrenceConfirmed(id, day, t.samId(), t.clock.instant()));

    assertThatIllegalStateException()
        .isThrownBy(() -> Journey.replay(history))
        .withMessage("answer to a missing report of commitment " + id + " on " + day);
    assertThatIllegalStateException()
        .isThrownBy(() -> Journey.apply(t.state(), history.get(history.size() - 1)))
        .withMessage("answer to a missing report of commitment " + id + " on " + day);
  }

  @Test
  void aReportAboutAnUnknownCommitmentIsACorruptHistoryEitherWay() {
    CommitmentId unknown = CommitmentId.random();
    OccurrenceReported report =
        new OccurrenceReported(unknown, t.today(), ReportKind.KEPT, t.alexId(), t.clock.instant());
    List<JourneyEvent> history = new ArrayList<>(t.events());
    history.add(report);

    assertThatIllegalStateException()
        .isThrownBy(() -> Journey.replay(history))
        .withMessage("event about unknown commitment " + unknown);
    assertThatIllegalStateException()
        .isThrownBy(() -> Journey.apply(t.state(), report))
        .withMessage("event about unknown commitment " + unknown);
  }

  @Test
  void aLaterAnswerToTheSameDayReplacesTheEarlierOne() {
    LocalDate today = t.today();
    t.advance(Duration.ofHours(12));
    t.accepted(t.alexId(), new ReportOccurrence(id, today, ReportKind.KEPT));
    t.accepted(t.samId(), new DisputeOccurrence(id, today));
    t.advance(Duration.ofHours(1));
    t.accepted(t.samId(), new ConfirmOccurrence(id, today));

    Report report = Journey.replay(t.events()).commitments().get(id).reportOn(today).orElseThrow();

    assertThat(report.answer()).isEqualTo(Report.Answer.CONFIRMED);
    assertThat(Journey.replay(t.events())).isEqualTo(t.state());
  }
}
