package org.recovery.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * A gate's verdict, with what was measured, what is required, a sentence a person understands, and
 * the ids of the entries that count as evidence.
 *
 * @param gate the gate's id (see {@link Gate#id()})
 * @param met whether the gate holds
 * @param measured the measured value, e.g. {@code 72%}
 * @param required the required value, e.g. {@code at least 80%}
 * @param sentence the verdict in plain words
 * @param evidence ids of the entries the verdict rests on, as {@code kind:id}
 * @param source where the rule and its threshold come from
 */
public record GateResult(
    String gate,
    boolean met,
    String measured,
    String required,
    String sentence,
    List<String> evidence,
    String source) {

  /** Validates the result. */
  public GateResult {
    Objects.requireNonNull(gate, "gate must not be null");
    Objects.requireNonNull(measured, "measured must not be null");
    Objects.requireNonNull(required, "required must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(source, "source must not be null");
  }
}
