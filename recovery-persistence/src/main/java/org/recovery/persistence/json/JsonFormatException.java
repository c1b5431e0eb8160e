package org.recovery.persistence.json;

import java.util.Objects;

/**
 * A JSON document of this module cannot be read: the common type of {@code ModelFormatException}
 * and {@code InstrumentFormatException}, each of which documents its own format's rules.
 *
 * <p>The message is {@code <path>: <rule>}. The path is written the way a person finds the place in
 * the file: field names joined by dots, list positions in brackets counted from 0, {@code $} for
 * the document as a whole (see {@link Paths}).
 *
 * <p>Unchecked, and an {@link IllegalArgumentException}: a broken document is a bad argument.
 */
public abstract class JsonFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;

  /**
   * An error for {@code rule} broken at {@code path}.
   *
   * @throws NullPointerException if {@code path} or {@code rule} is null
   */
  protected JsonFormatException(String path, String rule) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(rule, "rule"));
    this.path = path;
    this.rule = rule;
  }

  /** Where the problem is, such as {@code items[3].scale.max}; {@code $} for the document. */
  public String path() {
    return path;
  }

  /** What is wrong there, in a sentence without the path. */
  public String rule() {
    return rule;
  }
}
