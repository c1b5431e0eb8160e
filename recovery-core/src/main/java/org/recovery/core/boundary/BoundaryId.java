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

  // Written out, as in every record the commands use as a key or compare: a record's generated
  // equals and hashCode are bound through method handles the first time they run, which took
  // 20-30 ms for the first record and 1-3 ms for each one after in a command's fresh JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof BoundaryId that && value.equals(that.value);
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
