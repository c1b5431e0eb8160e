package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;
import static org.recovery.core.journey.CommitmentSteps.commitment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.testing.TestJourney;

/** Confirming and disputing a report about a day of a commitment of Alex's. */
class OccurrenceAnswerTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.PARTNER_CONFIRMED);

  /** The two answers to a report. */
  enum Answer {
    CONFIRM,
    DISPUTE;

    CommitmentCommand about(CommitmentId id, LocalDate day) {
      return this == CONFIRM ? new ConfirmOccurrence(id, day) : new DisputeOccurrence(id, day);
    }

    Report.Answer recorded() {
      return this == CONFIRM ? Report.Answer.CONFIRMED : Report.Answer.DISPUTED;
    }
  }

  private PartnerId reporterOf(ReportKind kind) {
    return kind == ReportKind.KEPT ? t.alexId() : t.samId();
  }

  private PartnerId otherThan(PartnerId partner) {
    return t.state().other(partner).id();
  }

  private OccurrenceOutcome mondayAsOfNow() {
    List<OccurrenceStatus> monday =
        commitment(t, id)
            .occurrences(
                MONDAY,
                MONDAY,
                t.clock.instant(),
                TestJourney.ZONE,
                Duration.ofHours(24),
                t.state().pauses());
    return monday.get(0).outcome();
  }

  @ParameterizedTest(name = "{0} report, {1}")
  @CsvSource({"KEPT, CONFIRM", "KEPT, DISPUTE", "MISSED, CONFIRM", "MISSED, DISPUTE"})
  void nobodyAnswersTheirOwnReport(ReportKind kind, Answer answer) {
    t.accepted(reporterOf(kind), new ReportOccurrence(id, MONDAY, kind));

    Rejection r = t.rejected(reporterOf(kind), answer.about(id, MONDAY));

    assertThat(r.code()).isEqualTo(RejectionCode.NEEDS_THE_OTHER_PARTNER);
  }

  @ParameterizedTest(name = "{0} report, {1}")
  @CsvSource({"KEPT, CONFIRM", "KEPT, DISPUTE", "MISSED, CONFIRM", "MISSED, DISPUTE"})
  void thePartnerWhoDidNotReportAnswersIt(ReportKind kind, Answer answer) {
    t.accepted(reporterOf(kind), new ReportOccurrence(id, MONDAY, kind));
    PartnerId answerer = otherThan(reporterOf(kind));

    var events = t.accepted(answerer, answer.about(id, MONDAY));

    assertThat(events)
        .containsExactly(
            answer == Answer.CONFIRM
                ? new OccurrenceConfirmed(id, MONDAY, answerer, TestJourney.START)
                : new OccurrenceDisputed(id, MONDAY, answerer, TestJourney.START));
    assertThat(commitment(t, id).reportOn(MONDAY))
        .contains(new Report(MONDAY, kind, reporterOf(kind), answer.recorded()));
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aDayWithoutAReportHasNothingToAnswer(Answer answer) {
    t.days(1);
    t.accepted(t.alexId(), new ReportOccurrence(id, t.today(), ReportKind.KEPT));

    Rejection r = t.rejected(t.samId(), answer.about(id, MONDAY));

    assertThat(r.code()).isEqualTo(RejectionCode.NOTHING_TO_CONFIRM);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void theSameAnswerIsGivenOnce(Answer answer) {
    t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));
    t.accepted(t.samId(), answer.about(id, MONDAY));

    Rejection r = t.rejected(t.samId(), answer.about(id, MONDAY));

    assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void aKeptDayAwaitsConfirmationUntilTheOtherPartnerConfirms() {
    t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));
    assertThat(mondayAsOfNow()).isEqualTo(OccurrenceOutcome.AWAITING_CONFIRMATION);

    t.accepted(t.samId(), new ConfirmOccurrence(id, MONDAY));

    assertThat(mondayAsOfNow()).isEqualTo(OccurrenceOutcome.KEPT);
  }

  @Test
  void aConfirmationAfterADisputeResolvesIt() {
    t.accepted(t.alexId(), new ReportOccurrence(id, MONDAY, ReportKind.KEPT));
    t.accepted(t.samId(), new DisputeOccurrence(id, MONDAY));
    assertThat(mondayAsOfNow()).isEqualTo(OccurrenceOutcome.DISPUTED);
    t.days(1);

    t.accepted(t.samId(), new ConfirmOccurrence(id, MONDAY));

    assertThat(commitment(t, id).reportOn(MONDAY))
        .contains(new Report(MONDAY, ReportKind.KEPT, t.alexId(), Report.Answer.CONFIRMED));
    assertThat(mondayAsOfNow()).isEqualTo(OccurrenceOutcome.KEPT);
  }

  @Test
  void answersCloseAWeekAfterTheReportingDeadline() {
    TestJourney w = TestJourney.started();
    var id =
        w.activeCommitmentOfAlex(
            org.recovery.core.commitment.Cadence.daily(),
            org.recovery.core.commitment.Verification.PARTNER_CONFIRMED);
    java.time.LocalDate day = w.today();
    w.accepted(
        w.alexId(),
        new CommitmentCommand.ReportOccurrence(
            id, day, org.recovery.core.commitment.ReportKind.KEPT));
    java.time.Instant closes =
        org.recovery.core.commitment.Commitment.answerDeadline(
            day, TestJourney.ZONE, java.time.Duration.ofHours(24));
    w.clock.set(closes.minusSeconds(1));
    w.accepted(w.samId(), new CommitmentCommand.DisputeOccurrence(id, day));
    w.clock.set(closes);
    assertThat(w.rejected(w.samId(), new CommitmentCommand.ConfirmOccurrence(id, day)).code())
        .isEqualTo(org.recovery.core.common.RejectionCode.REPORT_TOO_LATE);
  }

  @Test
  void aBreachOfNoContactFoundOutLaterCanStillBeReported() {
    TestJourney w = TestJourney.started();
    var id =
        w.activeCommitmentOfAlex(
            org.recovery.core.commitment.Cadence.continuous(),
            org.recovery.core.commitment.Verification.SELF_REPORTED);
    java.time.LocalDate day = w.today();
    w.days(20);
    w.accepted(
        w.samId(),
        new CommitmentCommand.ReportOccurrence(
            id, day, org.recovery.core.commitment.ReportKind.MISSED));
    assertThat(
            w.rejected(
                    w.alexId(),
                    new CommitmentCommand.ReportOccurrence(
                        id, day.plusDays(1), org.recovery.core.commitment.ReportKind.KEPT))
                .code())
        .as("a late kept report is still too late")
        .isEqualTo(org.recovery.core.common.RejectionCode.REPORT_TOO_LATE);
  }
}
