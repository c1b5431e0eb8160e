package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.BoundaryCommand;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryRevision;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeDeclined;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryWithdrawalProposed;
import org.recovery.core.journey.Decision;

/**
 * Rules for boundaries. One partner proposes a change (a new boundary, new wording, or ending it);
 * it takes effect only when the other agrees. One change waits at a time; either partner may
 * decline it. Every proposal gets a revision number of its own, so an agreement can name the
 * proposal it answers. A boundary whose first wording was declined can be proposed again with new
 * wording.
 */
final class BoundaryRules {
  private BoundaryRules() {}

  static Decision decide(Context ctx, BoundaryCommand command) {
    if (command instanceof ProposeBoundary c) {
      if (ctx.state().boundary(c.boundary()).isPresent()) {
        return reject(
            RejectionCode.ALREADY_RECORDED, "Boundary " + c.boundary() + " already exists.");
      }
      return accept(new BoundaryProposed(c.boundary(), c.area(), c.text(), ctx.actor(), ctx.now()));
    }
    Boundary b = ctx.state().boundary(command.boundary()).orElse(null);
    if (b == null) {
      return reject(
          RejectionCode.UNKNOWN_BOUNDARY, "There is no boundary " + command.boundary() + ".");
    }
    if (command instanceof ProposeBoundaryRevision
        || command instanceof ProposeBoundaryWithdrawal) {
      if (b.pending().isPresent()) {
        return reject(
            RejectionCode.BOUNDARY_PROPOSAL_STATE,
            "A change to this boundary is already waiting for an answer.");
      }
      boolean neverAgreed = !b.isActive() && !b.isWithdrawn();
      if (!b.isActive() && !(neverAgreed && command instanceof ProposeBoundaryRevision)) {
        return reject(
            RejectionCode.BOUNDARY_PROPOSAL_STATE,
            "Only a boundary both partners agreed to can be revised or withdrawn.");
      }
      int next = b.nextRevision();
      if (command instanceof ProposeBoundaryRevision c) {
        if (b.agreedText().map(c.text()::equals).orElse(false)) {
          return reject(RejectionCode.NO_CHANGE, "The boundary already says that.");
        }
        return accept(new BoundaryRevisionProposed(b.id(), next, c.text(), ctx.actor(), ctx.now()));
      }
      return accept(new BoundaryWithdrawalProposed(b.id(), next, ctx.actor(), ctx.now()));
    }
    BoundaryChange pending = b.pending().orElse(null);
    if (pending == null) {
      return reject(
          RejectionCode.BOUNDARY_PROPOSAL_STATE,
          "No change to this boundary is waiting for an answer.");
    }
    if (command instanceof AgreeToBoundaryChange agree) {
      if (agree.revision().isPresent() && agree.revision().getAsInt() != pending.revision()) {
        return reject(
            RejectionCode.BOUNDARY_PROPOSAL_STATE,
            "The change you are answering was"
                + " replaced by a newer proposal; read it before you agree.");
      }
      if (pending.proposedBy().equals(ctx.actor())) {
        return reject(
            RejectionCode.NEEDS_THE_OTHER_PARTNER,
            ctx.other().name() + " must agree; one partner alone can never set a boundary.");
      }
      return accept(new BoundaryChangeAgreed(b.id(), pending.revision(), ctx.actor(), ctx.now()));
    }
    return accept(new BoundaryChangeDeclined(b.id(), pending.revision(), ctx.actor(), ctx.now()));
  }
}
