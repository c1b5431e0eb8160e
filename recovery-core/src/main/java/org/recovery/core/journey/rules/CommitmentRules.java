package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import java.time.LocalDate;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.DeclineCommitment;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentDeclined;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.Decision;

/**
 * Rules for a commitment's life. Either partner proposes; the other accepts. A change that makes a
 * commitment easier (lower cadence or verification, a pause, retirement) takes effect at once when
 * the partner it is owed to grants it, and after the cooling-off delay when its owner makes it; a
 * change that makes it stronger is the owner's to make and takes effect at once.
 */
final class CommitmentRules {
  private CommitmentRules() {}

  static Decision decide(Context ctx, CommitmentCommand command) {
    if (command instanceof ProposeCommitment c) {
      return propose(ctx, c);
    }
    if (command instanceof ReviseCommitment
        || command instanceof PauseCommitment
        || command instanceof RetireCommitment) {
      return ChangeRules.decide(ctx, command);
    }
    if (command instanceof CommitmentCommand.ReportOccurrence
        || command instanceof CommitmentCommand.ConfirmOccurrence
        || command instanceof CommitmentCommand.DisputeOccurrence) {
      return OccurrenceRules.decide(ctx, command);
    }
    Commitment existing = ctx.state().commitment(command.commitment()).orElse(null);
    if (existing == null) {
      return unknown(command);
    }
    boolean declinable =
        command instanceof DeclineCommitment && existing.lifecycle() == CommitmentStatus.ACCEPTED;
    if (!declinable
        && existing.lifecycle()
            != (command instanceof ActivateCommitment
                ? CommitmentStatus.ACCEPTED
                : CommitmentStatus.PROPOSED)) {
      return reject(
          RejectionCode.COMMITMENT_STATUS,
          "\""
              + existing.title()
              + "\" is "
              + existing.lifecycle().name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    if (command instanceof DeclineCommitment) {
      return accept(new CommitmentDeclined(existing.id(), ctx.actor(), ctx.now()));
    }
    Decision monitoring = refuseMonitoring(ctx, existing.category());
    if (monitoring != null) {
      return monitoring;
    }
    if (command instanceof AcceptCommitment) {
      if (existing.proposedBy().equals(ctx.actor())) {
        return reject(
            RejectionCode.NEEDS_THE_OTHER_PARTNER,
            ctx.other().name()
                + " must accept \""
                + existing.title()
                + "\"; nobody accepts their own proposal.");
      }
      return accept(new CommitmentAccepted(existing.id(), ctx.actor(), ctx.now()));
    }
    ActivateCommitment c = (ActivateCommitment) command;
    Decision early = ctx.checkTodayOrLater("The first day", c.from());
    return early != null
        ? early
        : accept(new CommitmentActivated(existing.id(), c.from(), ctx.actor(), ctx.now()));
  }

  private static Decision propose(Context ctx, ProposeCommitment c) {
    if (ctx.state().commitment(c.commitment()).isPresent()) {
      return reject(
          RejectionCode.ALREADY_RECORDED, "Commitment " + c.commitment() + " already exists.");
    }
    if (!ctx.state().isPartner(c.owner())) {
      return reject(
          RejectionCode.NOT_A_PARTNER,
          "The owner of a commitment must be one of the two partners.");
    }
    Decision monitoring = refuseMonitoring(ctx, c.category());
    return monitoring != null
        ? monitoring
        : accept(
            new CommitmentProposed(
                c.commitment(),
                c.owner(),
                c.title(),
                c.category(),
                c.cost(),
                c.cadence(),
                c.verification(),
                ctx.actor(),
                ctx.now()));
  }

  static Decision unknown(CommitmentCommand command) {
    return reject(
        RejectionCode.UNKNOWN_COMMITMENT, "There is no commitment " + command.commitment() + ".");
  }

  /**
   * Refuses a monitoring-type commitment (or a report about one) unless both partners have
   * completed the safety screening and the journey is not on hold. Verification of this kind can
   * overlap with control. While the journey is held, the partner whose own screening shows a
   * concern is told why, in private; the other partner gets only the hold's sentence, which names
   * no cause. Who has screened is a fact both partners see (the first gate shows it).
   */
  static Decision refuseMonitoring(Context ctx, CommitmentCategory category) {
    if (!category.isMonitoring()) {
      return null;
    }
    if (ctx.held()) {
      return ctx.refuseWhileHeld(
          "Commitments that monitor a partner wait until then.",
          "Monitoring commitments are switched off while your safety screening shows a concern."
              + " Individual support comes first; nothing of your screening is shown to "
              + ctx.other().name()
              + ". You can end any commitment that monitors you at once.");
    }
    var safety = ctx.state().safety();
    if (safety.hasScreened(ctx.state().first().id())
        && safety.hasScreened(ctx.state().second().id())) {
      return null;
    }
    return reject(
        RejectionCode.MONITORING_UNAVAILABLE,
        "Monitoring commitments (location,"
            + " device or account access) are available once both of you have completed the private"
            + " safety screening.");
  }

  /** The first day an owner's easing may take effect. */
  static LocalDate endOfCoolingOff(Context ctx) {
    return ctx.today().plus(ctx.state().settings().coolingOff());
  }
}
