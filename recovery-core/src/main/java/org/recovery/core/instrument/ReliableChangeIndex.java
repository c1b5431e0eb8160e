package org.recovery.core.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * The smallest change of the total that exceeds measurement error (Jacobson &amp; Truax, 1991), as
 * published for one instrument.
 *
 * @param value the index in points of the total; a change is reliable when its size is at least
 *     this
 * @param cutOff the id of the cut-off a reliable change must cross, in the improving direction, to
 *     be clinically significant; empty if the source pairs the index with none
 * @param source where the value is published
 */
public record ReliableChangeIndex(double value, Optional<String> cutOff, String source) {

  /** Validates the index. @throws IllegalArgumentException if the value is not positive */
  public ReliableChangeIndex {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("reliable change index must be positive, was " + value);
    }
    Objects.requireNonNull(cutOff, "cutOff must not be null");
    cutOff.ifPresent(id -> Names.id("reliable change cut-off", id));
    source = Names.text("reliable change source", source);
  }
}
