package org.recovery.persistence.model;

import org.recovery.persistence.json.JsonFormatException;

/**
 * A recovery model document cannot be read: it is not JSON, a field is missing, unknown or of the
 * wrong kind, or the model it describes breaks one of the model's own rules (a threshold out of
 * range, a stage listed twice, an unknown fallback stage).
 *
 * <p>The message is {@code <path>: <rule>}, for example {@code stages[2].gates[1]: minimum days in
 * stage must be between 0 and 3650, was -3}. The path is written the way a person finds the place
 * in the file: field names joined by dots, list positions in brackets counted from 0, {@code $} for
 * the document as a whole. When the rule is one of the model's own (checked by the core records),
 * the path names the innermost object that breaks it, and the rule names the field in words.
 *
 * <p>Unchecked, and an {@link IllegalArgumentException}: a broken document is a bad argument, and
 * code that builds models in code already handles that type for the same rules. The shared {@link
 * JsonFormatException} gives {@link #path()} and {@link #rule()}.
 */
public final class ModelFormatException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  ModelFormatException(String path, String rule) {
    super(path, rule);
  }
}
