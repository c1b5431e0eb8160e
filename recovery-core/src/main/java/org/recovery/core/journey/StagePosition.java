package org.recovery.core.journey;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;

/**
 * Where the journey stands in its recovery model.
 *
 * @param stage the current stage; empty means the model's first stage, where every journey begins
 * @param since when the journey entered it
 * @param agreed the hurt partners who have agreed to move on from it
 */
public record StagePosition(Optional<StageId> stage, Instant since, Set<PartnerId> agreed) {

  /** Validates the position. */
  public StagePosition {
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(since, "since must not be null");
    agreed = Set.copyOf(agreed);
  }

  /** The position of a journey that just began. */
  public static StagePosition beginning(Instant startedAt) {
    return new StagePosition(Optional.empty(), startedAt, Set.of());
  }

  /** Returns this position with {@code partner}'s agreement added. */
  public StagePosition withAgreement(PartnerId partner) {
    Set<PartnerId> next = new HashSet<>(agreed);
    next.add(partner);
    return new StagePosition(stage, since, next);
  }

  /** The position after entering {@code next} at {@code at}; agreements start over. */
  public StagePosition entering(StageId next, Instant at) {
    return new StagePosition(Optional.of(next), at, Set.of());
  }
}
