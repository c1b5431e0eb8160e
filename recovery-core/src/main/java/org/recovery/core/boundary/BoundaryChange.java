package org.recovery.core.boundary;

import java.util.Objects;
import org.recovery.core.common.PartnerId;

/**
 * A change to a boundary that one partner proposed and the other has not yet answered.
 *
 * @param revision the boundary's revision number this change would make (1 for the first text)
 * @param kind introduce, revise or withdraw
 * @param text the proposed wording; for a withdrawal, the wording being withdrawn
 * @param proposedBy the partner who proposed it; only the other partner can agree
 */
public record BoundaryChange(int revision, Kind kind, String text, PartnerId proposedBy) {

  /** What a change does. */
  public enum Kind {
    /** A new boundary. */
    INTRODUCE,
    /** New wording for an agreed boundary. */
    REVISE,
    /** Ending an agreed boundary. */
    WITHDRAW
  }

  /** The longest boundary text. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** Validates the change. @throws IllegalArgumentException if the text or revision is invalid */
  public BoundaryChange {
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, was " + revision);
    }
    Objects.requireNonNull(kind, "kind must not be null");
    text = checkText(text);
    Objects.requireNonNull(proposedBy, "proposedBy must not be null");
  }

  /**
   * Validates the wording of a boundary.
   *
   * @return the text without surrounding white space
   * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_TEXT_LENGTH}
   */
  public static String checkText(String text) {
    Objects.requireNonNull(text, "boundary text must not be null");
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("boundary text must not be blank");
    }
    if (stripped.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "boundary text must be at most "
              + MAX_TEXT_LENGTH
              + " characters, was "
              + stripped.length());
    }
    return stripped;
  }
}
