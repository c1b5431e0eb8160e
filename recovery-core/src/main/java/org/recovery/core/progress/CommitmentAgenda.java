package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.List;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.common.Days;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.progress.Agenda.ActionKind;
import org.recovery.core.progress.Agenda.DueKind;

/**
 * The agenda's part about commitments: answering a proposal, starting, ending and withdrawing,
 * reporting yesterday's and today's occurrences, and answering the other partner's reports.
 */
final class CommitmentAgenda {
  private CommitmentAgenda() {}

  static void add(AgendaBuilder agenda) {
    String other = agenda.full().other(agenda.viewer()).name();
    for (Commitment c : agenda.view().state().commitments().values()) {
      String id = c.id().toString();
      String title = "\"" + c.title() + "\"";
      if (c.lifecycle() == CommitmentStatus.PROPOSED && c.proposedBy().equals(agenda.viewer())) {
        agenda.probe(
            ActionKind.WITHDRAW_COMMITMENT_PROPOSAL,
            id,
            "Withdraw your proposal " + title,
            true,
            new CommitmentCommand.DeclineCommitment(c.id()));
      } else if (c.lifecycle() == CommitmentStatus.PROPOSED) {
        agenda.question(
            id,
            new AgendaBuilder.Answer(
                ActionKind.ACCEPT_COMMITMENT,
                "Accept " + title,
                new CommitmentCommand.AcceptCommitment(c.id())),
            new AgendaBuilder.Answer(
                ActionKind.DECLINE_COMMITMENT,
                "Decline " + title,
                new CommitmentCommand.DeclineCommitment(c.id())),
            DueKind.COMMITMENT_ANSWER,
            other + " proposed " + title + ": accept it or" + " decline it.");
      } else if (c.lifecycle() == CommitmentStatus.ACCEPTED) {
        agenda.probe(
            ActionKind.ACTIVATE_COMMITMENT,
            id,
            "Start " + title + " today",
            true,
            new CommitmentCommand.ActivateCommitment(c.id(), agenda.today()));
        agenda.probe(
            ActionKind.DECLINE_COMMITMENT,
            id,
            "Decline " + title,
            true,
            new CommitmentCommand.DeclineCommitment(c.id()));
      } else if (c.lifecycle() == CommitmentStatus.ACTIVE) {
        if (c.owner().equals(agenda.viewer())) {
          reportable(agenda, c, title);
        }
        agenda.probe(
            ActionKind.RETIRE_COMMITMENT,
            id,
            "End " + title,
            true,
            new CommitmentCommand.RetireCommitment(c.id()));
      }
      answers(agenda, c, title, other);
    }
  }

  /** Yesterday and today, where the owner's report is still open. */
  private static void reportable(AgendaBuilder agenda, Commitment c, String title) {
    for (LocalDate day : List.of(agenda.today().minusDays(1), agenda.today())) {
      if (day.isBefore(c.schedule().get(0).effectiveFrom())) {
        continue;
      }
      boolean open =
          c
              .occurrences(
                  day,
                  day,
                  agenda.now(),
                  agenda.full().zone(),
                  agenda.full().settings().reportGrace(),
                  agenda.full().pauses())
              .stream()
              .anyMatch(o -> o.outcome() == OccurrenceOutcome.OPEN);
      if (!open) {
        continue;
      }
      String target = c.id() + "@" + day;
      agenda.question(
          target,
          new AgendaBuilder.Answer(
              ActionKind.REPORT_KEPT,
              "Kept " + title + " " + Days.inWords(day, agenda.today()),
              new CommitmentCommand.ReportOccurrence(c.id(), day, ReportKind.KEPT)),
          new AgendaBuilder.Answer(
              ActionKind.REPORT_MISSED,
              "Missed " + title + " " + Days.inWords(day, agenda.today()),
              new CommitmentCommand.ReportOccurrence(c.id(), day, ReportKind.MISSED)),
          DueKind.REPORT,
          "How did "
              + title
              + " go "
              + Days.inWords(day, agenda.today())
              + "? Say whether you kept it.");
    }
  }

  /** The other partner's reports still waiting for the viewer's answer. */
  private static void answers(AgendaBuilder agenda, Commitment c, String title, String other) {
    for (Report r : c.reports().values()) {
      if (r.reportedBy().equals(agenda.viewer()) || r.answer() != Report.Answer.NONE) {
        continue;
      }
      String target = c.id() + "@" + r.day();
      agenda.question(
          target,
          new AgendaBuilder.Answer(
              ActionKind.CONFIRM_REPORT,
              "Confirm " + title + " " + Days.inWords(r.day(), agenda.today()),
              new CommitmentCommand.ConfirmOccurrence(c.id(), r.day())),
          new AgendaBuilder.Answer(
              ActionKind.DISPUTE_REPORT,
              "Dispute " + title + " " + Days.inWords(r.day(), agenda.today()),
              new CommitmentCommand.DisputeOccurrence(c.id(), r.day())),
          DueKind.CONFIRM,
          other
              + " reported "
              + title
              + " "
              + (r.kind() == ReportKind.KEPT ? "kept" : "missed")
              + " "
              + Days.inWords(r.day(), agenda.today())
              + ": confirm it, or say it was not so.");
    }
  }
}
