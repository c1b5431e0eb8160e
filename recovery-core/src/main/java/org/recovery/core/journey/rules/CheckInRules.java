package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.reject;

import java.util.ArrayList;
import java.util.List;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;

/**
 * Rules for check-ins: one per partner per day, for a day from the journey's first to today. A
 * private note on a shared check-in is kept apart as a private journal entry. A check-in that flags
 * a crisis is private to its author as a whole — ratings, note and flag — whatever visibility was
 * asked for; a crisis can also be flagged on its own at any moment ({@link
 * PersonalCommand.FlagCrisis}).
 */
final class CheckInRules {
  private CheckInRules() {}

  static Decision decide(Context ctx, CheckInCommand command) {
    RecordCheckIn c = (RecordCheckIn) command;
    JourneyState s = ctx.state();
    Decision outside = ctx.checkWithinJourney("The check-in day", c.day());
    if (outside != null) {
      return outside;
    }
    boolean already =
        s.checkIns().stream()
            .anyMatch(k -> k.partner().equals(ctx.actor()) && k.day().equals(c.day()));
    if (already) {
      return reject(
          RejectionCode.ALREADY_CHECKED_IN, "You have already checked in for " + c.day() + ".");
    }
    // Everything recorded with a crisis flag stays with its author, whatever was asked for:
    // the other partner may be the danger.
    Visibility visibility = c.crisis() ? Visibility.PRIVATE : c.visibility();
    boolean noteApart =
        visibility == Visibility.SHARED
            && c.noteVisibility() == Visibility.PRIVATE
            && !c.note().isEmpty();
    List<JourneyEvent> events = new ArrayList<>();
    events.add(
        new CheckInRecorded(
            c.checkIn(),
            c.day(),
            c.ratings().emotionalSafety(),
            c.ratings().trust(),
            c.ratings().closeness(),
            c.ratings().hope(),
            c.sharedSomethingVulnerable(),
            c.triggered(),
            c.reactiveOutbursts(),
            noteApart ? "" : c.note(),
            visibility,
            ctx.actor(),
            ctx.now()));
    if (noteApart) {
      events.add(new JournalEntryWritten(c.day(), c.note(), ctx.actor(), ctx.now()));
    }
    if (c.crisis()) {
      events.add(new CrisisFlagged(c.day(), ctx.actor(), ctx.now()));
    }
    return Context.accept(events);
  }
}
