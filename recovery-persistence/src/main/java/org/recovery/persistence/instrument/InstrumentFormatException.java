package org.recovery.persistence.instrument;

import java.util.Objects;

/**
 * An instrument document cannot be read: it is not JSON, a field is missing, unknown or of the
 * wrong kind, or the definition breaks one of the instrument's own rules (an item id used twice,
 * a subscale naming an unknown item, a total range the item scales cannot give).
 *
 * <p>The message is {@code <path>: <rule>}, for example
 * {@code subscales[1].items: subscale revenge names item "revenge-2" twice}. Field names are
 * joined by dots, list positions are in brackets counted from 0, answer labels are named by their
 * value ({@code items[0].scale.labels.4}), and {@code $} is the document as a whole. When a rule
 * is one of the instrument's own (checked by the core records), the path names the part that
 * breaks it and the rule says why in core's words.
 *
 * <p>Unchecked, and an {@link IllegalArgumentException}: a broken document is a bad argument, and
 * code that builds instruments in code already handles that type for the same rules.
 */
public final class InstrumentFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;

  InstrumentFormatException(String path, String rule) {
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
