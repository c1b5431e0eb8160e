package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
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
    CommitmentAgenda.add(b);
    BoundaryAgenda.add(b);
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

  /**
   * Decides {@code command} as if the viewer sent it now and records the action, open or with the
   * rule's reason.
   */
  Action probe(
      ActionKind kind, String target, String label, boolean complete, JourneyCommand command) {
    Decision d = Progression.decide(model, instruments, history, viewer, command, now);
    Action action =
        new Action(
            kind, target, label, complete ? Optional.of(command) : Optional.empty(), d.rejection());
    actions.add(action);
    return action;
  }

  /** One answer to a question the agenda may put: its action, label and command. */
  record Answer(ActionKind kind, String label, JourneyCommand command) {}

  /**
   * Probes both answers to a question about {@code target}; if the first is open now, the question
   * is due today, in {@code sentence}, with both as its answers.
   */
  void question(String target, Answer first, Answer second, DueKind kind, String sentence) {
    Action opens = probe(first.kind(), target, first.label(), true, first.command());
    probe(second.kind(), target, second.label(), true, second.command());
    if (opens.isOpen()) {
      due(kind, target, sentence, first.kind(), second.kind());
    }
  }

  /** Records something due for the viewer today, answered by {@code answers}. */
  void due(DueKind kind, String target, String sentence, ActionKind... answers) {
    due.add(new Due(kind, target, sentence, List.of(answers)));
  }

  /** The whole journey's state as of now. */
  JourneyState full() {
    return full;
  }

  /** The journey as the viewer may see it. */
  JourneyView view() {
    return view;
  }

  PartnerId viewer() {
    return viewer;
  }

  Instant now() {
    return now;
  }

  /** Today in the couple's time zone. */
  LocalDate today() {
    return today;
  }
}
