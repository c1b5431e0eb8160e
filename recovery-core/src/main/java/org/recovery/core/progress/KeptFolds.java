package org.recovery.core.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;

/**
 * When folds a caller kept ({@link JourneyFolds#of}, {@link JourneyFolds#then}) may stand for a
 * history in a report or an agenda made as of an instant: the one rule both follow.
 */
final class KeptFolds {
  private KeptFolds() {}

  /**
   * Whether {@code folds} hold as of {@code asOf}: true when no event of {@code history} lies after
   * it; false when one does, and the history up to {@code asOf} must be folded anew.
   *
   * @throws IllegalArgumentException if {@code folds} are of another number of events than {@code
   *     history}
   */
  static boolean holdAsOf(List<? extends JourneyEvent> history, JourneyFolds folds, Instant asOf) {
    Objects.requireNonNull(folds, "folds must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (folds.full().version() != history.size()) {
      throw new IllegalArgumentException(
          "the folds are of "
              + folds.full().version()
              + " events, the history has "
              + history.size());
    }
    for (JourneyEvent e : history) {
      if (e.at().isAfter(asOf)) {
        return false;
      }
    }
    return true;
  }
}
