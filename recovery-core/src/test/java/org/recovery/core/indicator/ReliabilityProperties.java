package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.indicator.Statuses.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

class ReliabilityProperties {
  private static final CommitmentId COMMITMENT = CommitmentId.random();
  private static final LocalDate START = LocalDate.of(2023, 12, 30);

  private static double score(List<OccurrenceOutcome> outcomes, double f, double halfLife) {
    return Reliability.score(daily(COMMITMENT, START, outcomes), f, halfLife);
  }

  @Provide
  Arbitrary<Double> frequencies() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, false, 1, true),
        Arbitraries.of(1.0, 3.0 / 7, 5.0 / 7, 1.0 / 7, 12 / 52.1775 / 7, Double.MIN_VALUE));
  }

  @Property
  void scoresStayBetweenZeroAndOne(
      @ForAll @Size(max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    assertThat(score(outcomes, f, halfLife)).isBetween(0.0, 1.0);
    assertThat(Reliability.history(daily(COMMITMENT, START, outcomes), f, halfLife))
        .allSatisfy(point -> assertThat(point.score()).isBetween(0.0, 1.0));
  }

  @Property
  void appendingAKeptOccurrenceNeverLowersTheScore(
      @ForAll @Size(max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    List<OccurrenceOutcome> longer = new ArrayList<>(outcomes);
    longer.add(OccurrenceOutcome.KEPT);

    assertThat(score(longer, f, halfLife)).isGreaterThanOrEqualTo(score(outcomes, f, halfLife));
  }

  @Property
  void appendingAMissedOrUnreportedOccurrenceNeverRaisesTheScore(
      @ForAll @Size(max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll boolean unreported,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    List<OccurrenceOutcome> longer = new ArrayList<>(outcomes);
    longer.add(unreported ? OccurrenceOutcome.UNREPORTED : OccurrenceOutcome.MISSED);

    assertThat(score(longer, f, halfLife)).isLessThanOrEqualTo(score(outcomes, f, halfLife));
  }

  @Property
  void insertingAnExcusedOccurrenceAnywhereChangesNothing(
      @ForAll @Size(max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll @IntRange(max = 400) int at,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    List<OccurrenceOutcome> withPause = new ArrayList<>(outcomes);
    withPause.add(Math.min(at, outcomes.size()), OccurrenceOutcome.EXCUSED);

    assertThat(score(withPause, f, halfLife)).isEqualTo(score(outcomes, f, halfLife));
  }

  @Property
  void theScoreIsAFunctionOfItsInputsAlone(
      @ForAll @Size(max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    List<OccurrenceStatus> statuses = daily(COMMITMENT, START, outcomes);
    List<OccurrenceStatus> copy = daily(COMMITMENT, START, new ArrayList<>(outcomes));

    assertThat(Reliability.score(copy, f, halfLife))
        .isEqualTo(Reliability.score(statuses, f, halfLife));
  }

  @Property
  void theLastPointOfTheHistoryIsTheScore(
      @ForAll @Size(min = 1, max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    List<ScorePoint> history = Reliability.history(daily(COMMITMENT, START, outcomes), f, halfLife);

    assertThat(history).hasSameSizeAs(outcomes);
    assertThat(history.get(history.size() - 1).score()).isEqualTo(score(outcomes, f, halfLife));
  }

  @Property
  void oneOccurrenceMovesTheScoreByAtMostOneMinusTheMultiplier(
      @ForAll @Size(min = 1, max = 400) List<OccurrenceOutcome> outcomes,
      @ForAll("frequencies") double f,
      @ForAll @DoubleRange(min = 1, max = 60) double halfLife) {
    double step = 1 - Reliability.multiplier(f, halfLife);
    List<ScorePoint> history = Reliability.history(daily(COMMITMENT, START, outcomes), f, halfLife);

    double previous = 0;
    for (ScorePoint point : history) {
      assertThat(Math.abs(point.score() - previous)).isLessThanOrEqualTo(step + 1e-12);
      previous = point.score();
    }
  }

  @Property
  void theOverallScoreLiesBetweenTheLowestAndHighestScore(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1) Double> scores,
      @ForAll @Size(min = 30, max = 30) List<@DoubleRange(min = 0.01, max = 10) Double> weights) {
    List<WeightedScore> weighted = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      weighted.add(new WeightedScore(scores.get(i), weights.get(i)));
    }
    double lowest = scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double highest = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();

    assertThat(Reliability.overall(weighted).orElseThrow())
        .isBetween(lowest - 1e-12, highest + 1e-12)
        .isBetween(0.0, 1.0);
  }
}
