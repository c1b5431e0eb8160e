package org.recovery.core.instrument;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answers an item accepts: every whole number from {@code min} to {@code max}, each optionally
 * with the label a respondent sees (the anchor).
 *
 * @param min the lowest answer
 * @param max the highest answer, greater than {@code min}
 * @param labels anchor labels by answer value; may be empty (the wording is not shipped) or name
 *     only some values; iterates from the lowest value up
 */
public record ResponseScale(int min, int max, Map<Integer, String> labels) {

  /**
   * Validates the scale.
   *
   * @throws IllegalArgumentException if {@code max <= min}, or a label is blank or for a value
   *     outside the scale
   */
  public ResponseScale {
    if (max <= min) {
      throw new IllegalArgumentException(
          "scale max must be greater than min, was " + min + " to " + max);
    }
    Objects.requireNonNull(labels, "labels must not be null");
    TreeMap<Integer, String> sorted = new TreeMap<>();
    for (Map.Entry<Integer, String> e : labels.entrySet()) {
      Integer value = Objects.requireNonNull(e.getKey(), "a label's value must not be null");
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            "label for " + value + " lies outside the scale " + min + " to " + max);
      }
      sorted.put(value, Names.text("label for " + value, e.getValue()));
    }
    labels = Collections.unmodifiableMap(sorted);
  }

  /** A scale from {@code min} to {@code max} without labels. */
  public static ResponseScale of(int min, int max) {
    return new ResponseScale(min, max, Map.of());
  }

  /** Whether {@code answer} lies on the scale. */
  public boolean accepts(int answer) {
    return answer >= min && answer <= max;
  }

  /** The same scale with these labels instead. */
  public ResponseScale withLabels(Map<Integer, String> newLabels) {
    return new ResponseScale(min, max, newLabels);
  }
}
