package org.recovery.core.journey;

import java.util.Objects;
import org.recovery.core.common.PartnerId;

/**
 * One partner of a couple.
 *
 * @param id the partner's id
 * @param name the name shown to both partners
 */
public record Partner(PartnerId id, String name) {

  /** The longest display name. */
  public static final int MAX_NAME_LENGTH = 60;

  /** Validates the partner. @throws IllegalArgumentException if the name is blank or too long */
  public Partner {
    Objects.requireNonNull(id, "partner id must not be null");
    Objects.requireNonNull(name, "partner name must not be null");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("partner name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "partner name must be at most " + MAX_NAME_LENGTH + " characters, was " + name.length());
    }
  }

  /** A partner with a new random id. */
  public static Partner named(String name) {
    return new Partner(PartnerId.random(), name);
  }
}
