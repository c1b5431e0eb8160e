package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;
import static org.recovery.core.journey.CommitmentSteps.commitment;
import static org.recovery.core.journey.CommitmentSteps.local;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.testing.TestJourney;

/** Reporting a day of a commitment of Alex's: who, which days, how often. */
class OccurrenceReportTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private final TestJourney t = TestJourney.started();

  private PartnerId partner(String name) {
    return name.equals("alex") ? t.alexId() : t.samId();
  }

  private void noonOf(LocalDate day) {
    t.clock.set(local(day + "T12:00"));
  }

  @ParameterizedTest
  @EnumSource(ReportKind.class)
  void theOwnerReportsTodayKeptOrMissed(ReportKind kind) {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

    var events = t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, kind));

    assertThat(events)
        .containsExactly(new OccurrenceReported(id, MONDAY, kind, t.alexId(), TestJourney.START));
    assertThat(commitment(t, id).reportOn(MONDAY))
        .contains(new Report(MONDAY, kind, t.alexId(), Report.Answer.NONE));
  }

  @Test
  void aDayThatHasNotComeIsRefused() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

    var r = t.rejected(t.alexId(), new ReportOccurrence(id, MONDAY.plusDays(1), ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void theOtherPartnerReportsAMissTheySaw() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

    var events = t.accepted(t.samId(), new ReportOccurrence(id, MONDAY, ReportKind.MISSED));

    assertThat(events)
        .containsExactly(
            new OccurrenceReported(id, MONDAY, ReportKind.MISSED, t.samId(), TestJourney.START));
  }

  @Test
  void onlyTheOwnerReportsADayKept() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

    var r = t.rejected(t.samId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.NOT_THE_OWNER);
  }

  @ParameterizedTest(name = "{0} due: {1}")
  @CsvSource({
    "2026-03-02, true",
    "2026-03-03, false",
    "2026-03-04, true",
    "2026-03-05, false",
    "2026-03-06, true",
    "2026-03-07, false",
    "2026-03-08, false"
  })
  void aWeekdayCommitmentTakesReportsOnlyOnItsDays(LocalDate day, boolean due) {
    CommitmentId id = activeOfAlex(t, Cadence.parse("mon,wed,fri"), Verification.SELF_REPORTED);
    noonOf(day);
    ReportOccurrence report = new ReportOccurrence(id, day, ReportKind.KEPT);

    if (due) {
      assertThat(t.accepted(t.alexId(), report)).hasSize(1);
    } else {
      assertThat(t.rejected(t.alexId(), report).code()).isEqualTo(RejectionCode.NOT_DUE);
    }
  }

  @ParameterizedTest(name = "{0} closed: {1}")
  @CsvSource({"2026-03-02, false", "2026-03-03, true", "2026-03-05, true", "2026-03-06, false"})
  void aDayInsideAPauseIsClosed(LocalDate day, boolean closed) {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(t.samId(), new PauseCommitment(id, MONDAY.plusDays(1), MONDAY.plusDays(3)));
    noonOf(day);
    ReportOccurrence report = new ReportOccurrence(id, day, ReportKind.KEPT);

    if (closed) {
      assertThat(t.rejected(t.alexId(), report).code()).isEqualTo(RejectionCode.OCCURRENCE_CLOSED);
    } else {
      assertThat(t.accepted(t.alexId(), report)).hasSize(1);
    }
  }

  @Test
  void aDayInsideAPauseOfTheJourneyIsClosed() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(t.samId(), new PauseJourney(MONDAY));
    t.days(1);
    t.accepted(t.alexId(), new ResumeJourney());

    var r = t.rejected(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.OCCURRENCE_CLOSED);
    assertThat(t.accepted(t.alexId(), new ReportOccurrence(id, t.today(), ReportKind.KEPT)))
        .hasSize(1);
  }

  @Test
  void aDayBeforeActivationIsNotDue() {
    CommitmentId id = CommitmentId.random();
    t.accepted(
        t.samId(),
        CommitmentSteps.proposal(
            id,
            t.alexId(),
            CommitmentCategory.CONNECTION,
            Cadence.daily(),
            Verification.SELF_REPORTED));
    t.accepted(t.alexId(), new AcceptCommitment(id));
    t.accepted(t.alexId(), new ActivateCommitment(id, MONDAY.plusDays(1)));

    var r = t.rejected(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.NOT_DUE);
  }

  @Test
  void aDayFromRetirementOnIsNotDue() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.days(1);
    t.accepted(t.samId(), new RetireCommitment(id));

    var r = t.rejected(t.alexId(), new ReportOccurrence(id, t.today(), ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.NOT_DUE);
    assertThat(t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT)))
        .hasSize(1);
  }

  @ParameterizedTest(name = "{0} {1}, then {2} {3}")
  @CsvSource({
    "alex, KEPT, alex, KEPT",
    "alex, KEPT, alex, MISSED",
    "alex, KEPT, sam, MISSED",
    "sam, MISSED, alex, KEPT",
    "sam, MISSED, sam, MISSED"
  })
  void aDayIsReportedOnce(
      String first, ReportKind firstKind, String second, ReportKind secondKind) {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(partner(first), new ReportOccurrence(id, MONDAY, firstKind));

    var r = t.rejected(partner(second), new ReportOccurrence(id, MONDAY, secondKind));

    assertThat(r.code()).isEqualTo(RejectionCode.OCCURRENCE_CLOSED);
  }

  @Test
  void aDisputedDayCanBeReportedAgain() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(t.samId(), new ReportOccurrence(id, MONDAY, ReportKind.MISSED));
    t.accepted(t.alexId(), new DisputeOccurrence(id, MONDAY));

    t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));

    assertThat(commitment(t, id).reportOn(MONDAY))
        .contains(new Report(MONDAY, ReportKind.KEPT, t.alexId(), Report.Answer.NONE));
  }

  @ParameterizedTest(name = "fourth report on {0}")
  @CsvSource({"2026-03-05", "2026-03-07", "2026-03-08"})
  void threeTimesAWeekTakesThreeReportsPerIsoWeek(LocalDate fourth) {
    CommitmentId id = activeOfAlex(t, Cadence.timesPerWeek(3), Verification.SELF_REPORTED);
    for (int d = 0; d < 3; d++) {
      noonOf(MONDAY.plusDays(d));
      t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY.plusDays(d), ReportKind.KEPT));
    }
    noonOf(fourth);

    var r = t.rejected(t.alexId(), new ReportOccurrence(id, fourth, ReportKind.KEPT));

    assertThat(r.code()).isEqualTo(RejectionCode.OCCURRENCE_CLOSED);
    noonOf(LocalDate.of(2026, 3, 9));
    assertThat(
            t.accepted(
                t.alexId(), new ReportOccurrence(id, LocalDate.of(2026, 3, 9), ReportKind.KEPT)))
        .hasSize(1);
  }

  @Test
  void aMissTheOtherPartnerSawNeverTakesTheSlotOfAKeptDay() {
    CommitmentId id = activeOfAlex(t, Cadence.timesPerWeek(3), Verification.SELF_REPORTED);
    t.accepted(t.samId(), new ReportOccurrence(id, MONDAY, ReportKind.MISSED));
    for (int d = 1; d <= 3; d++) {
      noonOf(MONDAY.plusDays(d));
      t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY.plusDays(d), ReportKind.KEPT));
    }
    noonOf(MONDAY.plusDays(4));
    var r = t.rejected(t.alexId(), new ReportOccurrence(id, MONDAY.plusDays(4), ReportKind.KEPT));
    assertThat(r.code()).isEqualTo(RejectionCode.OCCURRENCE_CLOSED);
    noonOf(MONDAY.plusDays(9));
    assertThat(
            commitment(t, id)
                .occurrences(
                    MONDAY,
                    MONDAY.plusDays(6),
                    t.clock.instant(),
                    TestJourney.ZONE,
                    java.time.Duration.ofHours(24),
                    java.util.List.of()))
        .extracting(s -> s.outcome())
        .containsOnly(org.recovery.core.commitment.OccurrenceOutcome.KEPT);
  }
}
