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

  // Written out, as in every record the commands use as a key or compare: a record's generated
  // equals and hashCode are bound through method handles the first time they run, which took
  // 20-30 ms for the first record and 1-3 ms for each one after in a command's fresh JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof JourneyId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
