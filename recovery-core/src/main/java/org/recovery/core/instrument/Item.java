package org.recovery.core.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * One question of an instrument.
 *
 * @param id the item's id, unique in its instrument (for published instruments, the item number
 *     where it could be verified)
 * @param wording the text a respondent reads; empty when the library does not ship the wording
 * @param scale the answers it accepts
 * @param reverseKeyed whether the answer counts reversed: an answer a scores {@code min + max - a}
 */
public record Item(String id, Optional<String> wording, ResponseScale scale, boolean reverseKeyed) {

  /** Validates the item. @throws IllegalArgumentException if the id or the wording is malformed */
  public Item {
    Names.id("item id", id);
    Objects.requireNonNull(wording, "wording of item " + id + " must not be null");
    wording = wording.map(w -> Names.text("wording of item " + id, w));
    Objects.requireNonNull(scale, "scale of item " + id + " must not be null");
  }

  /** An item without wording. */
  public static Item of(String id, int min, int max, boolean reverseKeyed) {
    return new Item(id, Optional.empty(), ResponseScale.of(min, max), reverseKeyed);
  }

  /** The score of {@code answer}, reversed when the item is reverse-keyed. */
  public int score(int answer) {
    return reverseKeyed ? scale.min() + scale.max() - answer : answer;
  }
}
