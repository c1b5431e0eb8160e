package org.recovery.persistence.instrument;

import org.recovery.persistence.json.JsonFormatException;

/**
 * An instrument document cannot be read: it is not JSON, a field is missing, unknown or of the
 * wrong kind, or the definition breaks one of the instrument's own rules (an item id used twice, a
 * subscale naming an unknown item, a total range the item scales cannot give).
 *
 * <p>The message is {@code <path>: <rule>}, for example {@code subscales[1].items: subscale revenge
 * names item "revenge-2" twice}. Field names are joined by dots, list positions are in brackets
 * counted from 0, answer labels are named by their value ({@code items[0].scale.labels.4}), and
 * {@code $} is the document as a whole. When a rule is one of the instrument's own (checked by the
 * core records), the path names the part that breaks it and the rule says why in core's words.
 *
 * <p>Unchecked, and an {@link IllegalArgumentException}: a broken document is a bad argument, and
 * code that builds instruments in code already handles that type for the same rules. The shared
 * {@link JsonFormatException} gives {@link #path()} and {@link #rule()}.
 */
public final class InstrumentFormatException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  InstrumentFormatException(String path, String rule) {
    super(path, rule);
  }
}
