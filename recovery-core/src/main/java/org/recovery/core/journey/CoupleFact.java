package org.recovery.core.journey;

import java.util.Objects;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.SealedEntry;

/**
 * What the couple's rules need from an entry private to one partner, and nothing more. A store that
 * seals private entries to their author keeps this beside the sealed entry, readable by both
 * partners, so that a partner who cannot open the other's entries folds exactly the state the rules
 * read: the effective consent level (the lower of the two), who has screened, and whether a concern
 * holds the journey.
 *
 * <p>Everything else — what a partner wrote, rated, answered or felt, and even which kind of entry
 * it was (a journal entry, a private check-in, a crisis flag…) — stays sealed. Only consent
 * declarations and safety screenings carry a fact; every other private entry carries {@link
 * Nothing}.
 */
public sealed interface CoupleFact {

  // The records below write out equals and hashCode, as every record the commands compare does:
  // see JourneyId.

  /** A private entry the couple's rules need nothing from. */
  record Nothing() implements CoupleFact {
    @Override
    public boolean equals(Object other) {
      return other instanceof Nothing;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /**
   * A consent declaration: the level, from which the effective (lower) level is computed.
   *
   * @param level the level the author declared
   */
  record ConsentLevelDeclared(ConsentLevel level) implements CoupleFact {
    /** Validates the fact. */
    public ConsentLevelDeclared {
      Objects.requireNonNull(level, "level must not be null");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ConsentLevelDeclared that && level == that.level;
    }

    @Override
    public int hashCode() {
      return level.hashCode();
    }
  }

  /**
   * A safety screening: that the author screened (the Stabilise gate counts it), and whether it
   * holds the journey. The answers stay sealed.
   *
   * @param holds whether the screening flags a concern, which holds the journey while it is the
   *     author's latest
   */
  record Screened(boolean holds) implements CoupleFact {
    @Override
    public boolean equals(Object other) {
      return other instanceof Screened that && holds == that.holds;
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(holds);
    }
  }

  /**
   * The couple fact of a private entry.
   *
   * @throws IllegalArgumentException if {@code event} is shared: shared events are never sealed
   */
  static CoupleFact of(JourneyEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    if (event.visibility() != Visibility.PRIVATE) {
      throw new IllegalArgumentException(
          "only private entries have a couple fact; "
              + event.getClass().getSimpleName()
              + " is shared");
    }
    if (event instanceof SealedEntry e) {
      return e.fact();
    }
    if (event instanceof ConsentDeclared e) {
      return new ConsentLevelDeclared(e.level());
    }
    if (event instanceof SafetyScreeningCompleted e) {
      return new Screened(e.answers().flags());
    }
    return new Nothing();
  }

  /**
   * What a reader who cannot open {@code event} folds in its place: an entry private to its author,
   * carrying only its couple fact.
   *
   * @throws IllegalArgumentException if {@code event} is shared
   */
  static SealedEntry sealedFormOf(JourneyEvent event) {
    return new SealedEntry(of(event), event.by(), event.at());
  }
}
