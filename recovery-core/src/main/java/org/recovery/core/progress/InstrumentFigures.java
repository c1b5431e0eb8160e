package org.recovery.core.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.Score;

/**
 * One partner's results on one questionnaire: the first completion is the baseline, the last the
 * latest, and the change of the total between them is judged against the published reliable-change
 * index.
 *
 * @param instrument the instrument's id
 * @param instrumentVersion the version of its definition the completions were scored with
 * @param name the instrument's name
 * @param partner the partner who answered
 * @param history every completion that counts, oldest first (at least one): the scores over time
 * @param baselineAt when the baseline was completed (the first completion of the history)
 * @param baseline the first completion's score
 * @param latestAt when the latest was completed
 * @param latest the latest completion's score (the baseline when there is one completion)
 * @param change the change of the total from baseline to latest; empty if the instrument has no
 *     total (its subscales are in the scores)
 */
public record InstrumentFigures(
    String instrument,
    int instrumentVersion,
    String name,
    PartnerId partner,
    List<Completion> history,
    Instant baselineAt,
    Score baseline,
    Instant latestAt,
    Score latest,
    Optional<ReliableChange> change) {

  /** Validates the figures. */
  public InstrumentFigures {
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must hold at least one completion");
    }
    Objects.requireNonNull(baselineAt, "baselineAt must not be null");
    Objects.requireNonNull(baseline, "baseline must not be null");
    Objects.requireNonNull(latestAt, "latestAt must not be null");
    Objects.requireNonNull(latest, "latest must not be null");
    Objects.requireNonNull(change, "change must not be null");
    Completion first = history.get(0);
    Completion last = history.get(history.size() - 1);
    if (!first.at().equals(baselineAt)
        || !Objects.equals(first.score(), baseline)
        || !last.at().equals(latestAt)
        || !Objects.equals(last.score(), latest)) {
      throw new IllegalArgumentException(
          "the baseline must be the first completion of the history and the latest its last");
    }
  }

  /** How many completions count. */
  public int completions() {
    return history.size();
  }

  /**
   * One completion and its score.
   *
   * @param at when it was completed
   * @param score its score
   * @param visibility whether the other partner sees it
   */
  public record Completion(Instant at, Score score, Visibility visibility) {
    /** Validates the completion. */
    public Completion {
      Objects.requireNonNull(at, "at must not be null");
      Objects.requireNonNull(score, "score must not be null");
      Objects.requireNonNull(visibility, "visibility must not be null");
    }
  }
}
