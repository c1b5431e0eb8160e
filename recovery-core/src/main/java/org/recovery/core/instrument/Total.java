package org.recovery.core.instrument;

import java.util.List;
import java.util.Objects;

/**
 * The total score: which items, how they combine, the published range and which way is better. The
 * range is declared (as the authors publish it) and checked against the item scales when the
 * instrument is built, so a definition whose scales do not add up to its published range fails.
 *
 * @param items the ids of the items counted, each once
 * @param aggregation how their scores combine
 * @param min the lowest possible total
 * @param max the highest possible total
 * @param polarity which way of the total is the improving one
 */
public record Total(
    List<String> items, Aggregation aggregation, double min, double max, Polarity polarity) {

  /** Validates the total. @throws IllegalArgumentException if the range or the items are wrong */
  public Total {
    items = List.copyOf(Objects.requireNonNull(items, "total items must not be null"));
    Subscale.requireDistinct("the total", items);
    Objects.requireNonNull(aggregation, "total aggregation must not be null");
    Names.finite("total min", min);
    Names.finite("total max", max);
    if (max <= min) {
      throw new IllegalArgumentException(
          "total max must be greater than min, was " + min + " to " + max);
    }
    Objects.requireNonNull(polarity, "total polarity must not be null");
  }

  /** Whether {@code score} lies in the range. */
  public boolean contains(double score) {
    return score >= min && score <= max;
  }
}
