package org.recovery.core.commitment;

import java.util.Objects;
import java.util.UUID;
import org.recovery.core.common.Ids;

/**
 * Identifies one commitment within a journey. Random, never sequential.
 *
 * @param value the underlying UUID
 */
public record CommitmentId(UUID value) {

  /** Validates the id. @throws NullPointerException if {@code value} is null */
  public CommitmentId {
    Objects.requireNonNull(value, "commitment id value must not be null");
  }

  /** Returns a new random id. */
  public static CommitmentId random() {
    return new CommitmentId(UUID.randomUUID());
  }

  /**
   * Parses the canonical text form of an id.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static CommitmentId parse(String text) {
    return new CommitmentId(Ids.parseUuid("commitment id", text));
  }

  // Written out, as in every record the commands use as a key or compare: a record's generated
  // equals and hashCode are bound through method handles the first time they run, which took
  // 20-30 ms for the first record and 1-3 ms for each one after in a command's fresh JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof CommitmentId that && value.equals(that.value);
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
