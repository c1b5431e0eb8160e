package org.recovery.core.common;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one couple's journey. Ids are random, never sequential, so one id says nothing about
 * another.
 *
 * @param value the underlying UUID
 */
public record JourneyId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public JourneyId {
    Objects.requireNonNull(value, "journey id value must not be null");
  }

  /** Returns a new random id. */
  public static JourneyId random() {
    return new JourneyId(UUID.randomUUID());
  }

  /**
   * Parses the canonical text form of an id.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static JourneyId parse(String text) {
    return new JourneyId(Ids.parseUuid("journey id", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
