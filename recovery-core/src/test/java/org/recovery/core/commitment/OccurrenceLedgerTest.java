package org.recovery.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.recovery.core.commitment.OccurrenceOutcome.AWAITING_CONFIRMATION;
import static org.recovery.core.commitment.OccurrenceOutcome.DISPUTED;
import static org.recovery.core.commitment.OccurrenceOutcome.EXCUSED;
import static org.recovery.core.commitment.OccurrenceOutcome.KEPT;
import static org.recovery.core.commitment.OccurrenceOutcome.MISSED;
import static org.recovery.core.commitment.OccurrenceOutcome.OPEN;
import static org.recovery.core.commitment.OccurrenceOutcome.UNREPORTED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.testing.TestJourney;

/**
 * Golden tables: for a commitment of Alex's built through a journey, the exact due dates and
 * outcomes {@link Commitment#occurrences} derives. The journey starts on Monday 2 March 2026.
 */
class OccurrenceLedgerTest {
  static final Duration GRACE = Duration.ofHours(24);

  private final TestJourney t = TestJourney.started();

  static LocalDate march(int day) {
    return LocalDate.of(2026, 3, day);
  }

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TestJourney.ZONE).toInstant();
  }

  static ListAssert<Tuple> assertTable(
      TestJourney t, CommitmentId id, LocalDate from, LocalDate to, Instant asOf) {
    List<OccurrenceStatus> ledger =
        t.state()
            .commitment(id)
            .orElseThrow()
            .occurrences(from, to, asOf, TestJourney.ZONE, GRACE, t.state().pauses());
    return assertThat(ledger.stream().map(s -> tuple(s.occurrence().due(), s.outcome())).toList());
  }

  private void onDay(int day, PartnerId actor, ReportOccurrence report) {
    t.clock.set(local(march(day) + "T20:00"));
    t.accepted(actor, report);
  }

  @Test
  void dailyKeptMissedUnreportedAndOpen() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    onDay(2, t.alexId(), new ReportOccurrence(id, march(2), ReportKind.KEPT));
    onDay(3, t.samId(), new ReportOccurrence(id, march(3), ReportKind.MISSED));

    assertTable(t, id, march(2), march(6), local("2026-03-06T12:00"))
        .containsExactly(
            tuple(march(2), KEPT),
            tuple(march(3), MISSED),
            tuple(march(4), UNREPORTED),
            tuple(march(5), OPEN),
            tuple(march(6), OPEN));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({"2026-03-04T23:59:59.999999999, OPEN", "2026-03-05T00:00, UNREPORTED"})
  void anUnreportedDayStaysOpenUntilTheEndOfItsGrace(String asOf, OccurrenceOutcome outcome) {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);

    assertTable(t, id, march(3), march(3), local(asOf)).containsExactly(tuple(march(3), outcome));
  }

  @Test
  void partnerConfirmedDaysCountOnceConfirmed() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.PARTNER_CONFIRMED);
    onDay(2, t.alexId(), new ReportOccurrence(id, march(2), ReportKind.KEPT));
    t.accepted(t.samId(), new ConfirmOccurrence(id, march(2)));
    onDay(3, t.alexId(), new ReportOccurrence(id, march(3), ReportKind.KEPT));
    onDay(4, t.alexId(), new ReportOccurrence(id, march(4), ReportKind.KEPT));
    t.accepted(t.samId(), new DisputeOccurrence(id, march(4)));
    onDay(5, t.samId(), new ReportOccurrence(id, march(5), ReportKind.MISSED));
    onDay(6, t.alexId(), new ReportOccurrence(id, march(6), ReportKind.KEPT));
    t.accepted(t.samId(), new DisputeOccurrence(id, march(6)));
    t.accepted(t.alexId(), new ReportOccurrence(id, march(6), ReportKind.MISSED));

    assertTable(t, id, march(2), march(6), local("2026-03-11T23:59"))
        .containsExactly(
            tuple(march(2), KEPT),
            tuple(march(3), AWAITING_CONFIRMATION),
            tuple(march(4), DISPUTED),
            tuple(march(5), MISSED),
            tuple(march(6), MISSED));
    // Nobody answered the report of 3 March in the week after its deadline (5 March, 00:00):
    // it counts as kept from 12 March.
    assertTable(t, id, march(3), march(3), local("2026-03-12T00:00"))
        .containsExactly(tuple(march(3), KEPT));
  }

  @Test
  void aContinuousPromiseIsKeptOnceTheDayIsOverUnlessABreachIsReported() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.continuous(), Verification.SELF_REPORTED);
    onDay(3, t.samId(), new ReportOccurrence(id, march(3), ReportKind.MISSED));

    assertTable(t, id, march(2), march(4), local("2026-03-04T12:00"))
        .containsExactly(tuple(march(2), KEPT), tuple(march(3), MISSED), tuple(march(4), OPEN));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({"2026-03-02T23:59:59.999999999, OPEN", "2026-03-03T00:00, KEPT"})
  void aContinuousDayIsKeptTheMomentItEnds(String asOf, OccurrenceOutcome outcome) {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.continuous(), Verification.SELF_REPORTED);

    assertTable(t, id, march(2), march(2), local(asOf)).containsExactly(tuple(march(2), outcome));
  }

  @Test
  void pausesOfTheCommitmentAndOfTheJourneyExcuseTheirDays() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(t.samId(), new PauseCommitment(id, march(3), march(4)));
    t.clock.set(local("2026-03-06T09:00"));
    t.accepted(t.samId(), new PauseJourney(march(6)));
    t.clock.set(local("2026-03-08T09:00"));
    t.accepted(t.alexId(), new ResumeJourney());
    onDay(8, t.alexId(), new ReportOccurrence(id, march(8), ReportKind.KEPT));

    assertTable(t, id, march(2), march(8), local("2026-03-09T12:00"))
        .containsExactly(
            tuple(march(2), UNREPORTED),
            tuple(march(3), EXCUSED),
            tuple(march(4), EXCUSED),
            tuple(march(5), UNREPORTED),
            tuple(march(6), EXCUSED),
            tuple(march(7), EXCUSED),
            tuple(march(8), KEPT));
  }

  @ParameterizedTest(name = "paused 11 to {0} March, as of {1}: third slot {2}")
  @CsvSource({
    "13, 2026-03-15T12:00, OPEN", // four days free: the third time is still possible
    "13, 2026-03-17T00:00, UNREPORTED", // ... and missing once the week's grace is over
    "15, 2026-03-17T00:00, EXCUSED", // two days free: the third time is excused
  })
  void threeTimesAWeekWithTwoReportsAndAPause(
      int pauseUntil, String asOf, OccurrenceOutcome third) {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.timesPerWeek(3), Verification.SELF_REPORTED);
    onDay(9, t.alexId(), new ReportOccurrence(id, march(9), ReportKind.KEPT));
    t.accepted(t.samId(), new PauseCommitment(id, march(11), march(pauseUntil)));
    onDay(10, t.alexId(), new ReportOccurrence(id, march(10), ReportKind.KEPT));

    assertTable(t, id, march(9), march(15), local(asOf))
        .containsExactly(tuple(march(15), KEPT), tuple(march(15), KEPT), tuple(march(15), third));
  }

  @Test
  void aRevisionSwitchesTheCadenceFromItsEffectiveDay() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(
        t.alexId(),
        new ReviseCommitment(id, Cadence.parse("mon,wed,fri"), Verification.SELF_REPORTED));
    onDay(11, t.alexId(), new ReportOccurrence(id, march(11), ReportKind.KEPT));

    assertTable(t, id, march(5), march(15), local("2026-03-16T12:00"))
        .containsExactly(
            tuple(march(5), UNREPORTED),
            tuple(march(6), UNREPORTED),
            tuple(march(7), UNREPORTED),
            tuple(march(8), UNREPORTED),
            tuple(march(9), UNREPORTED),
            tuple(march(11), KEPT),
            tuple(march(13), UNREPORTED));
  }

  @ParameterizedTest(name = "retired on {0} March by Sam: {1}; last due {2} March")
  @CsvSource({"2, false, 8", "4, true, 3", "2, true, 1"})
  void retirementStopsOccurrencesFromItsEffectiveDay(int retiredOn, boolean bySam, int lastDue) {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    t.clock.set(local(march(retiredOn) + "T09:00"));
    t.accepted(bySam ? t.samId() : t.alexId(), new RetireCommitment(id));

    List<OccurrenceStatus> ledger =
        t.state()
            .commitment(id)
            .orElseThrow()
            .occurrences(
                march(1), march(31), local("2026-04-01T12:00"), TestJourney.ZONE, GRACE, List.of());

    assertThat(ledger)
        .extracting(s -> s.occurrence().due())
        .containsExactlyElementsOf(march(2).datesUntil(march(lastDue + 1)).toList());
  }

  @Test
  void aCommitmentBuiltDirectlyTakesTheJourneysPausesAsGiven() {
    PartnerId alex = PartnerId.random();
    Commitment c =
        Commitment.proposed(
                CommitmentId.random(),
                alex,
                PartnerId.random(),
                "Walk together",
                CommitmentCategory.CONNECTION,
                Cost.HIGH,
                new Terms(march(1), Cadence.parse("tue,thu"), Verification.SELF_REPORTED))
            .withLifecycle(CommitmentStatus.ACCEPTED)
            .activatedOn(march(2))
            .withReport(new Report(march(3), ReportKind.KEPT, alex, Report.Answer.NONE));

    List<OccurrenceStatus> ledger =
        c.occurrences(
            march(1),
            march(14),
            local("2026-03-14T12:00"),
            TestJourney.ZONE,
            GRACE,
            List.of(new Pause(march(9), march(12))));

    assertThat(ledger)
        .extracting(s -> s.occurrence().due(), OccurrenceStatus::outcome)
        .containsExactly(
            tuple(march(3), KEPT),
            tuple(march(5), UNREPORTED),
            tuple(march(10), EXCUSED),
            tuple(march(12), EXCUSED));
  }

  @Test
  void nothingIsDueBeforeActivationAndTheRangeMustBeOrdered() {
    CommitmentId id = t.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    Commitment c = t.state().commitment(id).orElseThrow();

    assertThat(
            c.occurrences(
                march(1), march(1), local("2026-03-09T12:00"), TestJourney.ZONE, GRACE, List.of()))
        .isEmpty();
    assertThatThrownBy(
            () ->
                c.occurrences(
                    march(3),
                    march(2),
                    local("2026-03-09T12:00"),
                    TestJourney.ZONE,
                    GRACE,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-03");
  }
}
