package org.recovery.core.common;

import java.util.UUID;

/** Parsing shared by the id records of every feature. */
public final class Ids {
  private Ids() {}

  /**
   * Parses a UUID, naming the kind of id in the error.
   *
   * @param what the kind of id, for the message ("commitment id")
   * @param text the text to parse
   * @return the UUID
   * @throws IllegalArgumentException if {@code text} is null or not a UUID
   */
  public static UUID parseUuid(String what, String text) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    try {
      UUID uuid = UUID.fromString(text.strip());
      if (!uuid.toString().equalsIgnoreCase(text.strip())) {
        throw new IllegalArgumentException(what + " must be a UUID, was '" + text + "'");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " must be a UUID, was '" + text + "'", e);
    }
  }
}
