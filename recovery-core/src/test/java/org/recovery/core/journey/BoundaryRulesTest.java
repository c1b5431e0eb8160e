package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryRevision;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.testing.TestJourney;

class BoundaryRulesTest {
  private static final String NO_PHONES = "No phones at dinner";
  private static final String NO_PHONES_AT_ALL = "No phones at the table, at any meal";

  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();
  private final BoundaryId id = BoundaryId.random();

  private Boundary boundary() {
    return journey.state().boundary(id).orElseThrow();
  }

  private PartnerId partner(String name) {
    return name.equals("Sam") ? sam : alex;
  }

  private void agreed() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.PRIVACY_AND_DEVICES, NO_PHONES));
    journey.accepted(alex, new AgreeToBoundaryChange(id));
  }

  @Test
  void aProposedBoundaryIsNotActive() {
    assertThat(
            journey.accepted(
                sam,
                new ProposeBoundary(id, BoundaryArea.PRIVACY_AND_DEVICES, "  " + NO_PHONES + " ")))
        .containsExactly(
            new BoundaryProposed(
                id, BoundaryArea.PRIVACY_AND_DEVICES, NO_PHONES, sam, TestJourney.START));

    assertThat(boundary().isActive()).isFalse();
    assertThat(boundary().agreedText()).isEmpty();
    assertThat(boundary().revision()).isZero();
    assertThat(boundary().pending())
        .contains(new BoundaryChange(1, BoundaryChange.Kind.INTRODUCE, NO_PHONES, sam));
  }

  @Test
  void theProposerCannotAgreeToTheirOwnBoundary() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.MONEY, "Spending over 200 we talk"));

    assertThat(journey.rejected(sam, new AgreeToBoundaryChange(id)).code())
        .isEqualTo(RejectionCode.NEEDS_THE_OTHER_PARTNER);
  }

  @Test
  void theOtherPartnersAgreementMakesItActiveAsRevisionOne() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.PRIVACY_AND_DEVICES, NO_PHONES));

    assertThat(journey.accepted(alex, new AgreeToBoundaryChange(id)))
        .containsExactly(new BoundaryChangeAgreed(id, 1, alex, TestJourney.START));
    assertThat(boundary().isActive()).isTrue();
    assertThat(boundary().agreedText()).contains(NO_PHONES);
    assertThat(boundary().revision()).isEqualTo(1);
    assertThat(boundary().pending()).isEmpty();
  }

  @ParameterizedTest(name = "revised by {0}")
  @ValueSource(strings = {"Sam", "Alex"})
  void aRevisionTakesEffectOnlyWhenTheOtherPartnerAgrees(String proposer) {
    agreed();
    PartnerId by = partner(proposer);
    journey.accepted(by, new ProposeBoundaryRevision(id, NO_PHONES_AT_ALL));

    assertThat(boundary().agreedText()).contains(NO_PHONES);
    assertThat(boundary().revision()).isEqualTo(1);
    assertThat(journey.rejected(by, new AgreeToBoundaryChange(id)).code())
        .isEqualTo(RejectionCode.NEEDS_THE_OTHER_PARTNER);
    journey.accepted(journey.state().other(by).id(), new AgreeToBoundaryChange(id));
    assertThat(boundary().agreedText()).contains(NO_PHONES_AT_ALL);
    assertThat(boundary().revision()).isEqualTo(2);
  }

  @ParameterizedTest(name = "withdrawn by {0}")
  @ValueSource(strings = {"Sam", "Alex"})
  void aWithdrawalTakesEffectOnlyWhenTheOtherPartnerAgrees(String proposer) {
    agreed();
    PartnerId by = partner(proposer);
    journey.accepted(by, new ProposeBoundaryWithdrawal(id));

    assertThat(boundary().isActive()).isTrue();
    assertThat(journey.rejected(by, new AgreeToBoundaryChange(id)).code())
        .isEqualTo(RejectionCode.NEEDS_THE_OTHER_PARTNER);
    journey.accepted(journey.state().other(by).id(), new AgreeToBoundaryChange(id));
    assertThat(boundary().isActive()).isFalse();
    assertThat(boundary().isWithdrawn()).isTrue();
    assertThat(boundary().agreedText()).isEmpty();
  }

  @ParameterizedTest(name = "declined by {0}")
  @ValueSource(strings = {"Sam", "Alex"})
  void decliningDropsThePendingChangeAndKeepsTheAgreedText(String decliner) {
    agreed();
    journey.accepted(sam, new ProposeBoundaryRevision(id, NO_PHONES_AT_ALL));

    journey.accepted(partner(decliner), new DeclineBoundaryChange(id));
    assertThat(boundary().pending()).isEmpty();
    assertThat(boundary().agreedText()).contains(NO_PHONES);
    assertThat(boundary().revision()).isEqualTo(1);
    assertThat(journey.rejected(alex, new AgreeToBoundaryChange(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
  }

  @Test
  void aDeclinedProposalNeverBecomesActive() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.SOCIAL_CONTACT, "No ex on socials"));
    journey.accepted(alex, new DeclineBoundaryChange(id));

    assertThat(boundary().isActive()).isFalse();
    assertThat(boundary().pending()).isEmpty();
    assertThat(journey.rejected(sam, new AgreeToBoundaryChange(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
    assertThat(journey.rejected(sam, new ProposeBoundaryWithdrawal(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
  }

  @Test
  void aBoundaryWhoseFirstWordingWasDeclinedCanBeProposedAgainWithNewWording() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.SOCIAL_CONTACT, "No ex on socials"));
    journey.accepted(alex, new DeclineBoundaryChange(id));
    journey.accepted(sam, new ProposeBoundaryRevision(id, "No ex anywhere"));
    assertThat(boundary().pending().orElseThrow().revision()).isEqualTo(2);
    journey.accepted(alex, new AgreeToBoundaryChange(id, java.util.OptionalInt.of(2)));
    assertThat(boundary().agreedText()).contains("No ex anywhere");
  }

  @Test
  void anAgreementNamingAReplacedProposalIsRefused() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.SOCIAL_CONTACT, "Text A"));
    journey.accepted(sam, new DeclineBoundaryChange(id));
    journey.accepted(sam, new ProposeBoundaryRevision(id, "Text B"));
    assertThat(
            journey
                .rejected(alex, new AgreeToBoundaryChange(id, java.util.OptionalInt.of(1)))
                .code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
    assertThat(boundary().isActive()).isFalse();
  }

  @Test
  void onlyOneChangeWaitsAtATime() {
    agreed();
    journey.accepted(sam, new ProposeBoundaryRevision(id, NO_PHONES_AT_ALL));

    assertThat(journey.rejected(alex, new ProposeBoundaryRevision(id, "Phones in a basket")).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
    assertThat(journey.rejected(alex, new ProposeBoundaryWithdrawal(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
  }

  @Test
  void aBoundaryNotYetAgreedCannotBeRevisedOrWithdrawn() {
    journey.accepted(sam, new ProposeBoundary(id, BoundaryArea.PERSONAL_SPACE, "An hour alone"));

    assertThat(journey.rejected(alex, new ProposeBoundaryRevision(id, "Two hours")).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
    assertThat(journey.rejected(alex, new ProposeBoundaryWithdrawal(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
  }

  @Test
  void aWithdrawnBoundaryCannotBeRevised() {
    agreed();
    journey.accepted(alex, new ProposeBoundaryWithdrawal(id));
    journey.accepted(sam, new AgreeToBoundaryChange(id));

    assertThat(journey.rejected(sam, new ProposeBoundaryRevision(id, NO_PHONES_AT_ALL)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
    assertThat(journey.rejected(sam, new ProposeBoundaryWithdrawal(id)).code())
        .isEqualTo(RejectionCode.BOUNDARY_PROPOSAL_STATE);
  }

  @ParameterizedTest(name = "revision text \"{0}\"")
  @ValueSource(strings = {NO_PHONES, "  " + NO_PHONES + "\t"})
  void revisingToTheSameTextIsNoChange(String text) {
    agreed();

    assertThat(journey.rejected(alex, new ProposeBoundaryRevision(id, text)).code())
        .isEqualTo(RejectionCode.NO_CHANGE);
  }

  @Test
  void theSameBoundaryIsProposedOnce() {
    agreed();

    assertThat(journey.rejected(alex, new ProposeBoundary(id, BoundaryArea.OTHER, "Other")).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void answeringAnUnknownBoundaryIsRefused() {
    agreed();
    BoundaryId unknown = BoundaryId.random();

    assertThat(journey.rejected(alex, new AgreeToBoundaryChange(unknown)).code())
        .isEqualTo(RejectionCode.UNKNOWN_BOUNDARY);
    assertThat(journey.rejected(sam, new ProposeBoundaryRevision(unknown, "x")).code())
        .isEqualTo(RejectionCode.UNKNOWN_BOUNDARY);
  }
}
