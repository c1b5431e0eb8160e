package org.recovery.cli;

import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BetrayalEvent;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.LifecycleEvent;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.DayCountersChosen;
import org.recovery.core.journey.PersonalEvent.ForgivenessRecorded;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.journey.StageEvent;
import org.recovery.core.journey.StageEvent.AdvanceAgreed;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;

/**
 * One sentence per event, as the partner reading may see it: for the timeline and for what a
 * command reports it recorded. Only events from the reader's view are ever given to it.
 */
final class EventText {
  private final Names names;
  private final JourneyState state;

  /**
   * @param names the partners' names
   * @param state the reader's view state, for the titles of commitments and boundaries
   */
  EventText(Names names, JourneyState state) {
    this.names = names;
    this.state = state;
  }

  /** What {@code event} says, starting with who did it. */
  String describe(JourneyEvent event) {
    if (event instanceof StageAdvanced e) {
      return "The journey moved on from " + e.from() + " to " + e.to();
    } else if (event instanceof StageMovedBack e) {
      return "The journey moved back from "
          + e.from()
          + " to "
          + e.to()
          + " ("
          + Words.words(e.cause())
          + ")";
    }
    String who = names.of(event.by());
    String what;
    if (event instanceof LifecycleEvent e) {
      what = lifecycle(e);
    } else if (event instanceof BetrayalEvent e) {
      what = betrayal(e);
    } else if (event instanceof CheckInRecorded e) {
      what = checkIn(e);
    } else if (event instanceof PersonalEvent e) {
      what = personal(e);
    } else if (event instanceof StageEvent e) {
      what = stage(e);
    } else {
      what = new ChangeText(names, state).describe(event);
    }
    String privately = event.visibility() == Visibility.PRIVATE ? " (private)" : "";
    return who + " " + what + privately;
  }

  private String lifecycle(LifecycleEvent event) {
    if (event instanceof JourneyStarted e) {
      return "started the journey of "
          + e.firstName()
          + " and "
          + e.secondName()
          + " ("
          + e.zone()
          + ")";
    } else if (event instanceof DecidedToTry) {
      return "decided to work on the relationship";
    } else if (event instanceof JourneyPaused e) {
      return "paused the journey from " + e.from();
    } else if (event instanceof JourneyResumed e) {
      return "resumed the journey on " + e.on();
    }
    return "ended the journey: " + Words.words(((JourneyEnded) event).outcome());
  }

  private String betrayal(BetrayalEvent event) {
    String id = Words.shortId(event.betrayal().value());
    if (event instanceof BetrayalRecorded e) {
      return "recorded betrayal "
          + id
          + ": "
          + Words.words(e.kind())
          + " by "
          + names.of(e.involvedPartner())
          + ", which hurt "
          + names.of(e.hurtPartner())
          + "; "
          + Words.words(e.cameToLight())
          + " on "
          + e.on();
    } else if (event instanceof ResponsibilityTaken e) {
      return "took responsibility for betrayal "
          + id
          + (e.statement().isEmpty() ? "" : ": \"" + e.statement() + "\"");
    }
    return "said how heard they feel about betrayal "
        + id
        + ": "
        + Words.words(((FeelingHeardRecorded) event).level());
  }

  private String checkIn(CheckInRecorded e) {
    StringBuilder text =
        new StringBuilder("checked in for ")
            .append(e.day())
            .append(": safety ")
            .append(e.emotionalSafety())
            .append(", trust ")
            .append(e.trust())
            .append(", closeness ")
            .append(e.closeness())
            .append(", hope ")
            .append(e.hope());
    if (e.sharedSomethingVulnerable()) {
      text.append("; shared something vulnerable");
    }
    if (e.triggered()) {
      text.append("; was triggered");
    }
    if (e.reactiveOutbursts() > 0) {
      text.append("; ")
          .append(e.reactiveOutbursts())
          .append(" reactive outburst")
          .append(e.reactiveOutbursts() == 1 ? "" : "s");
    }
    if (!e.note().isEmpty()) {
      text.append(" — \"").append(e.note()).append('"');
    }
    return text.toString();
  }

  private String personal(PersonalEvent event) {
    if (event instanceof ConsentDeclared e) {
      return "declared a consent level: " + Words.words(e.level());
    } else if (event instanceof SafetyScreeningCompleted e) {
      return "completed the safety screening"
          + (e.answers().flags() ? ": it raises a safety concern" : ": no concern raised");
    } else if (event instanceof JournalEntryWritten e) {
      return "wrote in the journal for " + e.day() + ": \"" + e.text() + "\"";
    } else if (event instanceof CrisisFlagged e) {
      return "said on " + e.day() + " that they are not safe";
    } else if (event instanceof TherapySessionRecorded e) {
      return "had a " + Words.words(e.kind()) + " session on " + e.day();
    } else if (event instanceof ForgivenessRecorded e) {
      return "is at this step of forgiving: " + Words.words(e.step());
    } else if (event instanceof InstrumentCompleted e) {
      return "completed the questionnaire "
          + e.instrument()
          + (e.instrumentVersion() == 1 ? "" : " (version " + e.instrumentVersion() + ")");
    } else if (event instanceof PersonalEvent.SealedEntry) {
      return "wrote a private entry that can no longer be opened";
    }
    return ((DayCountersChosen) event).shown()
        ? "chose to see day counters"
        : "chose not to see day counters";
  }

  private String stage(StageEvent event) {
    AdvanceAgreed e = (AdvanceAgreed) event;
    return "agreed to move on from " + e.from() + " to " + e.to();
  }
}
