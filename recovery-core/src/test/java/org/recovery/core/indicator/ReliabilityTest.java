package org.recovery.core.indicator;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recovery.core.indicator.Statuses.daily;
import static org.recovery.core.indicator.Statuses.onWeekdays;
import static org.recovery.core.indicator.Statuses.outcomes;
import static org.recovery.core.indicator.Statuses.timesPerWeek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceStatus;

/**
 * Golden values for the reliability score, computed by hand from the closed forms in the comments
 * (with H = 13 unless said otherwise) and checked to 1e-9.
 */
class ReliabilityTest {
  private static final double EPS = 1e-9;
  private static final CommitmentId CALENDAR = CommitmentId.random();
  private static final LocalDate START = LocalDate.of(2024, 3, 1);

  @ParameterizedTest(name = "f = {0}, H = {1} gives m = {2}")
  @CsvSource({
    // m = 0.5^(1 / (H·√f))
    "1,            13, 0.9480775143391714", // 2^(−1/13) = e^(−0.05331901...)
    "0.4285714285714286, 13, 0.9217823565971108", // 3/7: 2^(−1/(13·0.65465367))
    "0.7142857142857143, 13, 0.9388609366506879", // 5/7: 2^(−1/(13·0.84515425))
    "0.14285714285714285, 13, 0.8684295174835664", // 1/7: 2^(−1/(13·0.37796447))
    "1,            1,  0.5", // one half-life per day
    "0.25,         1,  0.25", // 2^(−1/(1·½)) = 1/4
  })
  void multiplierHalvesTheScoreEveryHalfLife(double f, double halfLife, double expected) {
    assertThat(Reliability.multiplier(f, halfLife)).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "f = {0}, H = {1} is refused")
  @CsvSource({
    "0, 13",
    "-0.1, 13",
    "1.0000001, 13",
    "NaN, 13",
    "1, 0",
    "1, -1",
    "1, NaN",
    "1, Infinity"
  })
  void multiplierRefusesFrequenciesOutsideZeroToOneAndHalfLivesNotAboveZero(
      double f, double halfLife) {
    assertThatThrownBy(() -> Reliability.multiplier(f, halfLife))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f > 0 && f <= 1 ? "halfLifeDays" : "occurrencesPerDay");
  }

  @ParameterizedTest(name = "{0} gives f = {1}")
  @CsvSource({
    "daily, 1",
    "continuous, 1",
    "3/week, 0.42857142857142855",
    "'mon,tue,wed,thu,fri', 0.7142857142857143",
    "1/week, 0.14285714285714285"
  })
  void occurrencesPerDayIsTimesPerWeekOverSeven(String spec, double expected) {
    assertThat(Reliability.occurrencesPerDay(Cadence.parse(spec))).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "daily {0} scores {1}")
  @CsvSource({
    // m = 0.9480775143391714
    "'',    0",
    "K,     0.05192248566082858", // 1 − m
    "KK,    0.10114902680445825", // 1 − m²
    "KKMK,  0.14284038684179767", // ((1 − m²)·m)·m + 1 − m = 1 − m + m² − m⁴
    "KKUK,  0.14284038684179767", // unreported counts as missed
    "KEK,   0.10114902680445825", // excused freezes: as KK
    "KEEEK, 0.10114902680445825",
    "KDM,   0.04922654114362963", // disputed skipped: (1 − m)·m
    "KAOK,  0.10114902680445825", // awaiting and open skipped: as KK
    "MMM,   0", // 0·m = 0
    "KM,    0.04922654114362963", // (1 − m)·m
  })
  void dailyGoldenScores(String letters, double expected) {
    List<OccurrenceStatus> statuses = daily(CALENDAR, START, outcomes(letters));

    assertThat(Reliability.score(statuses, 1, 13)).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "3/week {0} scores {1}")
  @CsvSource({
    // f = 3/7, m = 0.9217823565971108; one week holds three slots
    "KKK,       0.21677746651212626", // 1 − m³
    "KKKMMK,    0.2480026399275994", // (1 − m³)·m³ + 1 − m
    "KKKEEEMMK, 0.2480026399275994", // an excused week freezes: as KKKMMK
    "KKKDDDMMK, 0.2480026399275994", // a disputed week is skipped until resolved
  })
  void threeTimesAWeekGoldenScores(String letters, double expected) {
    List<OccurrenceStatus> statuses = timesPerWeek(CALENDAR, 3, outcomes(letters));

    assertThat(Reliability.score(statuses, 3.0 / 7, 13)).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "Monday to Friday {0} scores {1}")
  @CsvSource({
    // f = 5/7, m = 0.9388609366506879
    "KKKMK,      0.2131307484561369", // (1 − m³)·m·m + 1 − m = 1 − m + m² − m⁵
    "KKKUK,      0.2131307484561369",
    "KKEKMEK,    0.2131307484561369", // excused days freeze the score
  })
  void weekdayGoldenScores(String letters, double expected) {
    List<OccurrenceStatus> statuses =
        onWeekdays(
            CALENDAR, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), outcomes(letters));

    assertThat(Reliability.score(statuses, 5.0 / 7, 13)).isCloseTo(expected, within(EPS));
  }

  @Test
  void aDailyCommitmentKeptForHalfLifeDaysReachesOneHalf() {
    // 1 − m^13 = 1 − 0.5
    List<OccurrenceStatus> statuses = daily(CALENDAR, START, outcomes("K".repeat(13)));

    assertThat(Reliability.score(statuses, 1, 13)).isCloseTo(0.5, within(EPS));
  }

  @Test
  void aMonthOfConsistencyOutweighsOneGoodDayAndSurvivesOneMiss() {
    // 30 kept then a miss: (1 − m³⁰)·m = (1 − 0.5^(30/13))·m = 0.7980200 · 0.9480775 = 0.7565817;
    // one kept day: 1 − m = 0.0519
    double month = Reliability.score(daily(CALENDAR, START, outcomes("K".repeat(30) + "M")), 1, 13);
    double oneDay = Reliability.score(daily(CALENDAR, START, outcomes("K")), 1, 13);

    assertThat(month).isCloseTo(0.756581719672175, within(EPS));
    assertThat(oneDay).isLessThan(0.06);
  }

  @Test
  void historyGivesTheScoreAfterEachOccurrenceOnItsDueDay() {
    List<ScorePoint> history = Reliability.history(daily(CALENDAR, START, outcomes("KEM")), 1, 13);

    assertThat(history)
        .extracting(ScorePoint::day)
        .containsExactly(START, START.plusDays(1), START.plusDays(2));
    assertThat(history.get(0).score()).isCloseTo(0.05192248566082858, within(EPS));
    assertThat(history.get(1).score()).isCloseTo(0.05192248566082858, within(EPS));
    assertThat(history.get(2).score()).isCloseTo(0.04922654114362963, within(EPS));
  }

  @Test
  void scoreRefusesOccurrencesOutOfDueOrder() {
    List<OccurrenceStatus> statuses = new ArrayList<>(daily(CALENDAR, START, outcomes("KK")));
    statuses.add(Statuses.on(CALENDAR, START, outcomes("K").get(0)));

    assertThatThrownBy(() -> Reliability.score(statuses, 1, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dueOrder must be ordered by due day");
  }

  @Test
  void scoreRefusesOccurrencesOfSeveralCommitments() {
    List<OccurrenceStatus> statuses = new ArrayList<>(daily(CALENDAR, START, outcomes("K")));
    statuses.addAll(daily(CommitmentId.random(), START.plusDays(1), outcomes("K")));

    assertThatThrownBy(() -> Reliability.history(statuses, 1, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one commitment");
  }

  @Test
  void keptShareCountsOnlyKeptMissedAndUnreported() {
    KeptShare share = Reliability.keptShare(daily(CALENDAR, START, outcomes("KKMUEDAO")));

    assertThat(share).isEqualTo(new KeptShare(2, 1, 1));
    assertThat(share.counted()).isEqualTo(4);
    assertThat(share.share()).hasValue(0.5);
  }

  @Test
  void keptShareIsEmptyWhenNothingWasSettledEitherWay() {
    assertThat(Reliability.keptShare(daily(CALENDAR, START, outcomes("EDAO"))).share()).isEmpty();
    assertThat(Reliability.keptShare(List.of()).share()).isEmpty();
  }

  @Test
  void overallWeighsAHighCostCommitmentTwice() {
    // (0.9·1 + 0.6·2) / (1 + 2) = 2.1 / 3 = 0.7; unweighted it would be 0.75
    assertThat(Reliability.overall(List.of(new WeightedScore(0.9, 1), new WeightedScore(0.6, 2))))
        .hasValueCloseTo(0.7, within(EPS));
    assertThat(Reliability.overall(List.of(new WeightedScore(0.9, 1), new WeightedScore(0.6, 1))))
        .hasValueCloseTo(0.75, within(EPS));
  }

  @Test
  void overallIsEmptyWithoutCommitments() {
    assertThat(Reliability.overall(List.of())).isEmpty();
  }
}
