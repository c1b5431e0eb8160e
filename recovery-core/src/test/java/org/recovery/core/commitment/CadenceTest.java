package org.recovery.core.commitment;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CadenceTest {

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("daily", Cadence.daily(), "daily"),
        Arguments.of("  DAILY ", Cadence.daily(), "daily"),
        Arguments.of("3/week", Cadence.timesPerWeek(3), "3/week"),
        Arguments.of(" 7 / WEEK ", Cadence.timesPerWeek(7), "7/week"),
        Arguments.of("mon,wed,fri", Cadence.onWeekdays(MONDAY, WEDNESDAY, FRIDAY), "mon,wed,fri"),
        Arguments.of("FRI, Mon ,wed", Cadence.onWeekdays(MONDAY, WEDNESDAY, FRIDAY), "mon,wed,fri"),
        Arguments.of(
            "Friday,WEDNESDAY,monday",
            Cadence.onWeekdays(MONDAY, WEDNESDAY, FRIDAY),
            "mon,wed,fri"),
        Arguments.of(
            "SUN,sat,THU,tue",
            Cadence.onWeekdays(TUESDAY, THURSDAY, SATURDAY, SUNDAY),
            "tue,thu,sat,sun"),
        Arguments.of("monthly:15", Cadence.monthlyOnDay(15), "monthly:15"),
        Arguments.of("Monthly : 31", Cadence.monthlyOnDay(31), "monthly:31"),
        Arguments.of("continuous", Cadence.continuous(), "continuous"),
        Arguments.of("\tContinuous\n", Cadence.continuous(), "continuous"));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {2}")
  @MethodSource("specs")
  void specsReadInAnyCaseAndSpacingAndWriteBackCanonically(
      String spec, Cadence expected, String canonical) {
    Cadence parsed = Cadence.parse(spec);

    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.spec()).isEqualTo(canonical);
    assertThat(parsed.toString()).isEqualTo(canonical);
    assertThat(Cadence.parse(canonical)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''         | it is empty",
        "'   '      | it is empty",
        "0/week     | times per week must be between 1 and 7, was 0",
        "8/week     | times per week must be between 1 and 7, was 8",
        "monthly:0  | day of month must be between 1 and 31, was 0",
        "monthly:32 | day of month must be between 1 and 31, was 32",
        "mon,,fri   | a weekday is missing between commas",
        "mon,       | a weekday is missing between commas",
        "someday    | \"someday\" is neither a cadence nor a weekday name",
        "3/month    | \"3/month\" is neither a cadence nor a weekday name",
        "99999999999/week | the number 99999999999 is too large"
      })
  void badSpecsAreRefusedWithTheProblemTheSpecAndTheAcceptedForms(String spec, String problem) {
    assertThatThrownBy(() -> Cadence.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + spec + "\"")
        .hasMessageContaining(problem)
        .hasMessageContaining(CadenceSpec.ACCEPTED_FORMS);
  }

  @Test
  void uppercaseWeekdaysParseUnderATurkishDefaultLocale() {
    assertThat(Cadence.parse("FRI,WEDNESDAY").spec()).isEqualTo("wed,fri");
  }

  @Test
  void factoriesRefuseOutOfRangeArgumentsNamingTheFieldAndRule() {
    assertThatThrownBy(() -> Cadence.timesPerWeek(9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times per week must be between 1 and 7, was 9");
    assertThatThrownBy(() -> Cadence.monthlyOnDay(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("day of month must be between 1 and 31, was 0");
    assertThatThrownBy(() -> Cadence.onWeekdays(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weekdays must name at least one day");
    assertThatThrownBy(Cadence::onWeekdays).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weekdaysAreHeldAsAnUnmodifiableCopy() {
    Set<DayOfWeek> days = new HashSet<>(Set.of(MONDAY));
    Cadence.OnWeekdays cadence = (Cadence.OnWeekdays) Cadence.onWeekdays(days);
    days.add(FRIDAY);

    assertThat(cadence.days()).containsExactly(MONDAY);
    assertThatThrownBy(() -> cadence.days().add(FRIDAY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
    List<LocalDate> leapYear =
        dues(Cadence.monthlyOnDay(31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    List<LocalDate> commonYear =
        dues(Cadence.monthlyOnDay(31), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

    assertThat(leapYear)
        .hasSize(12)
        .contains(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 12, 31))
        .doesNotContain(LocalDate.of(2024, 2, 28));
    assertThat(commonYear)
        .hasSize(12)
        .contains(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 4, 30), LocalDate.of(2023, 1, 31));
  }

  @Test
  void monthlyOnThe30thIsDueOnFebruaryTheLastInALeapYear() {
    assertThat(dues(Cadence.monthlyOnDay(30), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)))
        .containsExactly(LocalDate.of(2024, 2, 29));
  }

  @Test
  void timesPerWeekIsDueOnTheSundayThatEndsEachIsoWeek() {
    Cadence cadence = Cadence.timesPerWeek(3);
    LocalDate monday = LocalDate.of(2024, 6, 3);
    LocalDate sunday = LocalDate.of(2024, 6, 9);

    assertThat(cadence.occurrencesBetween(monday, sunday))
        .containsExactly(
            new Occurrence(monday, sunday, 1),
            new Occurrence(monday, sunday, 2),
            new Occurrence(monday, sunday, 3));
    assertThat(cadence.occurrencesBetween(monday, sunday.minusDays(1))).isEmpty();
    assertThat(cadence.occurrencesBetween(sunday, sunday.plusDays(6)))
        .hasSize(3)
        .allSatisfy(o -> assertThat(o.covers(monday)).isTrue());
  }

  @Test
  void occurrencesNeedFromNotAfterTo() {
    LocalDate day = LocalDate.of(2024, 6, 3);
    assertThatThrownBy(() -> Cadence.daily().occurrencesBetween(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must not be after toInclusive");
    Instant now = Instant.parse("2024-06-03T10:00:00Z");
    assertThatThrownBy(
            () -> Cadence.daily().occurrencesBetween(now, now.minusSeconds(1), ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must not be after toExclusive");
    assertThat(Cadence.daily().occurrencesBetween(now, now, ZoneId.of("UTC"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1} lasts {2} hours")
  @CsvSource({
    "Europe/Berlin,       2024-03-31, 23",
    "Europe/Berlin,       2024-10-27, 25",
    "America/Sao_Paulo,   2018-11-04, 23",
    "America/Sao_Paulo,   2019-02-16, 25",
    "Pacific/Chatham,     2024-09-29, 23",
    "Pacific/Chatham,     2024-04-07, 25"
  })
  void everyLocalDateAroundADstChangeHasExactlyOneOccurrence(
      String zoneId, LocalDate changeDay, long hours) {
    ZoneId zone = ZoneId.of(zoneId);
    assertThat(Duration.between(start(changeDay, zone), start(changeDay.plusDays(1), zone)))
        .hasHours(hours);
    Instant from = start(changeDay.minusDays(2), zone);
    Instant to = start(changeDay.plusDays(3), zone);

    List<Occurrence> hourByHour = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(3600)) {
      hourByHour.addAll(Cadence.daily().occurrencesBetween(t, min(t.plusSeconds(3600), to), zone));
    }

    List<LocalDate> expected = changeDay.minusDays(2).datesUntil(changeDay.plusDays(3)).toList();
    assertThat(hourByHour).extracting(Occurrence::due).containsExactlyElementsOf(expected);
    assertThat(Cadence.daily().occurrencesBetween(from, to, zone)).isEqualTo(hourByHour);
    for (LocalDate day : expected) {
      Instant dayStart = start(day, zone);
      Instant nextDayStart = start(day.plusDays(1), zone);
      assertThat(Cadence.continuous().occurrencesBetween(dayStart, nextDayStart, zone))
          .containsExactly(new Occurrence(day, day, 1));
    }
  }

  @Test
  void aDayThatStartsAfterMidnightIsCountedFromItsFirstHour() {
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    LocalDate springForward = LocalDate.of(2018, 11, 4);
    Instant oneAm = springForward.atTime(LocalTime.of(1, 0)).atZone(saoPaulo).toInstant();

    assertThat(start(springForward, saoPaulo)).isEqualTo(oneAm);
    assertThat(Cadence.daily().occurrencesBetween(oneAm.minusSeconds(1), oneAm, saoPaulo))
        .extracting(Occurrence::due)
        .isEmpty();
    assertThat(Cadence.daily().occurrencesBetween(oneAm, oneAm.plusSeconds(1), saoPaulo))
        .extracting(Occurrence::due)
        .containsExactly(springForward);
  }

  @Test
  void theDaySamoaSkippedKeepsItsOccurrenceAtTheStartOfTheNextDay() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    LocalDate skipped = LocalDate.of(2011, 12, 30);
    Instant from = start(skipped.minusDays(1), apia);
    Instant to = start(skipped.plusDays(2), apia);

    Instant skippedStart = start(skipped, apia);

    assertThat(skippedStart).isEqualTo(start(skipped.plusDays(1), apia));
    assertThat(Cadence.daily().occurrencesBetween(from, to, apia))
        .extracting(Occurrence::due)
        .containsExactly(skipped.minusDays(1), skipped, skipped.plusDays(1));
    assertThat(Cadence.daily().occurrencesBetween(from, skippedStart, apia))
        .extracting(Occurrence::due)
        .containsExactly(skipped.minusDays(1));
    assertThat(Cadence.daily().occurrencesBetween(skippedStart, to, apia))
        .extracting(Occurrence::due)
        .containsExactly(skipped, skipped.plusDays(1));
  }

  @ParameterizedTest(name = "{0} is easier than {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3/week      | daily       | true",
        "daily       | 3/week      | false",
        "daily       | continuous  | true",
        "continuous  | daily       | false",
        "mon,wed,fri | 4/week      | true",
        "monthly:1   | 1/week      | true",
        "3/week      | mon,wed,fri | false",
        "daily       | 7/week      | false",
        "continuous  | continuous  | false"
      })
  void easierMeansStrictlyLessOftenWithContinuousTheHardest(
      String easier, String harder, boolean expected) {
    assertThat(Cadence.parse(easier).isEasierThan(Cadence.parse(harder))).isEqualTo(expected);
  }

  @Test
  void expectedFrequencyPerWeekFollowsTheCadence() {
    assertThat(Cadence.daily().timesPerWeek()).isEqualTo(7);
    assertThat(Cadence.continuous().timesPerWeek()).isEqualTo(7);
    assertThat(Cadence.timesPerWeek(3).timesPerWeek()).isEqualTo(3);
    assertThat(Cadence.onWeekdays(MONDAY, FRIDAY).timesPerWeek()).isEqualTo(2);
    assertThat(Cadence.monthlyOnDay(9).timesPerWeek()).isEqualTo(12 / 52.1775);
  }

  @Test
  void anOccurrenceCoversEveryDayOfItsPeriodAndNoOther() {
    Occurrence week = new Occurrence(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 9), 2);

    assertThat(week.covers(LocalDate.of(2024, 6, 3))).isTrue();
    assertThat(week.covers(LocalDate.of(2024, 6, 9))).isTrue();
    assertThat(week.covers(LocalDate.of(2024, 6, 2))).isFalse();
    assertThat(week.covers(LocalDate.of(2024, 6, 10))).isFalse();
    assertThatThrownBy(() -> new Occurrence(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 3), 1))
        .hasMessageContaining("periodStart must not be after due");
    assertThatThrownBy(() -> new Occurrence(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3), 0))
        .hasMessage("slot must be at least 1, was 0");
  }

  private static List<LocalDate> dues(Cadence cadence, LocalDate from, LocalDate to) {
    return cadence.occurrencesBetween(from, to).stream().map(Occurrence::due).toList();
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
