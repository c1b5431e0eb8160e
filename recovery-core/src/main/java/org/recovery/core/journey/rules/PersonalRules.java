package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import java.util.List;
import java.util.Optional;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Refusal;
import org.recovery.core.instrument.Scoring;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.PersonalCommand;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PersonalEvent;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.DayCountersChosen;
import org.recovery.core.journey.PersonalEvent.ForgivenessRecorded;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;

/** Rules for a partner's own entries. Consent changes take effect at once and need no reason. */
final class PersonalRules {
  private PersonalRules() {}

  static Decision decide(Context ctx, PersonalCommand command) {
    if (command instanceof DeclareConsent c) {
      ConsentLevel current = ctx.state().consent().of(ctx.actor()).orElse(ConsentLevel.NONE);
      boolean declaredBefore = ctx.state().consent().of(ctx.actor()).isPresent();
      if (declaredBefore && current == c.level()) {
        return reject(
            RejectionCode.NO_CHANGE,
            "Your consent level is already "
                + c.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ".");
      }
      return accept(new ConsentDeclared(c.level(), ctx.actor(), ctx.now()));
    }
    if (command instanceof CompleteSafetyScreening c) {
      return accept(new SafetyScreeningCompleted(c.answers(), ctx.actor(), ctx.now()));
    }
    if (command instanceof WriteJournalEntry c) {
      Decision future = ctx.checkWithinJourney("The journal day", c.day());
      return future != null
          ? future
          : accept(new JournalEntryWritten(c.day(), c.text(), ctx.actor(), ctx.now()));
    }
    if (command instanceof RecordForgiveness c) {
      boolean hurt =
          ctx.state().betrayals().values().stream()
              .anyMatch(b -> b.hurtPartner().equals(ctx.actor()));
      if (!hurt) {
        return reject(
            RejectionCode.NOT_THE_HURT_PARTNER,
            "Forgiveness is recorded by a partner who was hurt by a recorded betrayal.");
      }
      return accept(new ForgivenessRecorded(c.step(), c.visibility(), ctx.actor(), ctx.now()));
    }
    if (command instanceof ChooseDayCounters c) {
      if (ctx.state().preferences().showsDayCounters(ctx.actor()) == c.shown()) {
        return reject(
            RejectionCode.NO_CHANGE,
            "Day counters are already " + (c.shown() ? "shown." : "hidden."));
      }
      return accept(new DayCountersChosen(c.shown(), ctx.actor(), ctx.now()));
    }
    if (command instanceof PersonalCommand.FlagCrisis c) {
      Decision outside = ctx.checkWithinJourney("The day of the crisis", c.day());
      return outside != null
          ? outside
          : accept(new PersonalEvent.CrisisFlagged(c.day(), ctx.actor(), ctx.now()));
    }
    if (command instanceof CompleteInstrument c) {
      return completeInstrument(ctx, c);
    }
    RecordTherapySession c = (RecordTherapySession) command;
    Decision future = ctx.checkWithinJourney("The session day", c.day());
    return future != null
        ? future
        : accept(
            new TherapySessionRecorded(c.kind(), c.day(), c.visibility(), ctx.actor(), ctx.now()));
  }

  private static Decision completeInstrument(Context ctx, CompleteInstrument c) {
    Optional<Instrument> found = ctx.instruments().find(c.instrumentId());
    if (found.isEmpty()) {
      List<String> known = ctx.instruments().ids();
      return reject(
          RejectionCode.UNKNOWN_INSTRUMENT,
          "There is no questionnaire \""
              + c.instrumentId()
              + "\"; "
              + (known.isEmpty()
                  ? "none is available."
                  : "known are " + String.join(", ", known) + "."));
    }
    Instrument instrument = found.get();
    if (Scoring.score(instrument, c.answers()) instanceof Refusal refusal) {
      return reject(RejectionCode.INVALID_ANSWERS, refusal.message());
    }
    return accept(
        new InstrumentCompleted(
            instrument.id(),
            instrument.version(),
            c.answers(),
            c.visibility(),
            ctx.actor(),
            ctx.now()));
  }
}
