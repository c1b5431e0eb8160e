package org.recovery.core.checkin;

import java.util.Objects;
import java.util.UUID;
import org.recovery.core.common.Ids;

/**
 * Identifies one check-in. Random, never sequential.
 *
 * @param value the underlying UUID
 */
public record CheckInId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public CheckInId {
    Objects.requireNonNull(value, "check-in id value must not be null");
  }

  /** Returns a new random id. */
  public static CheckInId random() {
    return new CheckInId(UUID.randomUUID());
  }

  /** Parses an id. @throws IllegalArgumentException if {@code text} is not a UUID */
  public static CheckInId parse(String text) {
    return new CheckInId(Ids.parseUuid("check-in id", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
