package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.TITLE;
import static org.recovery.core.journey.CommitmentSteps.commitment;
import static org.recovery.core.journey.CommitmentSteps.proposal;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DeclineCommitment;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentDeclined;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.testing.TestJourney;

/** Proposing, accepting, declining and activating a commitment; Alex is always the owner. */
class CommitmentLifecycleTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = CommitmentId.random();

  /** Who proposes Alex's commitment: Alex themself, or Sam asking for it. */
  enum Proposer {
    OWNER,
    REQUESTER;

    PartnerId of(TestJourney t) {
      return this == OWNER ? t.alexId() : t.samId();
    }

    PartnerId otherOf(TestJourney t) {
      return this == OWNER ? t.samId() : t.alexId();
    }
  }

  private void propose(Proposer proposer) {
    t.accepted(
        proposer.of(t),
        proposal(
            id,
            t.alexId(),
            CommitmentCategory.TRANSPARENCY,
            Cadence.daily(),
            Verification.SELF_REPORTED));
  }

  @ParameterizedTest
  @EnumSource(Proposer.class)
  void proposingRecordsTheOwnerAndWhoProposed(Proposer proposer) {
    var events =
        t.accepted(
            proposer.of(t),
            proposal(
                id,
                t.alexId(),
                CommitmentCategory.TRANSPARENCY,
                Cadence.daily(),
                Verification.SELF_REPORTED));

    assertThat(events)
        .containsExactly(
            new CommitmentProposed(
                id,
                t.alexId(),
                TITLE,
                CommitmentCategory.TRANSPARENCY,
                Cost.LOW,
                Cadence.daily(),
                Verification.SELF_REPORTED,
                proposer.of(t),
                TestJourney.START));
    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.PROPOSED);
    assertThat(commitment(t, id).proposedBy()).isEqualTo(proposer.of(t));
  }

  @Test
  void theOwnerMustBeOneOfTheTwoPartners() {
    Rejection r =
        t.rejected(
            t.samId(),
            proposal(
                id,
                PartnerId.random(),
                CommitmentCategory.TRANSPARENCY,
                Cadence.daily(),
                Verification.SELF_REPORTED));

    assertThat(r.code()).isEqualTo(RejectionCode.NOT_A_PARTNER);
  }

  @ParameterizedTest
  @EnumSource(Proposer.class)
  void aCommitmentIdIsProposedOnlyOnce(Proposer second) {
    propose(Proposer.REQUESTER);

    Rejection r =
        t.rejected(
            second.of(t),
            proposal(
                id,
                t.samId(),
                CommitmentCategory.THERAPY,
                Cadence.timesPerWeek(1),
                Verification.PARTNER_CONFIRMED));

    assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @ParameterizedTest
  @EnumSource(Proposer.class)
  void nobodyAcceptsTheirOwnProposal(Proposer proposer) {
    propose(proposer);

    Rejection r = t.rejected(proposer.of(t), new AcceptCommitment(id));

    assertThat(r.code()).isEqualTo(RejectionCode.NEEDS_THE_OTHER_PARTNER);
  }

  @ParameterizedTest
  @EnumSource(Proposer.class)
  void thePartnerWhoDidNotProposeAccepts(Proposer proposer) {
    propose(proposer);

    var events = t.accepted(proposer.otherOf(t), new AcceptCommitment(id));

    assertThat(events)
        .containsExactly(new CommitmentAccepted(id, proposer.otherOf(t), TestJourney.START));
    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.ACCEPTED);
  }

  @ParameterizedTest(name = "proposed by {0}, declined by the proposer: {1}")
  @CsvSource({"OWNER, true", "OWNER, false", "REQUESTER, true", "REQUESTER, false"})
  void eitherPartnerDeclinesAProposalAndTheProposerTakesItBack(
      Proposer proposer, boolean byProposer) {
    propose(proposer);
    PartnerId decliner = byProposer ? proposer.of(t) : proposer.otherOf(t);

    var events = t.accepted(decliner, new DeclineCommitment(id));

    assertThat(events).containsExactly(new CommitmentDeclined(id, decliner, TestJourney.START));
    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.DECLINED);
  }

  @ParameterizedTest(name = "from today + {0} days")
  @ValueSource(ints = {0, 1, 7})
  void activationStartsTodayOrLater(int daysAhead) {
    propose(Proposer.REQUESTER);
    t.accepted(t.alexId(), new AcceptCommitment(id));
    LocalDate from = MONDAY.plusDays(daysAhead);

    var events = t.accepted(t.alexId(), new ActivateCommitment(id, from));

    assertThat(events)
        .containsExactly(new CommitmentActivated(id, from, t.alexId(), TestJourney.START));
    assertThat(commitment(t, id).lifecycle()).isEqualTo(CommitmentStatus.ACTIVE);
    assertThat(commitment(t, id).termsOn(from.minusDays(1))).isEmpty();
    assertThat(commitment(t, id).termsOn(from))
        .hasValueSatisfying(terms -> assertThat(terms.cadence()).isEqualTo(Cadence.daily()));
  }

  @Test
  void activationCannotStartYesterday() {
    propose(Proposer.REQUESTER);
    t.accepted(t.alexId(), new AcceptCommitment(id));

    Rejection r = t.rejected(t.samId(), new ActivateCommitment(id, MONDAY.minusDays(1)));

    assertThat(r.code()).isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  /** How far a commitment has come before the command under test. */
  enum Stage {
    PROPOSED,
    DECLINED,
    ACCEPTED,
    ACTIVE,
    RETIRED;

    void reach(TestJourney t, CommitmentId id) {
      t.accepted(
          t.samId(),
          proposal(
              id,
              t.alexId(),
              CommitmentCategory.TRANSPARENCY,
              Cadence.daily(),
              Verification.SELF_REPORTED));
      if (this == DECLINED) {
        t.accepted(t.alexId(), new DeclineCommitment(id));
        return;
      }
      if (this == PROPOSED) {
        return;
      }
      t.accepted(t.alexId(), new AcceptCommitment(id));
      if (this == ACCEPTED) {
        return;
      }
      t.accepted(t.alexId(), new ActivateCommitment(id, t.today()));
      if (this == RETIRED) {
        t.accepted(t.samId(), new RetireCommitment(id));
      }
    }
  }

  static Stream<Arguments> commandsTheStatusForbids() {
    Function<CommitmentId, CommitmentCommand> accept = AcceptCommitment::new;
    Function<CommitmentId, CommitmentCommand> decline = DeclineCommitment::new;
    Function<CommitmentId, CommitmentCommand> activate = c -> new ActivateCommitment(c, MONDAY);
    Function<CommitmentId, CommitmentCommand> revise =
        c -> new ReviseCommitment(c, Cadence.continuous(), Verification.PARTNER_CONFIRMED);
    Function<CommitmentId, CommitmentCommand> pause =
        c -> new PauseCommitment(c, MONDAY.plusDays(10), MONDAY.plusDays(12));
    Function<CommitmentId, CommitmentCommand> retire = RetireCommitment::new;
    return Stream.of(
        Arguments.of(Stage.PROPOSED, "activate", activate),
        Arguments.of(Stage.PROPOSED, "revise", revise),
        Arguments.of(Stage.PROPOSED, "pause", pause),
        Arguments.of(Stage.PROPOSED, "retire", retire),
        Arguments.of(Stage.DECLINED, "accept", accept),
        Arguments.of(Stage.DECLINED, "decline", decline),
        Arguments.of(Stage.DECLINED, "activate", activate),
        Arguments.of(Stage.ACCEPTED, "accept", accept),
        Arguments.of(Stage.ACCEPTED, "revise", revise),
        Arguments.of(Stage.ACCEPTED, "retire", retire),
        Arguments.of(Stage.ACTIVE, "accept", accept),
        Arguments.of(Stage.ACTIVE, "decline", decline),
        Arguments.of(Stage.ACTIVE, "activate", activate),
        Arguments.of(Stage.RETIRED, "activate", activate),
        Arguments.of(Stage.RETIRED, "revise", revise),
        Arguments.of(Stage.RETIRED, "pause", pause),
        Arguments.of(Stage.RETIRED, "retire", retire));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("commandsTheStatusForbids")
  void aCommandItsStatusDoesNotAllowIsRefusedNamingTheStatus(
      Stage stage, String name, Function<CommitmentId, CommitmentCommand> command) {
    stage.reach(t, id);

    Rejection r = t.rejected(t.alexId(), command.apply(id));

    assertThat(r.code()).isEqualTo(RejectionCode.COMMITMENT_STATUS);
    assertThat(r.reason()).contains(stage.name().toLowerCase(java.util.Locale.ROOT));
  }

  static Stream<Arguments> everyCommitmentCommand() {
    CommitmentId unknown = CommitmentId.random();
    return Stream.of(
            new AcceptCommitment(unknown),
            new DeclineCommitment(unknown),
            new ActivateCommitment(unknown, MONDAY),
            new ReviseCommitment(unknown, Cadence.daily(), Verification.SELF_REPORTED),
            new PauseCommitment(unknown, MONDAY, MONDAY),
            new RetireCommitment(unknown),
            new ReportOccurrence(unknown, MONDAY, ReportKind.MISSED),
            new ConfirmOccurrence(unknown, MONDAY),
            new DisputeOccurrence(unknown, MONDAY))
        .map(c -> Arguments.of(c.getClass().getSimpleName(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommitmentCommand")
  void aCommandAboutAnUnknownCommitmentIsRefused(String name, CommitmentCommand command) {
    CommitmentSteps.activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

    Rejection r = t.rejected(t.samId(), command);

    assertThat(r.code()).isEqualTo(RejectionCode.UNKNOWN_COMMITMENT);
    assertThat(r.reason()).contains(command.commitment().toString());
  }

  @Test
  void anAcceptedCommitmentThatNeverStartedCanStillBeDeclined() {
    TestJourney w = TestJourney.started();
    var id = org.recovery.core.commitment.CommitmentId.random();
    w.accepted(
        w.samId(),
        CommitmentSteps.proposal(
            id,
            w.alexId(),
            org.recovery.core.commitment.CommitmentCategory.COMMUNICATION,
            org.recovery.core.commitment.Cadence.daily(),
            org.recovery.core.commitment.Verification.SELF_REPORTED));
    w.accepted(w.alexId(), new CommitmentCommand.AcceptCommitment(id));
    w.accepted(w.alexId(), new CommitmentCommand.DeclineCommitment(id));
    assertThat(CommitmentSteps.commitment(w, id).lifecycle())
        .isEqualTo(org.recovery.core.commitment.CommitmentStatus.DECLINED);
  }
}
