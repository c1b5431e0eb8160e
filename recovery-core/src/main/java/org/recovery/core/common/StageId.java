package org.recovery.core.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a stage of a recovery model: a short lower-case slug such as {@code rebuild-trust}.
 *
 * @param value the slug
 */
public record StageId(String value) {
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** Validates the id. @throws IllegalArgumentException if it is not a slug */
  public StageId {
    Objects.requireNonNull(value, "stage id must not be null");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "stage id must be 1–40 lower-case letters, digits or"
              + " hyphens starting with a letter, was '"
              + value
              + "'");
    }
  }

  /** Shorthand for {@code new StageId(value)}. */
  public static StageId of(String value) {
    return new StageId(value);
  }

  // Written out, as in every record the commands use as a key or compare: a record's generated
  // equals and hashCode are bound through method handles the first time they run, which took
  // 20-30 ms for the first record and 1-3 ms for each one after in a command's fresh JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof StageId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
