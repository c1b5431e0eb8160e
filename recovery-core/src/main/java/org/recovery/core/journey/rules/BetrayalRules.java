package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.BetrayalCommand;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyState;

/**
 * Rules for betrayals: either partner records one; only the involved partner takes responsibility;
 * only the hurt partner says whether they feel heard.
 */
final class BetrayalRules {
  private BetrayalRules() {}

  static Decision decide(Context ctx, BetrayalCommand command) {
    JourneyState s = ctx.state();
    if (command instanceof RecordBetrayal c) {
      if (s.betrayal(c.betrayal()).isPresent()) {
        return reject(
            RejectionCode.ALREADY_RECORDED, "Betrayal " + c.betrayal() + " is already recorded.");
      }
      if (!s.isPartner(c.hurtPartner()) || !s.isPartner(c.involvedPartner())) {
        return reject(
            RejectionCode.NOT_A_PARTNER,
            "The hurt and the involved partner must both be partners of this journey.");
      }
      if (c.hurtPartner().equals(c.involvedPartner())) {
        return reject(
            RejectionCode.SAME_PARTNER,
            "A betrayal needs a hurt partner and a different involved partner.");
      }
      Decision early = ctx.checkPastOrToday("The day the betrayal came to light", c.on());
      return early != null
          ? early
          : accept(
              new BetrayalRecorded(
                  c.betrayal(),
                  c.kind(),
                  c.hurtPartner(),
                  c.involvedPartner(),
                  c.cameToLight(),
                  c.on(),
                  ctx.actor(),
                  ctx.now()));
    }
    BetrayalId id =
        command instanceof TakeResponsibility t
            ? t.betrayal()
            : ((RecordFeelingHeard) command).betrayal();
    Betrayal b = s.betrayal(id).orElse(null);
    if (b == null) {
      return reject(RejectionCode.UNKNOWN_BETRAYAL, "There is no betrayal " + id + ".");
    }
    if (command instanceof TakeResponsibility c) {
      if (!b.involvedPartner().equals(ctx.actor())) {
        return reject(
            RejectionCode.NOT_THE_INVOLVED_PARTNER,
            "Only "
                + ctx.name(b.involvedPartner())
                + ", who was involved, can take responsibility.");
      }
      if (b.isAcknowledged()) {
        return reject(
            RejectionCode.ALREADY_RECORDED,
            "You have already taken responsibility for this betrayal.");
      }
      return accept(new ResponsibilityTaken(id, c.statement(), ctx.actor(), ctx.now()));
    }
    RecordFeelingHeard c = (RecordFeelingHeard) command;
    if (!b.hurtPartner().equals(ctx.actor())) {
      return reject(
          RejectionCode.NOT_THE_HURT_PARTNER,
          "Only " + ctx.name(b.hurtPartner()) + ", who was hurt, can say whether they feel heard.");
    }
    return accept(new FeelingHeardRecorded(id, c.level(), ctx.actor(), ctx.now()));
  }
}
