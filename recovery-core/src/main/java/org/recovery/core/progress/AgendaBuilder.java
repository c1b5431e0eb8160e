package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.common.Days;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.PersonalCommand.FlagCrisis;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.progress.Agenda.Action;
import org.recovery.core.progress.Agenda.ActionKind;
import org.recovery.core.progress.Agenda.Due;
import org.recovery.core.progress.Agenda.DueKind;

/** Builds an {@link Agenda}: every action is decided as if the viewer sent it now. */
final class AgendaBuilder {
  /** The id a probe check-in carries; it is never stored. */
  private static final CheckInId PROBE = new CheckInId(new UUID(0, 0));

  private final RecoveryModel model;
  private final InstrumentCatalogue instruments;
  private final JourneyHistory history;
  private final JourneyState full;
  private final JourneyView view;
  private final PartnerId viewer;
  private final Instant now;
  private final LocalDate today;
  private final List<Action> actions = new ArrayList<>();
  private final List<Due> due = new ArrayList<>();

  private AgendaBuilder(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      JourneyHistory history,
      JourneyView view,
      Instant now) {
    this.model = model;
    this.instruments = instruments;
    this.history = history;
    this.full = history.state();
    this.view = view;
    this.viewer = view.viewer();
    this.now = now;
    this.today = full.dayOf(now);
  }

  static Agenda build(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      JourneyFolds folds,
      Instant now) {
    if (!KeptFolds.holdAsOf(history, folds, now)) {
      return build(model, instruments, history, folds.view().viewer(), now);
    }
    JourneyHistory folded = JourneyHistory.of(history, folds);
    return build(new AgendaBuilder(model, instruments, folded, folds.view(), now));
  }

  static Agenda build(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      PartnerId viewer,
      Instant now) {
    List<JourneyEvent> upTo =
        history.stream().filter(e -> !e.at().isAfter(now)).map(JourneyEvent.class::cast).toList();
    if (upTo.isEmpty()) {
      throw new IllegalArgumentException("the journey had not started at " + now);
    }
    JourneyHistory folded = JourneyHistory.of(upTo);
    if (!folded.state().isPartner(viewer)) {
      throw new IllegalArgumentException(
          viewer + " is not a partner of journey " + folded.state().id());
    }
    return build(new AgendaBuilder(model, instruments, folded, JourneyView.of(upTo, viewer), now));
  }

  private static Agenda build(AgendaBuilder b) {
    b.checkIn();
    b.commitments();
    b.boundaries();
    b.betrayals();
    b.stage();
    b.questionnaires();
    b.due.sort(Comparator.comparing(Due::kind));
    return new Agenda(b.viewer, b.now, b.today, b.due, b.actions);
  }

  private void checkIn() {
    Action checkIn =
        probe(
            ActionKind.CHECK_IN,
            "",
            "Check in for today",
            false,
            new RecordCheckIn(
                PROBE,
                today,
                new Ratings(5, 5, 5, 5),
                false,
                false,
                0,
                "",
                Visibility.SHARED,
                Visibility.SHARED,
                false));
    if (checkIn.isOpen()) {
      due(DueKind.CHECK_IN, "", "Your check-in for today is still open.", ActionKind.CHECK_IN);
    }
    probe(
        ActionKind.FLAG_CRISIS,
        "",
        "Say that you are not safe right now",
        true,
        new FlagCrisis(today));
  }

  private void commitments() {
    String other = full.other(viewer).name();
    for (Commitment c : view.state().commitments().values()) {
      String id = c.id().toString();
      String title = "\"" + c.title() + "\"";
      if (c.lifecycle() == CommitmentStatus.PROPOSED && c.proposedBy().equals(viewer)) {
        probe(
            ActionKind.WITHDRAW_COMMITMENT_PROPOSAL,
            id,
            "Withdraw your proposal " + title,
            true,
            new CommitmentCommand.DeclineCommitment(c.id()));
      } else if (c.lifecycle() == CommitmentStatus.PROPOSED) {
        Action accept =
            probe(
                ActionKind.ACCEPT_COMMITMENT,
                id,
                "Accept " + title,
                true,
                new CommitmentCommand.AcceptCommitment(c.id()));
        probe(
            ActionKind.DECLINE_COMMITMENT,
            id,
            "Decline " + title,
            true,
            new CommitmentCommand.DeclineCommitment(c.id()));
        if (accept.isOpen()) {
          due(
              DueKind.COMMITMENT_ANSWER,
              id,
              other + " proposed " + title + ": accept it or" + " decline it.",
              ActionKind.ACCEPT_COMMITMENT,
              ActionKind.DECLINE_COMMITMENT);
        }
      } else if (c.lifecycle() == CommitmentStatus.ACCEPTED) {
        probe(
            ActionKind.ACTIVATE_COMMITMENT,
            id,
            "Start " + title + " today",
            true,
            new CommitmentCommand.ActivateCommitment(c.id(), today));
        probe(
            ActionKind.DECLINE_COMMITMENT,
            id,
            "Decline " + title,
            true,
            new CommitmentCommand.DeclineCommitment(c.id()));
      } else if (c.lifecycle() == CommitmentStatus.ACTIVE) {
        if (c.owner().equals(viewer)) {
          reportable(c, title);
        }
        probe(
            ActionKind.RETIRE_COMMITMENT,
            id,
            "End " + title,
            true,
            new CommitmentCommand.RetireCommitment(c.id()));
      }
      answers(c, title, other);
    }
  }

  /** Yesterday and today, where the owner's report is still open. */
  private void reportable(Commitment c, String title) {
    for (LocalDate day : List.of(today.minusDays(1), today)) {
      if (day.isBefore(c.schedule().get(0).effectiveFrom())) {
        continue;
      }
      boolean open =
          c
              .occurrences(day, day, now, full.zone(), full.settings().reportGrace(), full.pauses())
              .stream()
              .anyMatch(o -> o.outcome() == OccurrenceOutcome.OPEN);
      if (!open) {
        continue;
      }
      String target = c.id() + "@" + day;
      Action kept =
          probe(
              ActionKind.REPORT_KEPT,
              target,
              "Kept " + title + " " + Days.inWords(day, today),
              true,
              new CommitmentCommand.ReportOccurrence(c.id(), day, ReportKind.KEPT));
      probe(
          ActionKind.REPORT_MISSED,
          target,
          "Missed " + title + " " + Days.inWords(day, today),
          true,
          new CommitmentCommand.ReportOccurrence(c.id(), day, ReportKind.MISSED));
      if (kept.isOpen()) {
        due(
            DueKind.REPORT,
            target,
            "How did " + title + " go " + Days.inWords(day, today) + "? Say whether you kept it.",
            ActionKind.REPORT_KEPT,
            ActionKind.REPORT_MISSED);
      }
    }
  }

  /** The other partner's reports still waiting for the viewer's answer. */
  private void answers(Commitment c, String title, String other) {
    for (Report r : c.reports().values()) {
      if (r.reportedBy().equals(viewer) || r.answer() != Report.Answer.NONE) {
        continue;
      }
      String target = c.id() + "@" + r.day();
      Action confirm =
          probe(
              ActionKind.CONFIRM_REPORT,
              target,
              "Confirm " + title + " " + Days.inWords(r.day(), today),
              true,
              new CommitmentCommand.ConfirmOccurrence(c.id(), r.day()));
      probe(
          ActionKind.DISPUTE_REPORT,
          target,
          "Dispute " + title + " " + Days.inWords(r.day(), today),
          true,
          new CommitmentCommand.DisputeOccurrence(c.id(), r.day()));
      if (confirm.isOpen()) {
        due(
            DueKind.CONFIRM,
            target,
            other
                + " reported "
                + title
                + " "
                + (r.kind() == ReportKind.KEPT ? "kept" : "missed")
                + " "
                + Days.inWords(r.day(), today)
                + ": confirm it, or say it was not so.",
            ActionKind.CONFIRM_REPORT,
            ActionKind.DISPUTE_REPORT);
      }
    }
  }

  private void boundaries() {
    String other = full.other(viewer).name();
    for (Boundary b : view.state().boundaries().values()) {
      Optional<BoundaryChange> pending = b.pending();
      String id = b.id().toString();
      if (pending.isEmpty()) {
        b.agreedText()
            .ifPresent(
                text ->
                    probe(
                        ActionKind.PROPOSE_ENDING_BOUNDARY,
                        id,
                        "Propose ending the boundary \"" + text + "\"",
                        true,
                        new ProposeBoundaryWithdrawal(b.id())));
        continue;
      }
      BoundaryChange change = pending.get();
      String what = describe(change);
      if (change.proposedBy().equals(viewer)) {
        probe(
            ActionKind.WITHDRAW_BOUNDARY_PROPOSAL,
            id,
            "Withdraw your proposal of " + what,
            true,
            new DeclineBoundaryChange(b.id()));
        continue;
      }
      Action agree =
          probe(
              ActionKind.AGREE_TO_BOUNDARY,
              id,
              "Agree to " + what,
              true,
              new AgreeToBoundaryChange(b.id(), OptionalInt.of(change.revision())));
      probe(
          ActionKind.DECLINE_BOUNDARY,
          id,
          "Decline " + what,
          true,
          new DeclineBoundaryChange(b.id()));
      if (agree.isOpen()) {
        due(
            DueKind.BOUNDARY_ANSWER,
            id,
            other + " proposes " + what + ". It holds only if you" + " agree.",
            ActionKind.AGREE_TO_BOUNDARY,
            ActionKind.DECLINE_BOUNDARY);
      }
    }
  }

  private static String describe(BoundaryChange change) {
    return switch (change.kind()) {
      case INTRODUCE -> "a boundary: \"" + change.text() + "\"";
      case REVISE -> "new wording for a boundary: \"" + change.text() + "\"";
      case WITHDRAW -> "ending the boundary \"" + change.text() + "\"";
    };
  }

  private void betrayals() {
    String other = full.other(viewer).name();
    for (Betrayal b : view.state().betrayals().values()) {
      String id = b.id().toString();
      if (b.involvedPartner().equals(viewer) && !b.isAcknowledged()) {
        probe(
            ActionKind.TAKE_RESPONSIBILITY,
            id,
            "Take responsibility for what happened",
            false,
            new TakeResponsibility(b.id(), "I take responsibility."));
      }
      if (b.hurtPartner().equals(viewer)
          && b.isAcknowledged()
          && !b.heard().equals(Optional.of(HeardLevel.HEARD))) {
        Action say =
            probe(
                ActionKind.SAY_HOW_HEARD,
                id,
                "Say how heard you feel",
                false,
                new RecordFeelingHeard(b.id(), HeardLevel.HEARD));
        if (say.isOpen() && b.heard().isEmpty()) {
          due(
              DueKind.HEARD,
              id,
              other
                  + " took responsibility for what happened. When you are"
                  + " ready, and only then, say how heard you feel.",
              ActionKind.SAY_HOW_HEARD);
        }
      }
    }
  }

  private void stage() {
    probe(
        ActionKind.AGREE_TO_ADVANCE,
        "",
        "Agree to move on to the next stage",
        true,
        new AgreeToAdvance());
  }

  private void questionnaires() {
    for (ScheduledQuestionnaire q :
        InstrumentProgress.schedule(model, instruments, full, view.events(), viewer, today)) {
      if (q.due()) {
        due(
            DueKind.QUESTIONNAIRE,
            q.instrument(),
            "The "
                + q.name()
                + " is due; it takes a"
                + " few minutes, and you choose who sees your answers.");
      }
    }
  }

  private Action probe(
      ActionKind kind, String target, String label, boolean complete, JourneyCommand command) {
    Decision d = Progression.decide(model, instruments, history, viewer, command, now);
    Action action =
        new Action(
            kind, target, label, complete ? Optional.of(command) : Optional.empty(), d.rejection());
    actions.add(action);
    return action;
  }

  private void due(DueKind kind, String target, String sentence, ActionKind... answers) {
    due.add(new Due(kind, target, sentence, List.of(answers)));
  }
}
