package org.recovery.core.instrument;

import java.util.List;
import java.util.Map;

/**
 * The lowest and highest score a set of items can give.
 *
 * @param min the lowest possible score
 * @param max the highest possible score
 */
public record ScoreRange(double min, double max) {

  /** Whether {@code score} lies in the range. */
  public boolean contains(double score) {
    return score >= min && score <= max;
  }

  /** The range of {@code items} combined by {@code aggregation}. Reverse-keying keeps a range. */
  static ScoreRange of(List<String> items, Aggregation aggregation, Map<String, Item> byId) {
    double low = 0;
    double high = 0;
    for (String id : items) {
      ResponseScale scale = byId.get(id).scale();
      low += scale.min();
      high += scale.max();
    }
    return aggregation == Aggregation.SUM
        ? new ScoreRange(low, high)
        : new ScoreRange(low / items.size(), high / items.size());
  }
}
