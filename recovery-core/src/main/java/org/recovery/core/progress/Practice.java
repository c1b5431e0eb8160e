package org.recovery.core.progress;

import java.util.Objects;
import java.util.regex.Pattern;
import org.recovery.core.consent.ConsentLevel;

/**
 * Something a model suggests a couple or a partner do in a stage.
 *
 * @param id a stable slug, unique within the model
 * @param title a short name
 * @param description one or two sentences in plain words
 * @param audience who it is for
 * @param requires the effective consent level it needs; {@link ConsentLevel#NONE} for none
 * @param monitoring whether it watches a partner (location, devices, accounts); never suggested
 *     while a safety concern stands
 * @param individualSupport whether it is individual support, offered when a partner's own safety
 *     screening flags a concern
 * @param source where the practice comes from (a tag of the practice digest or a reference)
 */
public record Practice(
    String id,
    String title,
    String description,
    Audience audience,
    ConsentLevel requires,
    boolean monitoring,
    boolean individualSupport,
    String source) {
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  /** Validates the practice. @throws IllegalArgumentException naming the field */
  public Practice {
    Objects.requireNonNull(id, "practice id must not be null");
    if (!SLUG.matcher(id).matches()) {
      throw new IllegalArgumentException("practice id must be a lower-case slug, was '" + id + "'");
    }
    Checks.text("practice " + id + " title", title, 120);
    Checks.text("practice " + id + " description", description, 1000);
    Objects.requireNonNull(audience, "practice " + id + " audience must not be null");
    Objects.requireNonNull(requires, "practice " + id + " requires must not be null");
    Checks.text("practice " + id + " source", source, 300);
  }
}
