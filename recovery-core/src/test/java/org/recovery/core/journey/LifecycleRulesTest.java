package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.core.testing.TestJourney;

class LifecycleRulesTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
  private static final PartnerId STRANGER = new PartnerId(new UUID(3, 3));

  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  @Test
  void eachPartnerRecordsTheirOwnDecisionToTry() {
    assertThat(journey.accepted(sam, new DecideToTry()))
        .containsExactly(new DecidedToTry(sam, TestJourney.START));
    journey.accepted(alex, new DecideToTry());

    assertThat(journey.state().decidedToTry()).containsExactlyInAnyOrder(sam, alex);
  }

  @Test
  void decidingToTryTwiceIsRefused() {
    journey.accepted(sam, new DecideToTry());
    journey.days(10);

    assertThat(journey.rejected(sam, new DecideToTry()).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @ParameterizedTest(name = "a pause from today + {0} day(s)")
  @ValueSource(ints = {0, 1, 30})
  void aPauseMayStartTodayOrLater(int daysAhead) {
    journey.days(3);
    LocalDate from = journey.today().plusDays(daysAhead);

    assertThat(journey.accepted(alex, new PauseJourney(from)))
        .containsExactly(new JourneyPaused(from, alex, journey.clock.instant()));
    assertThat(journey.state().isPaused()).isTrue();
    assertThat(journey.state().isPausedOn(from)).isTrue();
    assertThat(journey.state().isPausedOn(from.minusDays(1))).isFalse();
  }

  @ParameterizedTest(name = "a pause from {0} day(s) ago")
  @ValueSource(ints = {1, 2, 30})
  void aPauseCannotStartInThePast(int daysAgo) {
    journey.days(40);

    assertThat(journey.rejected(sam, new PauseJourney(journey.today().minusDays(daysAgo))).code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void todayEndsAtMidnightInTheCouplesZoneNotInUtc() {
    journey.clock.set(Instant.parse("2026-03-05T22:59:59Z"));
    LocalDate thursday = LocalDate.of(2026, 3, 5);
    assertThat(journey.today()).isEqualTo(thursday);
    journey.clock.set(Instant.parse("2026-03-05T23:00:00Z"));

    assertThat(journey.rejected(sam, new PauseJourney(thursday)).code())
        .as("in Berlin it is already Friday")
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
    journey.accepted(sam, new PauseJourney(thursday.plusDays(1)));
  }

  @Test
  void pausingAPausedJourneyIsRefused() {
    journey.accepted(sam, new PauseJourney(journey.today()));

    assertThat(journey.rejected(alex, new PauseJourney(journey.today().plusDays(1))).code())
        .isEqualTo(RejectionCode.JOURNEY_PAUSE_STATE);
  }

  @Test
  void resumingAJourneyThatIsNotPausedIsRefused() {
    assertThat(journey.rejected(sam, new ResumeJourney()).code())
        .isEqualTo(RejectionCode.JOURNEY_PAUSE_STATE);
  }

  @Test
  void resumingClosesThePauseTheDayBeforeToday() {
    LocalDate from = journey.today();
    journey.accepted(sam, new PauseJourney(from));
    journey.days(5);

    assertThat(journey.accepted(alex, new ResumeJourney()))
        .containsExactly(new JourneyResumed(journey.today(), alex, journey.clock.instant()));
    assertThat(journey.state().isPaused()).isFalse();
    assertThat(journey.state().isPausedOn(journey.today().minusDays(1))).isTrue();
    assertThat(journey.state().isPausedOn(journey.today())).isFalse();
    assertThat(journey.rejected(alex, new ResumeJourney()).code())
        .isEqualTo(RejectionCode.JOURNEY_PAUSE_STATE);
  }

  static Stream<JourneyCommand> commandsOfEveryKind() {
    return Stream.of(
        new DecideToTry(),
        new PauseJourney(FIRST_DAY.plusDays(2)),
        new ResumeJourney(),
        new EndJourney(JourneyOutcome.RECONCILED),
        new RecordBetrayal(
            BetrayalId.random(),
            BetrayalKind.EMOTIONAL_AFFAIR,
            new PartnerId(new UUID(1, 1)),
            new PartnerId(new UUID(2, 2)),
            Discovery.DISCLOSED,
            FIRST_DAY),
        new CommitmentCommand.ProposeCommitment(
            CommitmentId.random(),
            new PartnerId(new UUID(2, 2)),
            "Share the calendar",
            CommitmentCategory.TRANSPARENCY,
            Cost.LOW,
            Cadence.daily(),
            Verification.SELF_REPORTED),
        RecordCheckIn.shared(FIRST_DAY.plusDays(2), new Ratings(5, 5, 5, 5), true, false, 0),
        new RecordSetback(
            SetbackId.random(), SetbackKind.TRIGGER, Severity.MINOR, FIRST_DAY.plusDays(1), ""),
        new BoundaryCommand.ProposeBoundary(
            BoundaryId.random(), BoundaryArea.COMMUNICATION, "We take a break when voices rise"),
        new DeclareConsent(ConsentLevel.NON_PHYSICAL_CONNECTION),
        new CompleteSafetyScreening(ScreeningAnswers.allNo()),
        new WriteJournalEntry(FIRST_DAY.plusDays(2), "Still writing, for myself"));
  }

  @ParameterizedTest
  @MethodSource("commandsOfEveryKind")
  void anEndedJourneyRefusesEveryCommandOfEitherPartner(JourneyCommand command) {
    journey.affair();
    journey.days(2);
    journey.accepted(alex, new EndJourney(JourneyOutcome.SEPARATED));

    assertThat(journey.rejected(sam, command).code()).isEqualTo(RejectionCode.JOURNEY_ENDED);
    assertThat(journey.rejected(alex, command).code()).isEqualTo(RejectionCode.JOURNEY_ENDED);
  }

  @Test
  void anEndedJourneyCanStillBeReadByBothPartners() {
    journey.affair();
    journey.accepted(sam, new WriteJournalEntry(journey.today(), "Only mine"));
    journey.accepted(alex, new EndJourney(JourneyOutcome.SEPARATED));

    for (PartnerId viewer : List.of(sam, alex)) {
      JourneyView view = journey.viewOf(viewer);
      assertThat(view.state().outcome()).contains(JourneyOutcome.SEPARATED);
      assertThat(view.state().hasEnded()).isTrue();
      assertThat(view.state().betrayals()).hasSize(1);
      assertThat(view.events()).last().isInstanceOf(JourneyEnded.class);
    }
    assertThat(journey.viewOf(sam).events()).hasSize(4);
    assertThat(journey.viewOf(alex).events()).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("commandsOfEveryKind")
  void aStrangerCannotActInTheJourney(JourneyCommand command) {
    journey.affair();
    journey.days(2);

    assertThat(journey.rejected(STRANGER, command).code()).isEqualTo(RejectionCode.NOT_A_PARTNER);
  }
}
