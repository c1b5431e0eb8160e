package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;

/**
 * What one partner can do now, and what is due for them today: the answer an app shows on its first
 * screen, so that no app ever works out a rule for itself. Every action is the rule's own answer —
 * the command is decided as if the partner sent it now — so an action shown open is accepted when
 * sent at that instant, and a closed one carries the rule's refusal in words. Built by {@link #of};
 * nothing in it derives from the other partner's private entries.
 *
 * @param viewer whose agenda it is
 * @param asOf the instant it describes
 * @param today the viewer's day in the couple's time zone
 * @param due what is waiting for the viewer today, most pressing first
 * @param actions what the viewer may or may not do now, open and closed
 */
public record Agenda(
    PartnerId viewer, Instant asOf, LocalDate today, List<Due> due, List<Action> actions) {

  /** Validates the agenda and makes its lists unmodifiable. */
  public Agenda {
    Objects.requireNonNull(viewer, "viewer must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(today, "today must not be null");
    due = List.copyOf(due);
    actions = List.copyOf(actions);
  }

  /**
   * The agenda of {@code viewer} at {@code now}.
   *
   * @param history the journey's full history, oldest first
   * @throws IllegalArgumentException if the history is empty or the viewer is not a partner
   */
  public static Agenda of(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      PartnerId viewer,
      Instant now) {
    return AgendaBuilder.build(model, instruments, history, viewer, now);
  }

  /**
   * The agenda of the viewer of {@code folds} at {@code now}, from folds kept up to date as the
   * journey grew ({@link JourneyFolds#then}) instead of folding {@code history} again: equal to
   * {@link #of(RecoveryModel, InstrumentCatalogue, List, PartnerId, Instant)} for the same history.
   * If an event of the history lies after {@code now}, the folds are not used and the history up to
   * {@code now} is folded anew, as that method does.
   *
   * @param history the journey's full history, oldest first
   * @param folds the folds of exactly {@code history} for one of its partners
   * @throws IllegalArgumentException if {@code folds} are not of {@code history}
   */
  public static Agenda of(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      JourneyFolds folds,
      Instant now) {
    return AgendaBuilder.build(model, instruments, history, folds, now);
  }

  /** The actions that are open now. */
  public List<Action> open() {
    return actions.stream().filter(Action::isOpen).toList();
  }

  /** The action of {@code kind} about {@code target}, if the agenda lists one. */
  public Optional<Action> action(ActionKind kind, String target) {
    return actions.stream().filter(a -> a.kind() == kind && a.target().equals(target)).findFirst();
  }

  /** What the viewer may do. */
  public enum ActionKind {
    /** Record the day's check-in (needs the ratings). */
    CHECK_IN,
    /** Say, at any moment, that one is not safe: always open while the journey runs. */
    FLAG_CRISIS,
    /** Accept a commitment the other partner proposed. */
    ACCEPT_COMMITMENT,
    /** Decline a proposed or accepted commitment. */
    DECLINE_COMMITMENT,
    /** Withdraw one's own proposal of a commitment before the other partner answers. */
    WITHDRAW_COMMITMENT_PROPOSAL,
    /** Start an accepted commitment today. */
    ACTIVATE_COMMITMENT,
    /** Report a day of one's own commitment as kept. */
    REPORT_KEPT,
    /** Report a day of one's own commitment as missed. */
    REPORT_MISSED,
    /** Confirm the other partner's report. */
    CONFIRM_REPORT,
    /** Dispute the other partner's report. */
    DISPUTE_REPORT,
    /** End an active commitment (at once, or after the cooling-off, as the rules say). */
    RETIRE_COMMITMENT,
    /** Agree to the other partner's proposed boundary change. */
    AGREE_TO_BOUNDARY,
    /** Decline the other partner's proposed boundary change. */
    DECLINE_BOUNDARY,
    /** Withdraw one's own proposed boundary change before the other partner answers. */
    WITHDRAW_BOUNDARY_PROPOSAL,
    /** Propose ending an agreed boundary (it ends only if the other partner agrees). */
    PROPOSE_ENDING_BOUNDARY,
    /** Take responsibility for a betrayal (needs the statement). */
    TAKE_RESPONSIBILITY,
    /** Say how heard one feels about a betrayal (needs the level). */
    SAY_HOW_HEARD,
    /** Agree to move on to the next stage. */
    AGREE_TO_ADVANCE
  }

  /**
   * Something the viewer may or may not do now.
   *
   * @param kind what it is
   * @param target the id of what it is about (a commitment, boundary or betrayal, with the day for
   *     reports: {@code id@2026-03-02}); empty for the journey itself
   * @param label what it is, in words, e.g. {@code Accept "Evening call"}
   * @param command the command to send, when it needs nothing more from the person; empty when it
   *     needs their input (ratings, a statement, a level)
   * @param closed the rule's refusal, when the action is closed now
   */
  public record Action(
      ActionKind kind,
      String target,
      String label,
      Optional<JourneyCommand> command,
      Optional<Rejection> closed) {
    /** Validates the action. */
    public Action {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(label, "label must not be null");
      Objects.requireNonNull(command, "command must not be null");
      Objects.requireNonNull(closed, "closed must not be null");
    }

    /** Whether the action is open now. */
    public boolean isOpen() {
      return closed.isEmpty();
    }
  }

  /** What is due. */
  public enum DueKind {
    /** Today's check-in has not been recorded. */
    CHECK_IN,
    /** A day of one's own commitment waits for a report. */
    REPORT,
    /** The other partner's report waits for a confirmation or a dispute. */
    CONFIRM,
    /** A commitment the other partner proposed waits for an answer. */
    COMMITMENT_ANSWER,
    /** A boundary change the other partner proposed waits for an answer. */
    BOUNDARY_ANSWER,
    /** A questionnaire the model schedules is due. */
    QUESTIONNAIRE,
    /** Responsibility was taken for a betrayal; the hurt partner may say how heard they feel. */
    HEARD
  }

  /**
   * Something waiting for the viewer today.
   *
   * @param kind what it is
   * @param target the id of what it is about, as in {@link Action#target()}
   * @param sentence what is due, in plain words
   * @param actions the kinds of action that answer it
   */
  public record Due(DueKind kind, String target, String sentence, List<ActionKind> actions) {
    /** Validates the item. */
    public Due {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(sentence, "sentence must not be null");
      actions = List.copyOf(actions);
    }
  }
}
