package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.commitment;
import static org.recovery.core.journey.CommitmentSteps.proposal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.safety.Hold;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.TestJourney;

/**
 * Monitoring commitments (location, devices, accounts) while a safety screening flags a concern:
 * the journey is held, monitoring is refused at every step and suspended once active, the partner
 * it watches may end it at once, and the partner who did not flag learns only the hold's sentence.
 */
class CommitmentMonitoringTest {
  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = CommitmentId.random();

  private static ScreeningAnswers oneYes(int question) {
    return ScreeningAnswers.hark(question == 0, question == 1, question == 2, question == 3);
  }

  private void screen(PartnerId partner, ScreeningAnswers answers) {
    t.accepted(partner, new CompleteSafetyScreening(answers));
  }

  private ProposeCommitment locationSharingOfAlex() {
    return proposal(
        id,
        t.alexId(),
        CommitmentCategory.MONITORING,
        Cadence.continuous(),
        Verification.SELF_REPORTED);
  }

  @ParameterizedTest(name = "yes to question {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void anyYesInAScreeningSwitchesMonitoringProposalsOff(int question) {
    screen(t.samId(), oneYes(question));

    Rejection r = t.rejected(t.alexId(), locationSharingOfAlex());

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
  }

  private void bothClear() {
    screen(t.samId(), ScreeningAnswers.allNo());
    screen(t.alexId(), ScreeningAnswers.allNo());
  }

  @Test
  void acceptingMonitoringIsRefusedOnceAScreeningFlags() {
    bothClear();
    t.accepted(t.samId(), locationSharingOfAlex());
    screen(t.samId(), oneYes(2));

    Rejection r = t.rejected(t.alexId(), new AcceptCommitment(id));

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.PROPOSED);
  }

  @Test
  void activatingMonitoringIsRefusedOnceAScreeningFlags() {
    bothClear();
    t.accepted(t.samId(), locationSharingOfAlex());
    t.accepted(t.alexId(), new AcceptCommitment(id));
    screen(t.alexId(), oneYes(0));

    Rejection r = t.rejected(t.samId(), new ActivateCommitment(id, t.today()));

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
  }

  @ParameterizedTest(name = "screened by Sam: {0}, refused to Sam: {1}")
  @CsvSource({"true, true", "true, false", "false, true", "false, false"})
  void onlyThePartnerWhoScreenedIsToldWhy(boolean samScreened, boolean samActs) {
    PartnerId screener = samScreened ? t.samId() : t.alexId();
    PartnerId actor = samActs ? t.samId() : t.alexId();
    screen(screener, oneYes(1));

    Rejection r = t.rejected(actor, locationSharingOfAlex());

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
    if (actor.equals(screener)) {
      assertThat(r.reason()).containsIgnoringCase("your safety screening");
    } else {
      assertThat(r.reason())
          .as("only the hold's sentence, naming no cause")
          .startsWith(Hold.SENTENCE)
          .doesNotContainIgnoringCase("concern")
          .doesNotContainIgnoringCase("screening");
    }
  }

  @Test
  void aLaterScreeningWithoutAnyYesLiftsTheRefusal() {
    screen(t.samId(), oneYes(3));
    t.rejected(t.alexId(), locationSharingOfAlex());
    t.days(3);
    screen(t.samId(), ScreeningAnswers.allNo());
    screen(t.alexId(), ScreeningAnswers.allNo());

    t.accepted(t.alexId(), locationSharingOfAlex());
    t.accepted(t.samId(), new AcceptCommitment(id));
    t.accepted(t.samId(), new ActivateCommitment(id, t.today()));

    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.ACTIVE);
  }

  @Test
  void theOtherPartnersAllNoScreeningDoesNotLiftAConcern() {
    screen(t.samId(), oneYes(0));
    screen(t.alexId(), ScreeningAnswers.allNo());

    Rejection r = t.rejected(t.alexId(), locationSharingOfAlex());

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
  }

  @Test
  void anActiveMonitoringCommitmentIsSuspendedWhileHeld() {
    activeLocationSharingOfAlex();
    t.accepted(t.alexId(), new ReportOccurrence(id, t.today(), ReportKind.KEPT));
    screen(t.samId(), oneYes(1));

    Rejection r =
        t.rejected(t.alexId(), new ReportOccurrence(id, t.today().minusDays(1), ReportKind.KEPT));
    Rejection confirm = t.rejected(t.samId(), new ConfirmOccurrence(id, t.today()));

    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
    assertThat(r.reason()).startsWith(Hold.SENTENCE);
    assertThat(confirm.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
  }

  @ParameterizedTest(name = "concern in the screening of Sam: {0}")
  @ValueSource(booleans = {true, false})
  void whileHeldThePartnerAMonitoringCommitmentWatchesMayEndItAtOnce(boolean samFlags) {
    activeLocationSharingOfAlex();
    screen(samFlags ? t.samId() : t.alexId(), oneYes(0));

    t.accepted(t.alexId(), new RetireCommitment(id));

    assertThat(commitment(t, id).retiredFrom()).contains(t.today());
  }

  @Test
  void whileHeldAnOwnersPendingRetirementOfMonitoringTakesEffectAtOnce() {
    activeLocationSharingOfAlex();
    t.accepted(t.alexId(), new RetireCommitment(id));
    assertThat(commitment(t, id).retiredFrom()).as("cooling-off").get().isNotEqualTo(t.today());
    screen(t.alexId(), oneYes(2));

    t.accepted(t.alexId(), new RetireCommitment(id));

    assertThat(commitment(t, id).retiredFrom()).contains(t.today());
  }

  @Test
  void withoutAHoldEndingMonitoringStillWaitsForCoolingOff() {
    activeLocationSharingOfAlex();

    t.accepted(t.alexId(), new RetireCommitment(id));

    assertThat(commitment(t, id).retiredFrom()).get().isNotEqualTo(t.today());
  }

  private void activeLocationSharingOfAlex() {
    bothClear();
    t.accepted(t.samId(), locationSharingOfAlex());
    t.accepted(t.alexId(), new AcceptCommitment(id));
    t.accepted(t.samId(), new ActivateCommitment(id, t.today()));
    t.days(2);
  }

  @Test
  void monitoringNeedsBothPartnersToHaveScreenedWithoutAConcern() {
    t.rejected(t.alexId(), locationSharingOfAlex());
    screen(t.samId(), ScreeningAnswers.allNo());
    t.rejected(t.alexId(), locationSharingOfAlex());
    screen(t.alexId(), ScreeningAnswers.allNo());

    t.accepted(t.alexId(), locationSharingOfAlex());

    assertThat(commitment(t, id).category()).isEqualTo(CommitmentCategory.MONITORING);
  }

  @ParameterizedTest
  @EnumSource(
      value = CommitmentCategory.class,
      names = "MONITORING",
      mode = EnumSource.Mode.EXCLUDE)
  void otherCategoriesStayAvailableWhileAConcernStands(CommitmentCategory category) {
    screen(t.samId(), oneYes(3));

    t.accepted(
        t.alexId(),
        proposal(id, t.alexId(), category, Cadence.daily(), Verification.SELF_REPORTED));
    t.accepted(t.samId(), new AcceptCommitment(id));
    t.accepted(t.samId(), new ActivateCommitment(id, t.today()));

    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.ACTIVE);
  }
}
