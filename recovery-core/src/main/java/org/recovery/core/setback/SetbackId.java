package org.recovery.core.setback;

import java.util.Objects;
import java.util.UUID;
import org.recovery.core.common.Ids;

/**
 * Identifies one setback. Random, never sequential.
 *
 * @param value the underlying UUID
 */
public record SetbackId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public SetbackId {
    Objects.requireNonNull(value, "setback id value must not be null");
  }

  /** Returns a new random id. */
  public static SetbackId random() {
    return new SetbackId(UUID.randomUUID());
  }

  /** Parses an id. @throws IllegalArgumentException if {@code text} is not a UUID */
  public static SetbackId parse(String text) {
    return new SetbackId(Ids.parseUuid("setback id", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
