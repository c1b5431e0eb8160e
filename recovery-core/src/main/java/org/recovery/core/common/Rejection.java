package org.recovery.core.common;

import java.util.Objects;

/**
 * A command refused by a rule: a stable code a program can switch on, and a sentence a person
 * understands that names the rule and the value that broke it. A refusal changes nothing.
 *
 * @param code the rule that refused the command
 * @param reason one or two sentences for the partner who issued the command
 */
public record Rejection(RejectionCode code, String reason) {

  /** Validates the refusal. @throws IllegalArgumentException if the reason is blank */
  public Rejection {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /** Shorthand for {@code new Rejection(code, reason)}. */
  public static Rejection of(RejectionCode code, String reason) {
    return new Rejection(code, reason);
  }

  @Override
  public String toString() {
    return code + ": " + reason;
  }
}
