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

  @Override
  public String toString() {
    return value;
  }
}
