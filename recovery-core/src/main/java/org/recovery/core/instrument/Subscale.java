package org.recovery.core.instrument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A group of items scored together.
 *
 * @param id the subscale's id, unique in its instrument
 * @param name its name, e.g. {@code Avoidance}
 * @param items the ids of its items, each once
 * @param aggregation how their scores combine
 */
public record Subscale(String id, String name, List<String> items, Aggregation aggregation) {

  /**
   * Validates the subscale.
   *
   * @throws IllegalArgumentException if it has no items or names one twice
   */
  public Subscale {
    Names.id("subscale id", id);
    name = Names.text("name of subscale " + id, name);
    items =
        List.copyOf(Objects.requireNonNull(items, "items of subscale " + id + " must not be null"));
    requireDistinct("subscale " + id, items);
    Objects.requireNonNull(aggregation, "aggregation of subscale " + id + " must not be null");
  }

  static void requireDistinct(String owner, List<String> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(owner + " must name at least one item");
    }
    HashSet<String> seen = new HashSet<>();
    for (String item : items) {
      if (!seen.add(item)) {
        throw new IllegalArgumentException(owner + " names item \"" + item + "\" twice");
      }
    }
  }
}
