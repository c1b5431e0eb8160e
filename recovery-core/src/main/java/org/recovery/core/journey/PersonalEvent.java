package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.safety.ScreeningAnswers;

/**
 * Entries that belong to one partner: consent, safety screening, journal, crisis flags and therapy
 * sessions. Most are private to their author.
 */
public sealed interface PersonalEvent extends JourneyEvent {

  /**
   * An entry private to {@code by} that this reader cannot open: it was sealed under its author's
   * key (see docs/security.md), and the reader is the other partner, or the author after destroying
   * their key. It carries only its {@link CoupleFact} — never a guess at what the entry said — so
   * folding it gives the couple's rules what they need (the effective consent level, who has
   * screened, the hold) and nothing else. It is private to its author, so it never reaches the
   * other partner's view; a store never writes one.
   *
   * @param fact what the couple's rules need from the entry
   * @param by the entry's author
   * @param at when it was recorded
   */
  record SealedEntry(CoupleFact fact, PartnerId by, Instant at) implements PersonalEvent {
    /** Validates the event. */
    public SealedEntry {
      Fields.require("fact", fact, "by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /**
   * A partner declared the level of intimacy they are ready for. Private: the other partner sees
   * only the effective (lower) level of the two. Lowering it is immediate and needs no reason.
   */
  record ConsentDeclared(ConsentLevel level, PartnerId by, Instant at) implements PersonalEvent {
    /** Validates the event. */
    public ConsentDeclared {
      Fields.require("level", level, "by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /**
   * A partner completed a safety screen. Always private.
   *
   * @param answers the screen and the answer to each of its questions
   * @param by the partner
   * @param at when
   */
  record SafetyScreeningCompleted(ScreeningAnswers answers, PartnerId by, Instant at)
      implements PersonalEvent {
    /** Validates the event. */
    public SafetyScreeningCompleted {
      Fields.require("answers", answers, "by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /** A private journal entry. */
  record JournalEntryWritten(LocalDate day, String text, PartnerId by, Instant at)
      implements PersonalEvent {
    /** Validates the event. */
    public JournalEntryWritten {
      Fields.require("day", day, "text", text, "by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /**
   * A partner said in a check-in that they are not safe or are thinking of harming themself.
   * Private: the other partner may be the danger.
   */
  record CrisisFlagged(LocalDate day, PartnerId by, Instant at) implements PersonalEvent {
    /** Validates the event. */
    public CrisisFlagged {
      Fields.require("day", day, "by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /** A therapy session took place; individual sessions are usually private. */
  record TherapySessionRecorded(
      TherapyKind kind, LocalDate day, Visibility visibility, PartnerId by, Instant at)
      implements PersonalEvent {
    /** Validates the event. */
    public TherapySessionRecorded {
      Fields.require("kind", kind, "day", day, "visibility", visibility, "by", by, "at", at);
    }
  }

  /**
   * A hurt partner recorded where they are in forgiving. Private unless they chose to share it.
   *
   * @param step where they are
   * @param visibility private by default; shared if they chose to tell their partner
   * @param by the hurt partner
   * @param at when
   */
  record ForgivenessRecorded(ForgivenessStep step, Visibility visibility, PartnerId by, Instant at)
      implements PersonalEvent {
    /** Validates the event. */
    public ForgivenessRecorded {
      Fields.require("step", step, "visibility", visibility, "by", by, "at", at);
    }
  }

  /** A partner chose whether to see day counters in their report. Private. */
  record DayCountersChosen(boolean shown, PartnerId by, Instant at) implements PersonalEvent {
    /** Validates the event. */
    public DayCountersChosen {
      Fields.require("by", by, "at", at);
    }

    @Override
    public Visibility visibility() {
      return Visibility.PRIVATE;
    }
  }

  /**
   * A partner completed a questionnaire. Shared or private, as the partner chose. The event keeps
   * the raw answers; scores are derived with the definition of {@code instrument} at {@code
   * instrumentVersion}.
   *
   * @param instrument the instrument's id, e.g. {@code csi-4}
   * @param instrumentVersion the version of its definition the answers were checked against
   * @param answers the answer to each item, by item id; iterates in item-id order
   * @param visibility shared with the other partner, or private
   * @param by the partner who answered
   * @param at when
   */
  record InstrumentCompleted(
      String instrument,
      int instrumentVersion,
      Map<String, Integer> answers,
      Visibility visibility,
      PartnerId by,
      Instant at)
      implements PersonalEvent {
    /** Validates the event. @throws IllegalArgumentException if the version is below 1 */
    public InstrumentCompleted {
      Fields.require(
          "instrument",
          instrument,
          "answers",
          answers,
          "visibility",
          visibility,
          "by",
          by,
          "at",
          at);
      if (instrumentVersion < 1) {
        throw new IllegalArgumentException(
            "instrumentVersion must be at least 1, was " + instrumentVersion);
      }
      answers = answerCopy(answers);
    }

    static Map<String, Integer> answerCopy(Map<String, Integer> answers) {
      TreeMap<String, Integer> copy = new TreeMap<>();
      answers.forEach(
          (item, answer) ->
              copy.put(
                  Objects.requireNonNull(item, "an answer's item id must not be null"),
                  Objects.requireNonNull(
                      answer, "the answer to item " + item + " must not be null")));
      return Collections.unmodifiableMap(copy);
    }
  }
}
