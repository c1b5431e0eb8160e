package org.recovery.core.journey;

import java.util.Objects;

/**
 * Which recovery model, and which version of it, a journey follows: written {@code id@version}, as
 * in {@code standard@3}. A journey keeps the version it started with until a partner moves it on
 * purpose ({@link LifecycleCommand.FollowModel}), so a new version of a model never changes the
 * rules of a journey under way.
 *
 * @param id the model's id
 * @param version the model's version, 1 or more
 */
public record ModelRef(String id, int version) {

  /**
   * Validates the reference.
   *
   * @throws IllegalArgumentException if the id is blank, longer than 60 characters or contains
   *     {@code @}, or the version is below 1
   */
  public ModelRef {
    Objects.requireNonNull(id, "model id must not be null");
    if (id.isBlank() || id.length() > 60 || id.contains("@")) {
      throw new IllegalArgumentException(
          "a model id must be 1 to 60 characters without '@', was '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("a model version must be 1 or more, was " + version);
    }
  }

  /**
   * Reads {@code id@version}.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code text}
   */
  public static ModelRef parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      throw new IllegalArgumentException(
          "a model is written id@version, as in standard@3; '" + text + "' is not");
    }
    try {
      return new ModelRef(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the version after '@' must be a whole number; '" + text + "' has none");
    }
  }

  /** {@code id@version}. */
  // Written out, as in every record the commands use as a key or compare: a record's generated
  // equals and hashCode are bound through method handles the first time they run, which took
  // 20-30 ms for the first record and 1-3 ms for each one after in a command's fresh JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof ModelRef that && id.equals(that.id) && version == that.version;
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Integer.hashCode(version);
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
