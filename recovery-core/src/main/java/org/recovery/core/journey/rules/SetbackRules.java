package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.SetbackCommand;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.Severity;

/** Rules for setbacks: new deception and renewed contact are always severe. */
final class SetbackRules {
  private SetbackRules() {}

  static Decision decide(Context ctx, SetbackCommand command) {
    if (command instanceof RecordSetback c) {
      if (ctx.state().setback(c.setback()).isPresent()) {
        return reject(
            RejectionCode.ALREADY_RECORDED, "Setback " + c.setback() + " is already recorded.");
      }
      if (c.kind().isAlwaysSevere() && c.severity() != Severity.SEVERE) {
        return reject(
            RejectionCode.SEVERITY_TOO_LOW,
            "A "
                + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " is always severe, was "
                + c.severity().name().toLowerCase(java.util.Locale.ROOT)
                + ".");
      }
      Decision future = ctx.checkWithinJourney("The setback day", c.day());
      return future != null
          ? future
          : accept(
              new SetbackRecorded(
                  c.setback(),
                  c.kind(),
                  c.severity(),
                  c.day(),
                  c.description(),
                  ctx.actor(),
                  ctx.now()));
    }
    RecordRepair c = (RecordRepair) command;
    Setback s = ctx.state().setback(c.setback()).orElse(null);
    if (s == null) {
      return reject(RejectionCode.UNKNOWN_SETBACK, "There is no setback " + c.setback() + ".");
    }
    if (s.repairs().contains(c.step())) {
      return reject(
          RejectionCode.ALREADY_RECORDED,
          "This setback is already "
              + c.step().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + ".");
    }
    return accept(new SetbackRepaired(s.id(), c.step(), ctx.actor(), ctx.now()));
  }
}
