package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.indicator.Reliability;
import org.recovery.core.indicator.WeightedScore;
import org.recovery.core.journey.JourneyState;

/** Reliability figures of a state's commitments, as the gates and the report use them. */
final class Figures {
  /** Commitments retired longer ago than this no longer count in the overall score. */
  static final int RETIRED_GRACE_DAYS = 28;

  private Figures() {}

  /** One commitment's reliability: its score and its settled occurrences. */
  record CommitmentFigure(Commitment commitment, double score, List<OccurrenceStatus> occurrences) {
    boolean hasSettled() {
      return occurrences.stream().anyMatch(o -> o.outcome() == OccurrenceOutcome.KEPT
          || o.outcome() == OccurrenceOutcome.MISSED
          || o.outcome() == OccurrenceOutcome.UNREPORTED);
    }
  }

  static List<CommitmentFigure> perCommitment(
      JourneyState state, java.time.Instant asOf, ModelParameters p) {
    LocalDate today = state.dayOf(asOf);
    List<CommitmentFigure> out = new ArrayList<>();
    for (Commitment c : state.commitments().values()) {
      if (c.schedule().isEmpty() || c.schedule().get(0).effectiveFrom().isAfter(today)) {
        continue;
      }
      List<OccurrenceStatus> occ = c.occurrences(c.schedule().get(0).effectiveFrom(), today,
          asOf, state.zone(), state.settings().reportGrace(), state.pauses());
      double perDay = Reliability.occurrencesPerDay(
          c.termsOn(today).orElse(c.latestTerms()).cadence());
      double score = occ.isEmpty() ? 0 : Reliability.score(occ, perDay, p.reliabilityHalfLifeDays());
      out.add(new CommitmentFigure(c, score, occ));
    }
    return out;
  }

  /**
   * The weighted mean of the scores of commitments with at least one settled occurrence, not
   * retired more than {@value #RETIRED_GRACE_DAYS} days ago; high-cost ones weigh {@link
   * ModelParameters#highCostWeight()}.
   */
  static OptionalDouble overall(List<CommitmentFigure> figures, LocalDate today, ModelParameters p) {
    List<WeightedScore> weighted = new ArrayList<>();
    for (CommitmentFigure f : figures) {
      boolean longRetired = f.commitment().retiredFrom()
          .map(r -> r.plusDays(RETIRED_GRACE_DAYS).isBefore(today)).orElse(false);
      if (f.hasSettled() && !longRetired) {
        weighted.add(new WeightedScore(f.score(),
            f.commitment().cost() == Cost.HIGH ? p.highCostWeight() : 1));
      }
    }
    return Reliability.overall(weighted);
  }
}
