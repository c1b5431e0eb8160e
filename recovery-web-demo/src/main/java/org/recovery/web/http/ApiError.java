package org.recovery.web.http;

import java.util.Objects;
import java.util.Optional;

/**
 * A request the API answers with an error: the HTTP status, a stable code a program can switch on,
 * a sentence a person understands, and for bad input the field at fault. Thrown by handlers and
 * turned into a JSON body by {@link ErrorHandlers}. It carries no stack trace: it is an answer, not
 * a failure, and it is never logged.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final String field;
  private final transient Optional<Long> retryAfterSeconds;

  private ApiError(int status, String code, String message, String field, Long retryAfter) {
    super(Objects.requireNonNull(message, "message must not be null"), null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code must not be null");
    this.field = field;
    this.retryAfterSeconds = Optional.ofNullable(retryAfter);
  }

  /** An error with no field. */
  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, null, null);
  }

  /** 400: the input is malformed; {@code field} names where, e.g. {@code ratings.trust}. */
  public static ApiError badField(String field, String message) {
    return new ApiError(400, "INVALID_FIELD", message, field, null);
  }

  /** 401: the request needs a session. */
  public static ApiError notLoggedIn() {
    return of(401, "NOT_LOGGED_IN", "Please log in first.");
  }

  /** 403: the CSRF token is missing or wrong. */
  public static ApiError csrf() {
    return of(
        403,
        "CSRF_TOKEN_INVALID",
        "This request lacks a valid CSRF token; reload the page and try again.");
  }

  /** 404 for a journey that does not exist or is not the caller's; the two look the same. */
  public static ApiError journeyNotFound() {
    return of(404, "JOURNEY_NOT_FOUND", "There is no journey you belong to at this address.");
  }

  /**
   * The journey is sealed with its partners' keys and none of them is unlocked on this server: a
   * partner who has not logged in since a restart, or a second partner whose key is not yet wrapped
   * in.
   */
  public static ApiError journeyLocked() {
    return of(
        409,
        "JOURNEY_LOCKED",
        "Your journey is sealed and opens only with your partner's key until yours is added. It"
            + " opens for you once your partner has logged in. Nothing is lost.");
  }

  /**
   * 410 for a session whose journey was deleted: says who deleted it ({@code yours}: this partner
   * did, in another browser) and that nothing of it remains.
   */
  public static ApiError journeyDeleted(boolean yours) {
    return of(
        410,
        "JOURNEY_DELETED",
        (yours ? "You deleted this journey." : "Your partner deleted your shared journey.")
            + " Everything in it, for both of you, is gone and cannot be brought back, and its"
            + " log-ins no longer work. You can start a new journey whenever you choose.");
  }

  /** 429 with the seconds after which to try again. */
  public static ApiError tooManyRequests(String message, long retryAfterSeconds) {
    return new ApiError(429, "RATE_LIMITED", message, null, Math.max(1, retryAfterSeconds));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The field at fault, for bad input. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Seconds after which a rate-limited request may be tried again. */
  public Optional<Long> retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
