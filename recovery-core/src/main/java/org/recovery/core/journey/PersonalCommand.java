package org.recovery.core.journey;

import java.time.LocalDate;
import java.util.Map;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.safety.ScreeningAnswers;

/** Commands about one partner's own entries: consent, safety, journal, therapy. */
public sealed interface PersonalCommand extends JourneyCommand {

  /** The longest journal entry. */
  int MAX_JOURNAL_LENGTH = 20_000;

  /** Declare the level of intimacy the acting partner is ready for. Effective at once. */
  record DeclareConsent(ConsentLevel level) implements PersonalCommand {
    /** Validates the command. */
    public DeclareConsent {
      Fields.require("level", level);
    }
  }

  /** Complete the private safety screening. */
  record CompleteSafetyScreening(ScreeningAnswers answers) implements PersonalCommand {
    /** Validates the command. */
    public CompleteSafetyScreening {
      Fields.require("answers", answers);
    }
  }

  /** Write a private journal entry for a day. */
  record WriteJournalEntry(LocalDate day, String text) implements PersonalCommand {
    /** Validates the command. @throws IllegalArgumentException if the text is blank */
    public WriteJournalEntry {
      Fields.require("day", day);
      text = Fields.text("journal text", text, MAX_JOURNAL_LENGTH);
      if (text.isEmpty()) {
        throw new IllegalArgumentException("journal text must not be blank");
      }
    }
  }

  /** Record a therapy session. */
  record RecordTherapySession(TherapyKind kind, LocalDate day, Visibility visibility)
      implements PersonalCommand {
    /** Validates the command. */
    public RecordTherapySession {
      Fields.require("kind", kind, "day", day, "visibility", visibility);
    }
  }

  /** A hurt partner records where they are in forgiving; private unless {@code visibility} says. */
  record RecordForgiveness(ForgivenessStep step, Visibility visibility) implements PersonalCommand {
    /** Validates the command. */
    public RecordForgiveness {
      Fields.require("step", step, "visibility", visibility);
    }
  }

  /**
   * Say that the acting partner is not safe, or is thinking of harming themself, on {@code day}
   * (today or earlier). Allowed at any moment, as often as needed, with or without a check-in;
   * always private to its author. Their own report then shows crisis resources first.
   *
   * @param day the day it is about
   */
  record FlagCrisis(LocalDate day) implements PersonalCommand {
    /** Validates the command. */
    public FlagCrisis {
      Fields.require("day", day);
    }
  }

  /** Choose whether to see day counters ("90 days without…") in one's own report. */
  record ChooseDayCounters(boolean shown) implements PersonalCommand {}

  /**
   * Complete a questionnaire of the catalogue ({@link org.recovery.core.instrument.Instruments}):
   * the answers are checked and scored against its definition; shared or private as chosen.
   *
   * @param instrumentId the instrument's id, e.g. {@code csi-4}
   * @param answers the answer to each item, by item id
   * @param visibility shared with the other partner, or private
   */
  record CompleteInstrument(
      String instrumentId, Map<String, Integer> answers, Visibility visibility)
      implements PersonalCommand {
    /** The most answers a command may carry. */
    public static final int MAX_ANSWERS = 500;

    /** Validates the command. @throws IllegalArgumentException if there are too many answers */
    public CompleteInstrument {
      Fields.require("instrumentId", instrumentId, "answers", answers, "visibility", visibility);
      if (answers.size() > MAX_ANSWERS) {
        throw new IllegalArgumentException(
            "answers must be at most " + MAX_ANSWERS + ", were " + answers.size());
      }
      answers = PersonalEvent.InstrumentCompleted.answerCopy(answers);
    }
  }
}
