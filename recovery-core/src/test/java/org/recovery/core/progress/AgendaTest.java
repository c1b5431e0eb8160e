package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.progress.Agenda.Action;
import org.recovery.core.progress.Agenda.ActionKind;
import org.recovery.core.progress.Agenda.DueKind;
import org.recovery.core.testing.TestJourney;
import org.recovery.core.testing.WordedInstruments;

/** What a partner can do now and what is due for them today, answered by the rules. */
class AgendaTest {
  private final TestJourney j = TestJourney.started();

  private Agenda agendaOf(PartnerId viewer) {
    return Agenda.of(
        StandardModel.create(),
        WordedInstruments.catalogue(),
        j.events(),
        viewer,
        j.clock.instant());
  }

  private static List<DueKind> kinds(Agenda a) {
    return a.due().stream().map(Agenda.Due::kind).toList();
  }

  @Test
  void aNewJourneyAsksForTheCheckInAndTheFirstQuestionnaireAndKeepsCrisisHelpOpen() {
    Agenda sam = agendaOf(j.samId());

    assertThat(kinds(sam)).containsExactly(DueKind.CHECK_IN, DueKind.QUESTIONNAIRE);
    assertThat(sam.action(ActionKind.FLAG_CRISIS, ""))
        .get()
        .satisfies(
            a -> {
              assertThat(a.isOpen()).isTrue();
              assertThat(a.command()).isPresent();
            });
    assertThat(sam.action(ActionKind.CHECK_IN, ""))
        .get()
        .satisfies(a -> assertThat(a.command()).as("needs the ratings").isEmpty());
  }

  @Test
  void onceCheckedInTheCheckInIsNoLongerDueAndItsActionSaysWhy() {
    j.accepted(
        j.samId(), RecordCheckIn.shared(j.today(), new Ratings(5, 5, 5, 5), false, false, 0));

    Agenda sam = agendaOf(j.samId());

    assertThat(kinds(sam)).doesNotContain(DueKind.CHECK_IN);
    assertThat(sam.action(ActionKind.CHECK_IN, "").orElseThrow().closed())
        .get()
        .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_CHECKED_IN));
    assertThat(kinds(agendaOf(j.alexId()))).contains(DueKind.CHECK_IN);
  }

  @Test
  void aProposalWaitsForTheOtherPartnersAnswerNotTheProposers() {
    CommitmentId c = CommitmentId.random();
    j.accepted(
        j.samId(),
        new ProposeCommitment(
            c,
            j.alexId(),
            "Evening call",
            CommitmentCategory.COMMUNICATION,
            Cost.LOW,
            Cadence.daily(),
            Verification.SELF_REPORTED));

    Agenda alex = agendaOf(j.alexId());
    Agenda sam = agendaOf(j.samId());

    assertThat(kinds(alex)).contains(DueKind.COMMITMENT_ANSWER);
    assertThat(alex.due())
        .filteredOn(d -> d.kind() == DueKind.COMMITMENT_ANSWER)
        .singleElement()
        .satisfies(d -> assertThat(d.sentence()).contains("Sam proposed", "\"Evening call\""));
    assertThat(alex.action(ActionKind.ACCEPT_COMMITMENT, c.toString()))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());
    assertThat(kinds(sam)).doesNotContain(DueKind.COMMITMENT_ANSWER);
    assertThat(sam.action(ActionKind.ACCEPT_COMMITMENT, c.toString())).isEmpty();
    assertThat(sam.action(ActionKind.WITHDRAW_COMMITMENT_PROPOSAL, c.toString()))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());
    assertThat(alex.action(ActionKind.WITHDRAW_COMMITMENT_PROPOSAL, c.toString())).isEmpty();
  }

  @Test
  void theOwnerReportsTheirDaysAndTheOtherPartnerConfirms() {
    CommitmentId c = j.activeCommitmentOfAlex(Cadence.daily(), Verification.PARTNER_CONFIRMED);

    Agenda alex = agendaOf(j.alexId());
    assertThat(kinds(alex)).contains(DueKind.REPORT);
    Action kept = alex.action(ActionKind.REPORT_KEPT, c + "@" + j.today()).orElseThrow();
    assertThat(kept.command()).contains(new ReportOccurrence(c, j.today(), ReportKind.KEPT));

    j.accepted(j.alexId(), kept.command().orElseThrow());

    assertThat(kinds(agendaOf(j.alexId()))).doesNotContain(DueKind.REPORT);
    Agenda sam = agendaOf(j.samId());
    assertThat(kinds(sam)).contains(DueKind.CONFIRM);
    assertThat(sam.action(ActionKind.CONFIRM_REPORT, c + "@" + j.today()))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());
  }

  @Test
  void aBoundaryChangeWaitsForTheOtherPartnersAgreement() {
    BoundaryId b = BoundaryId.random();
    j.accepted(j.alexId(), new ProposeBoundary(b, BoundaryArea.MONEY, "We share statements."));

    assertThat(kinds(agendaOf(j.samId()))).contains(DueKind.BOUNDARY_ANSWER);
    assertThat(kinds(agendaOf(j.alexId()))).doesNotContain(DueKind.BOUNDARY_ANSWER);
    assertThat(agendaOf(j.alexId()).action(ActionKind.WITHDRAW_BOUNDARY_PROPOSAL, b.toString()))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());

    j.accepted(
        j.samId(),
        agendaOf(j.samId())
            .action(ActionKind.AGREE_TO_BOUNDARY, b.toString())
            .orElseThrow()
            .command()
            .orElseThrow());

    for (var partner : List.of(j.samId(), j.alexId())) {
      assertThat(agendaOf(partner).action(ActionKind.PROPOSE_ENDING_BOUNDARY, b.toString()))
          .get()
          .satisfies(a -> assertThat(a.isOpen()).isTrue());
    }
  }

  @Test
  void afterResponsibilityIsTakenTheHurtPartnerMaySayHowHeardTheyFeel() {
    BetrayalId b = j.affair();
    assertThat(agendaOf(j.alexId()).action(ActionKind.TAKE_RESPONSIBILITY, b.toString()))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());

    j.accepted(j.alexId(), new TakeResponsibility(b, "I lied to you and I am sorry."));

    assertThat(kinds(agendaOf(j.samId()))).contains(DueKind.HEARD);
    assertThat(agendaOf(j.alexId()).action(ActionKind.TAKE_RESPONSIBILITY, b.toString())).isEmpty();
  }

  @Test
  void movingOnIsClosedWithTheRulesOwnReason() {
    j.affair();

    Action sam = agendaOf(j.samId()).action(ActionKind.AGREE_TO_ADVANCE, "").orElseThrow();
    Action alex = agendaOf(j.alexId()).action(ActionKind.AGREE_TO_ADVANCE, "").orElseThrow();

    assertThat(sam.closed())
        .get()
        .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.GATES_NOT_MET));
    assertThat(alex.closed())
        .get()
        .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.NOT_THE_HURT_PARTNER));
  }

  @Test
  void anEndedJourneyHasNothingDueAndEveryActionClosed() {
    j.accepted(j.samId(), new EndJourney(JourneyOutcome.SEPARATED));

    Agenda sam = agendaOf(j.samId());

    assertThat(sam.due()).isEmpty();
    assertThat(sam.open()).isEmpty();
  }
}
