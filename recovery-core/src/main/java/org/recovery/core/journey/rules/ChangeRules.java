package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import java.time.LocalDate;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Terms;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.journey.Decision;

/**
 * Rules for changing an active commitment: revising, pausing, retiring. Easing by the owner waits
 * for the cooling-off delay; easing granted by the partner it is owed to, and strengthening by the
 * owner, take effect at once. Only the owner can ask more of themself. While the journey is on
 * hold, the partner a monitoring commitment watches may end it at once, without cooling-off.
 */
final class ChangeRules {
  private ChangeRules() {}

  static Decision decide(Context ctx, CommitmentCommand command) {
    Commitment c = ctx.state().commitment(command.commitment()).orElse(null);
    if (c == null) {
      return CommitmentRules.unknown(command);
    }
    boolean byOwner = c.owner().equals(ctx.actor());
    // While the journey is held, whoever a monitoring commitment watches may end it at once.
    boolean endsMonitoringWhileHeld =
        command instanceof RetireCommitment && byOwner && ctx.held() && c.category().isMonitoring();
    boolean retirementPending =
        c.lifecycle() == CommitmentStatus.RETIRED
            && c.retiredFrom().filter(ctx.today()::isBefore).isPresent();
    boolean grantsPendingRetirement =
        command instanceof RetireCommitment
            && (!byOwner || endsMonitoringWhileHeld)
            && retirementPending;
    if (c.lifecycle() != CommitmentStatus.ACTIVE && !grantsPendingRetirement) {
      return reject(
          RejectionCode.COMMITMENT_STATUS,
          "\""
              + c.title()
              + "\" is "
              + c.lifecycle().name().toLowerCase(java.util.Locale.ROOT)
              + ", not active.");
    }
    LocalDate coolingOffEnds = CommitmentRules.endOfCoolingOff(ctx);
    if (command instanceof ReviseCommitment r) {
      return revise(ctx, c, r, byOwner, coolingOffEnds);
    }
    if (command instanceof PauseCommitment p) {
      Decision early = ctx.checkTodayOrLater("A pause", p.from());
      if (early != null) {
        return early;
      }
      if (byOwner && p.from().isBefore(coolingOffEnds)) {
        return reject(
            RejectionCode.COOLING_OFF,
            "A pause you ask for yourself starts after the "
                + ctx.state().settings().coolingOffDays()
                + "-day cooling-off, on "
                + coolingOffEnds
                + " at the earliest. "
                + ctx.other().name()
                + " can grant an earlier one.");
      }
      return accept(new CommitmentPaused(c.id(), p.from(), p.until(), ctx.actor(), ctx.now()));
    }
    LocalDate from = byOwner && !endsMonitoringWhileHeld ? coolingOffEnds : ctx.today();
    return accept(new CommitmentRetired(c.id(), from, ctx.actor(), ctx.now()));
  }

  private static Decision revise(
      Context ctx, Commitment c, ReviseCommitment r, boolean byOwner, LocalDate coolingOffEnds) {
    Terms current = c.latestTerms();
    if (current.cadence().equals(r.cadence()) && current.verification() == r.verification()) {
      return reject(
          RejectionCode.NO_CHANGE,
          "\""
              + c.title()
              + "\" already asks "
              + r.cadence().spec()
              + ", "
              + r.verification().name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    Terms asked = new Terms(ctx.today(), r.cadence(), r.verification());
    boolean easesCadence = r.cadence().isEasierThan(current.cadence());
    boolean easesVerification = r.verification().isEasierThan(current.verification());
    boolean strengthens =
        current.cadence().isEasierThan(r.cadence())
            || current.verification().isEasierThan(r.verification());
    if (!byOwner && (strengthens || !(easesCadence || easesVerification))) {
      return reject(
          RejectionCode.NOT_THE_OWNER,
          "Only "
              + ctx.name(c.owner())
              + " can ask more of themself; propose a new commitment instead.");
    }
    Terms inEffect = c.termsOn(ctx.today()).orElse(current);
    boolean eases = asked.isEasierThan(current) || asked.isEasierThan(inEffect);
    LocalDate from = byOwner && eases ? coolingOffEnds : ctx.today();
    return accept(
        new CommitmentRevised(c.id(), r.cadence(), r.verification(), from, ctx.actor(), ctx.now()));
  }
}
