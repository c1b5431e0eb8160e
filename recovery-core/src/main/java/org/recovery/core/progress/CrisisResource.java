package org.recovery.core.progress;

/**
 * A place to turn to in a crisis.
 *
 * @param name the service's name
 * @param contact how to reach it (a number, a text code, an address)
 * @param description what it is for, in a sentence
 * @param region the ISO 3166 country code it serves, or {@code *} for everywhere
 */
public record CrisisResource(String name, String contact, String description, String region) {

  /** Validates the resource. */
  public CrisisResource {
    Checks.text("crisis resource name", name, 120);
    Checks.text("crisis resource contact", contact, 200);
    Checks.text("crisis resource description", description, 300);
    Checks.text("crisis resource region", region, 3);
  }
}
