package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.commitment.OccurrenceOutcome.AWAITING_CONFIRMATION;
import static org.recovery.core.commitment.OccurrenceOutcome.DISPUTED;
import static org.recovery.core.commitment.OccurrenceOutcome.EXCUSED;
import static org.recovery.core.commitment.OccurrenceOutcome.KEPT;
import static org.recovery.core.commitment.OccurrenceOutcome.MISSED;
import static org.recovery.core.commitment.OccurrenceOutcome.OPEN;
import static org.recovery.core.commitment.OccurrenceOutcome.UNREPORTED;
import static org.recovery.core.indicator.Statuses.daily;
import static org.recovery.core.indicator.Statuses.on;
import static org.recovery.core.indicator.Statuses.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

class StreaksTest {
  private static final CommitmentId CALENDAR = CommitmentId.random();
  private static final CommitmentId TALK = CommitmentId.random();
  private static final LocalDate START = LocalDate.of(2024, 2, 26);

  private static LocalDate day(int n) {
    return START.plusDays(n);
  }

  @Test
  void fiveKeptDaysAreAStreakOfFive() {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKKKK")), day(4));

    assertThat(streak).isEqualTo(new Streak(5, 5, Optional.of(day(4))));
  }

  @ParameterizedTest(name = "{0} on day 3 breaks the streak")
  @CsvSource({"M", "U"})
  void aMissedOrUnreportedDayBreaksTheStreak(String breaking) {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKK" + breaking + "KK")), day(5));

    assertThat(streak).isEqualTo(new Streak(2, 3, Optional.of(day(2))));
  }

  @ParameterizedTest(name = "a day of {0} neither breaks nor extends the streak")
  @CsvSource({"E", "D", "A", "O"})
  void excusedAndUnsettledDaysNeitherBreakNorExtend(String neutral) {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KK" + neutral + "K")), day(3));

    assertThat(streak).isEqualTo(new Streak(3, 3, Optional.of(day(3))));
  }

  @Test
  void aDayWithNothingDueNeitherBreaksNorExtends() {
    List<OccurrenceStatus> statuses =
        List.of(on(CALENDAR, day(0), KEPT), on(CALENDAR, day(5), KEPT));

    assertThat(Streaks.of(statuses, day(9))).isEqualTo(new Streak(2, 2, Optional.of(day(5))));
  }

  @Test
  void todayStillOpenDoesNotEndTheCurrentStreak() {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKKO")), day(3));

    assertThat(streak.current()).isEqualTo(3);
  }

  @ParameterizedTest(name = "kept and {0} on one day: {1}")
  @CsvSource({
    "EXCUSED, extends",
    "MISSED, breaks",
    "UNREPORTED, breaks",
    "DISPUTED, neutral",
    "AWAITING_CONFIRMATION, neutral",
    "OPEN, neutral"
  })
  void aDayIsFullyKeptOnlyWhenEverySettledOccurrenceOfEveryCommitmentIsKept(
      OccurrenceOutcome other, String verdict) {
    List<OccurrenceStatus> statuses = new ArrayList<>(daily(CALENDAR, START, outcomes("KKK")));
    statuses.addAll(
        List.of(on(TALK, day(0), KEPT), on(TALK, day(1), other), on(TALK, day(2), KEPT)));

    Streak streak = Streaks.of(statuses, day(2));

    switch (verdict) {
      case "extends" -> assertThat(streak.current()).isEqualTo(3);
      case "breaks" -> assertThat(streak).isEqualTo(new Streak(1, 1, Optional.of(day(2))));
      default -> assertThat(streak).isEqualTo(new Streak(2, 2, Optional.of(day(2))));
    }
  }

  @Test
  void occurrencesDueAfterTheAsOfDayAreIgnored() {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKMK")), day(1));

    assertThat(streak).isEqualTo(new Streak(2, 2, Optional.of(day(1))));
  }

  @Test
  void aLaterRunAsLongAsTheLongestIsTheOneReported() {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKMKKM")), day(5));

    assertThat(streak).isEqualTo(new Streak(0, 2, Optional.of(day(4))));
  }

  @Test
  void theLongestRunSurvivesLaterShorterOnes() {
    Streak streak = Streaks.of(daily(CALENDAR, START, outcomes("KKKKMKMK")), day(7));

    assertThat(streak).isEqualTo(new Streak(1, 4, Optional.of(day(3))));
  }

  @Test
  void nothingKeptYetIsNoStreak() {
    assertThat(Streaks.of(List.of(), day(0))).isEqualTo(new Streak(0, 0, Optional.empty()));
    assertThat(
            Streaks.of(
                daily(
                    CALENDAR,
                    START,
                    List.of(EXCUSED, MISSED, UNREPORTED, OPEN, DISPUTED, AWAITING_CONFIRMATION)),
                day(5)))
        .isEqualTo(new Streak(0, 0, Optional.empty()));
  }

  @Test
  void theOrderOfTheOccurrencesDoesNotMatter() {
    List<OccurrenceStatus> statuses = new ArrayList<>(daily(CALENDAR, START, outcomes("KKMKK")));
    Collections.reverse(statuses);

    assertThat(Streaks.of(statuses, day(4))).isEqualTo(new Streak(2, 2, Optional.of(day(4))));
  }
}
