package org.recovery.core.progress;

import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.progress.Agenda.ActionKind;
import org.recovery.core.progress.Agenda.DueKind;

/**
 * The agenda's part about boundaries: agreeing to or declining the other partner's proposal,
 * withdrawing one's own, and proposing to end an agreed boundary.
 */
final class BoundaryAgenda {
  private BoundaryAgenda() {}

  static void add(AgendaBuilder agenda) {
    String other = agenda.full().other(agenda.viewer()).name();
    for (Boundary b : agenda.view().state().boundaries().values()) {
      Optional<BoundaryChange> pending = b.pending();
      String id = b.id().toString();
      if (pending.isEmpty()) {
        b.agreedText()
            .ifPresent(
                text ->
                    agenda.probe(
                        ActionKind.PROPOSE_ENDING_BOUNDARY,
                        id,
                        "Propose ending the boundary \"" + text + "\"",
                        true,
                        new ProposeBoundaryWithdrawal(b.id())));
        continue;
      }
      BoundaryChange change = pending.get();
      String what = describe(change);
      if (change.proposedBy().equals(agenda.viewer())) {
        agenda.probe(
            ActionKind.WITHDRAW_BOUNDARY_PROPOSAL,
            id,
            "Withdraw your proposal of " + what,
            true,
            new DeclineBoundaryChange(b.id()));
        continue;
      }
      agenda.question(
          id,
          new AgendaBuilder.Answer(
              ActionKind.AGREE_TO_BOUNDARY,
              "Agree to " + what,
              new AgreeToBoundaryChange(b.id(), OptionalInt.of(change.revision()))),
          new AgendaBuilder.Answer(
              ActionKind.DECLINE_BOUNDARY, "Decline " + what, new DeclineBoundaryChange(b.id())),
          DueKind.BOUNDARY_ANSWER,
          other + " proposes " + what + ". It holds only if you" + " agree.");
    }
  }

  private static String describe(BoundaryChange change) {
    return switch (change.kind()) {
      case INTRODUCE -> "a boundary: \"" + change.text() + "\"";
      case REVISE -> "new wording for a boundary: \"" + change.text() + "\"";
      case WITHDRAW -> "ending the boundary \"" + change.text() + "\"";
    };
  }
}
