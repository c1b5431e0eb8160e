package org.recovery.core.instrument;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of the ids and texts of a definition, with messages that name the field. */
final class Names {
  /** The longest id of an instrument, item, subscale or cut-off. */
  static final int MAX_ID_LENGTH = 64;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Names() {}

  /**
   * Checks an id: letters, digits, dot, dash, underscore, starting with a letter or digit.
   *
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  static String id(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 1 to "
              + MAX_ID_LENGTH
              + " letters, digits, '.', '-' or '_', starting with a letter or digit, was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * Checks a text: not null, not blank.
   *
   * @return the text without surrounding white space
   */
  static String text(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }

  /** Checks that a number is finite. */
  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    return value;
  }
}
