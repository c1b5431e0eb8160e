package org.recovery.core.spi;

import java.util.Objects;
import java.util.UUID;
import org.recovery.core.common.Ids;

/**
 * Identifies one attempt of a command across retries, so a retried append is stored once.
 *
 * @param value the underlying UUID
 */
public record CommandId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public CommandId {
    Objects.requireNonNull(value, "command id value must not be null");
  }

  /** Returns a new random id. */
  public static CommandId random() {
    return new CommandId(UUID.randomUUID());
  }

  /** Parses an id. @throws IllegalArgumentException if {@code text} is not a UUID */
  public static CommandId parse(String text) {
    return new CommandId(Ids.parseUuid("command id", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
