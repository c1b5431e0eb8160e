package org.recovery.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.Rejection;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DeclineCommitment;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.PersonalCommand.FlagCrisis;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.progress.Agenda;

/**
 * The answer of {@code GET /api/agenda}: the core's {@link Agenda} in a JSON shape of the web's
 * own, documented in docs/web.md, so that renaming a core record does not change the API. Every
 * complete command becomes the web call that sends it: its {@code endpoint} and {@code body}.
 *
 * @param today the viewer's day in the couple's time zone
 * @param due what waits for the viewer today, most pressing first
 * @param actions every action the agenda lists, open and closed
 */
record AgendaJson(String today, List<DueJson> due, List<ActionJson> actions) {

  /**
   * Something due, with the actions (from {@link #actions}) that answer it.
   *
   * @param kind e.g. {@code commitment-answer}, {@code confirm}, {@code check-in}
   * @param target the id it is about ({@code id@day} for a day of a commitment), or empty
   * @param sentence what is due, in words
   * @param actions the actions that answer it, open or closed
   */
  record DueJson(String kind, String target, String sentence, List<ActionJson> actions) {}

  /**
   * One action.
   *
   * @param kind e.g. {@code accept-commitment}
   * @param target as in {@link DueJson#target}
   * @param label what it is, in words
   * @param open whether the rules allow it now
   * @param reason the rule's refusal in words when closed, else null
   * @param endpoint the POST that sends it, when it needs nothing more from the person, else null
   * @param body the body of that POST, else null
   */
  record ActionJson(
      String kind,
      String target,
      String label,
      boolean open,
      String reason,
      String endpoint,
      Map<String, Object> body) {}

  /** The agenda of a partner of {@code journey}. */
  static AgendaJson of(JourneyId journey, Agenda agenda) {
    List<ActionJson> actions = agenda.actions().stream().map(a -> action(journey, a)).toList();
    List<DueJson> due =
        agenda.due().stream()
            .map(
                d ->
                    new DueJson(
                        kind(d.kind()),
                        d.target(),
                        d.sentence(),
                        agenda.actions().stream()
                            .filter(
                                a ->
                                    d.actions().contains(a.kind()) && a.target().equals(d.target()))
                            .map(a -> action(journey, a))
                            .toList()))
            .toList();
    return new AgendaJson(agenda.today().toString(), due, actions);
  }

  private static ActionJson action(JourneyId journey, Agenda.Action a) {
    Optional<Call> call = a.command().map(AgendaJson::call);
    return new ActionJson(
        kind(a.kind()),
        a.target(),
        a.label(),
        a.isOpen(),
        a.closed().map(Rejection::reason).orElse(null),
        call.map(c -> "/api/journeys/" + journey + c.path()).orElse(null),
        call.map(Call::body).orElse(null));
  }

  /** {@code ACCEPT_COMMITMENT} as {@code accept-commitment}. */
  static String kind(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A POST below the journey. */
  record Call(String path, Map<String, Object> body) {}

  /**
   * The route of {@link CommitmentCommands} or {@link SharedCommands} or {@link PersonalCommands}
   * that sends {@code command}.
   *
   * @throws IllegalArgumentException for a command the agenda does not carry
   */
  static Call call(JourneyCommand command) {
    if (command instanceof AcceptCommitment c) {
      return new Call("/commitments/" + c.commitment() + "/accept", Map.of());
    } else if (command instanceof DeclineCommitment c) {
      return new Call("/commitments/" + c.commitment() + "/decline", Map.of());
    } else if (command instanceof ActivateCommitment c) {
      return new Call(
          "/commitments/" + c.commitment() + "/activate", Map.of("from", c.from().toString()));
    } else if (command instanceof RetireCommitment c) {
      return new Call("/commitments/" + c.commitment() + "/retire", Map.of());
    } else if (command instanceof ReportOccurrence c) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("day", c.day().toString());
      body.put("kind", c.kind().name());
      return new Call("/commitments/" + c.commitment() + "/reports", body);
    } else if (command instanceof ConfirmOccurrence c) {
      return new Call(
          "/commitments/" + c.commitment() + "/confirm", Map.of("day", c.day().toString()));
    } else if (command instanceof DisputeOccurrence c) {
      return new Call(
          "/commitments/" + c.commitment() + "/dispute", Map.of("day", c.day().toString()));
    } else if (command instanceof AgreeToBoundaryChange c && c.revision().isPresent()) {
      return new Call(
          "/boundaries/" + c.boundary() + "/agree", Map.of("revision", c.revision().getAsInt()));
    } else if (command instanceof DeclineBoundaryChange c) {
      return new Call("/boundaries/" + c.boundary() + "/decline", Map.of());
    } else if (command instanceof ProposeBoundaryWithdrawal c) {
      return new Call("/boundaries/" + c.boundary() + "/withdraw", Map.of());
    } else if (command instanceof FlagCrisis c) {
      return new Call("/crisis", Map.of("day", c.day().toString()));
    } else if (command instanceof AgreeToAdvance) {
      return new Call("/agree-to-advance", Map.of());
    }
    throw new IllegalArgumentException("no web route sends " + command.getClass().getSimpleName());
  }
}
