package org.recovery.core.boundary;

import java.util.Objects;
import java.util.UUID;
import org.recovery.core.common.Ids;

/**
 * Identifies one boundary. Random, never sequential.
 *
 * @param value the underlying UUID
 */
public record BoundaryId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public BoundaryId {
    Objects.requireNonNull(value, "boundary id value must not be null");
  }

  /** Returns a new random id. */
  public static BoundaryId random() {
    return new BoundaryId(UUID.randomUUID());
  }

  /** Parses an id. @throws IllegalArgumentException if {@code text} is not a UUID */
  public static BoundaryId parse(String text) {
    return new BoundaryId(Ids.parseUuid("boundary id", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
