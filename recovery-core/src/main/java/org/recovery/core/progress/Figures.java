package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.indicator.Reliability;
import org.recovery.core.indicator.ScorePoint;
import org.recovery.core.indicator.WeightedScore;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.safety.Hold;

/** Reliability figures of a state's commitments, as the gates and the report use them. */
final class Figures {
  /** Commitments retired longer ago than this no longer count in the overall score. */
  static final int RETIRED_GRACE_DAYS = 28;

  private Figures() {}

  /**
   * One commitment's reliability: its score, its settled occurrences (held days frozen), and the
   * score after each occurrence.
   */
  record CommitmentFigure(
      Commitment commitment,
      double score,
      List<OccurrenceStatus> occurrences,
      List<ScorePoint> history) {
    boolean hasSettled() {
      return occurrences.stream()
          .anyMatch(
              o ->
                  o.outcome() == OccurrenceOutcome.KEPT
                      || o.outcome() == OccurrenceOutcome.MISSED
                      || o.outcome() == OccurrenceOutcome.UNREPORTED);
    }
  }

  /**
   * Each commitment's figures as of {@code asOf}. Every occurrence is scored under the terms in
   * force on its due day, so a revision never rewrites the past; an occurrence due on a held day
   * counts as excused, whatever was reported, so a hold freezes every score.
   *
   * @param holds the days the journey was held (from the full history: a documented exception)
   */
  static List<CommitmentFigure> perCommitment(
      JourneyState state, Instant asOf, ModelParameters p, List<Hold> holds) {
    LocalDate today = state.dayOf(asOf);
    List<CommitmentFigure> out = new ArrayList<>();
    for (Commitment c : state.commitments().values()) {
      if (c.schedule().isEmpty() || c.schedule().get(0).effectiveFrom().isAfter(today)) {
        continue;
      }
      List<OccurrenceStatus> occ =
          frozen(
              c.occurrences(
                  c.schedule().get(0).effectiveFrom(),
                  today,
                  asOf,
                  state.zone(),
                  state.settings().reportGrace(),
                  state.pauses()),
              holds);
      List<ScorePoint> history =
          Reliability.history(
              occ,
              day ->
                  Reliability.occurrencesPerDay(c.termsOn(day).orElse(c.latestTerms()).cadence()),
              p.reliabilityHalfLifeDays());
      double score = history.isEmpty() ? 0 : history.get(history.size() - 1).score();
      out.add(new CommitmentFigure(c, score, occ, history));
    }
    return out;
  }

  /** {@code occurrences} with every one due on a held day excused, its report kept. */
  static List<OccurrenceStatus> frozen(List<OccurrenceStatus> occurrences, List<Hold> holds) {
    if (holds.isEmpty()) {
      return occurrences;
    }
    List<OccurrenceStatus> out = new ArrayList<>(occurrences.size());
    for (OccurrenceStatus o : occurrences) {
      LocalDate due = o.occurrence().due();
      boolean held = holds.stream().anyMatch(h -> h.covers(due));
      out.add(
          held && o.outcome() != OccurrenceOutcome.EXCUSED
              ? new OccurrenceStatus(
                  o.commitment(), o.occurrence(), OccurrenceOutcome.EXCUSED, o.report())
              : o);
    }
    return out;
  }

  /**
   * The weighted mean of the scores of commitments with at least one settled occurrence, not
   * retired more than {@value #RETIRED_GRACE_DAYS} days ago; high-cost ones weigh {@link
   * ModelParameters#highCostWeight()}.
   */
  static OptionalDouble overall(
      List<CommitmentFigure> figures, LocalDate today, ModelParameters p) {
    List<WeightedScore> weighted = new ArrayList<>();
    for (CommitmentFigure f : figures) {
      boolean longRetired =
          f.commitment()
              .retiredFrom()
              .map(r -> r.plusDays(RETIRED_GRACE_DAYS).isBefore(today))
              .orElse(false);
      if (f.hasSettled() && !longRetired) {
        weighted.add(
            new WeightedScore(
                f.score(), f.commitment().cost() == Cost.HIGH ? p.highCostWeight() : 1));
      }
    }
    return Reliability.overall(weighted);
  }
}
