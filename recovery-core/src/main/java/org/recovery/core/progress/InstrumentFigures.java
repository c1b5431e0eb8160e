package org.recovery.core.progress;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.Score;

/**
 * One partner's results on one questionnaire: the first completion is the baseline, the last the
 * latest, and the change of the total between them is judged against the published
 * reliable-change index.
 *
 * @param instrument the instrument's id
 * @param instrumentVersion the version of its definition the completions were scored with
 * @param name the instrument's name
 * @param partner the partner who answered
 * @param completions how many completions count (at least 1)
 * @param baselineAt when the baseline was completed
 * @param baseline the first completion's score
 * @param latestAt when the latest was completed
 * @param latest the latest completion's score (the baseline when there is one completion)
 * @param change the change of the total from baseline to latest; empty if the instrument has no
 *     total (its subscales are in the scores)
 */
public record InstrumentFigures(String instrument, int instrumentVersion, String name,
    PartnerId partner, int completions, Instant baselineAt, Score baseline, Instant latestAt,
    Score latest, Optional<ReliableChange> change) {

  /** Validates the figures. */
  public InstrumentFigures {
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    if (completions < 1) {
      throw new IllegalArgumentException("completions must be at least 1, was " + completions);
    }
    Objects.requireNonNull(baselineAt, "baselineAt must not be null");
    Objects.requireNonNull(baseline, "baseline must not be null");
    Objects.requireNonNull(latestAt, "latestAt must not be null");
    Objects.requireNonNull(latest, "latest must not be null");
    Objects.requireNonNull(change, "change must not be null");
  }
}
