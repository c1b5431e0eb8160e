package org.recovery.web.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recovery.web.http.ApiError;

/** Reads request values, refusing bad ones with a 400 that names the field. */
final class Parse {
  private Parse() {}

  /** {@code value}, which must be present. */
  static <T> T required(String field, T value) {
    if (value == null) {
      throw ApiError.badField(field, "Field '" + field + "' is required.");
    }
    return value;
  }

  /** {@code value}, or {@code fallback} when absent. */
  static <T> T optional(T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** An ISO date such as {@code 2025-03-01}. */
  static LocalDate day(String field, String text) {
    required(field, text);
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw ApiError.badField(field, "Field '" + field + "' must be a date such as 2025-03-01.");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw ApiError.badField(field, "Field '" + field + "' is not a real date.");
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  static int range(String field, Integer value, int min, int max) {
    required(field, value);
    if (value < min || value > max) {
      throw ApiError.badField(
          field, "Field '" + field + "' must be from " + min + " to " + max + ".");
    }
    return value;
  }

  /** A time zone such as {@code Europe/Berlin}. */
  static ZoneId zone(String field, String text) {
    required(field, text);
    if (text.length() > 60) {
      throw ApiError.badField(field, "Field '" + field + "' is not a known time zone.");
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw ApiError.badField(field, "Field '" + field + "' is not a known time zone.");
    }
  }

  /** {@code parser} applied to {@code text}; its refusal becomes a 400 naming {@code field}. */
  static <T> T id(String field, String text, Function<String, T> parser) {
    required(field, text);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badField(field, "Field '" + field + "' must be an id (a UUID).");
    }
  }

  /**
   * Builds a value whose constructor checks it; an {@link IllegalArgumentException} or {@link
   * NullPointerException} from the check becomes a 400 naming {@code field}, with the core's own
   * sentence.
   */
  static <T> T checked(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage() == null ? "is not acceptable" : e.getMessage();
      throw ApiError.badField(field, "Field '" + field + "': " + message + ".");
    }
  }
}
