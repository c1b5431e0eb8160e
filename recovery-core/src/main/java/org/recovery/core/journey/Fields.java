package org.recovery.core.journey;

/** Null checks that name the field, for the many-component records of this package. */
final class Fields {
  private Fields() {}

  /**
   * Checks name/value pairs: {@code require("by", by, "at", at)}.
   *
   * @throws NullPointerException naming the first null field
   */
  static void require(Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        // the message is made only here: every event is checked as it is read
        throw new NullPointerException(namesAndValues[i] + " must not be null");
      }
    }
  }

  /**
   * Checks a free-text field written by a partner: not null, at most {@code max} characters.
   *
   * @return the text without surrounding white space
   * @throws IllegalArgumentException if it is too long
   */
  static String text(String name, String value, int max) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(
          name + " must be at most " + max + " characters, was " + stripped.length());
    }
    return stripped;
  }
}
