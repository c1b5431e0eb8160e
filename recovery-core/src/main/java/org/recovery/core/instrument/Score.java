package org.recovery.core.instrument;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scored response set.
 *
 * @param instrument the instrument's id
 * @param version the definition's version it was scored with
 * @param total the total score, if the instrument has one
 * @param subscales each subscale's score, in the instrument's order
 * @param classification the cut-offs the total lies on the flagged side of, in the instrument's
 *     order; empty when none flags it or there is no total
 */
public record Score(
    String instrument,
    int version,
    OptionalDouble total,
    List<SubscaleScore> subscales,
    List<CutOff> classification)
    implements ScoringResult {

  /** Validates the score. */
  public Score {
    Names.id("instrument", instrument);
    Objects.requireNonNull(total, "total must not be null");
    subscales = List.copyOf(subscales);
    classification = List.copyOf(classification);
  }

  /** The score of the subscale with this id, if there is one. */
  public OptionalDouble subscale(String id) {
    return subscales.stream()
        .filter(s -> s.subscale().equals(id))
        .mapToDouble(SubscaleScore::value)
        .findFirst();
  }

  /** Whether the cut-off with this id flags the total. */
  public boolean flaggedBy(String cutOffId) {
    return classification.stream().anyMatch(c -> c.id().equals(cutOffId));
  }
}
