package org.recovery.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CadenceProperties {

  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final long THREE_YEARS_IN_SECONDS = 3L * 366 * 24 * 60 * 60;
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  @Property
  void adjacentDateRangesSplitTheOccurrencesOfTheirUnion(
      @ForAll("cadences") Cadence cadence,
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 1100) int firstSpan,
      @ForAll @IntRange(max = 1100) int secondSpan) {
    LocalDate split = from.plusDays(firstSpan);
    LocalDate to = split.plusDays(1 + secondSpan);

    List<Occurrence> joined = new ArrayList<>(cadence.occurrencesBetween(from, split));
    joined.addAll(cadence.occurrencesBetween(split.plusDays(1), to));

    assertThat(joined).isEqualTo(cadence.occurrencesBetween(from, to));
  }

  @Property
  void occurrencesAreDistinctAndStrictlyOrderedByDueThenSlot(
      @ForAll("cadences") Cadence cadence,
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 1100) int span) {
    List<Occurrence> occurrences = cadence.occurrencesBetween(from, from.plusDays(span));

    for (int i = 1; i < occurrences.size(); i++) {
      Occurrence previous = occurrences.get(i - 1);
      Occurrence next = occurrences.get(i);
      boolean later =
          next.due().isAfter(previous.due())
              || next.due().equals(previous.due()) && next.slot() > previous.slot();
      assertThat(later).as("%s comes after %s", next, previous).isTrue();
    }
  }

  @Property
  void everyOccurrenceIsOneTheCadenceDefinesInsideTheRange(
      @ForAll("cadences") Cadence cadence,
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 1100) int span) {
    LocalDate to = from.plusDays(span);

    assertThat(cadence.occurrencesBetween(from, to))
        .allSatisfy(
            occurrence -> {
              assertThat(occurrence.due()).isBetween(from, to);
              assertThat(isDefinedBy(cadence, occurrence))
                  .as("%s defines %s", cadence, occurrence)
                  .isTrue();
            });
  }

  @Property
  void occurrencesNumberAsManyAsAnIndependentCount(
      @ForAll("cadences") Cadence cadence,
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 1100) int span) {
    LocalDate to = from.plusDays(span);

    assertThat(cadence.occurrencesBetween(from, to)).hasSize(expectedCount(cadence, from, to));
  }

  @Property
  void adjacentInstantRangesSplitTheOccurrencesOfTheirUnion(
      @ForAll("cadences") Cadence cadence,
      @ForAll("zones") ZoneId zone,
      @ForAll("instants") Instant start,
      @ForAll @LongRange(max = THREE_YEARS_IN_SECONDS) long firstOffset,
      @ForAll @LongRange(max = THREE_YEARS_IN_SECONDS) long secondOffset) {
    Instant split = start.plusSeconds(Math.min(firstOffset, secondOffset));
    Instant end = start.plusSeconds(Math.max(firstOffset, secondOffset));

    List<Occurrence> joined = new ArrayList<>(cadence.occurrencesBetween(start, split, zone));
    joined.addAll(cadence.occurrencesBetween(split, end, zone));

    List<Occurrence> whole = cadence.occurrencesBetween(start, end, zone);
    assertThat(joined).isEqualTo(whole);
    assertThat(whole)
        .allSatisfy(
            occurrence ->
                assertThat(startOf(occurrence.due(), zone))
                    .isBetween(start, end)
                    .isNotEqualTo(end));
  }

  @Property
  void anInstantRangeFromDayStartToDayStartHoldsTheOccurrencesOfThoseDates(
      @ForAll("cadences") Cadence cadence,
      @ForAll("zones") ZoneId zone,
      @ForAll("dates") LocalDate first,
      @ForAll @IntRange(min = 1, max = 1100) int days) {
    LocalDate end = first.plusDays(days);
    Assume.that(startsAfterTheDayBefore(first, zone) && startsAfterTheDayBefore(end, zone));

    assertThat(cadence.occurrencesBetween(startOf(first, zone), startOf(end, zone), zone))
        .isEqualTo(cadence.occurrencesBetween(first, end.minusDays(1)));
  }

  @Property
  void parsingTheSpecGivesBackTheCadence(@ForAll("cadences") Cadence cadence) {
    assertThat(Cadence.parse(cadence.spec())).isEqualTo(cadence);
  }

  @Property
  void easierIsIrreflexiveAndAsymmetric(
      @ForAll("cadences") Cadence one, @ForAll("cadences") Cadence other) {
    assertThat(one.isEasierThan(one)).isFalse();
    assertThat(one.isEasierThan(other) && other.isEasierThan(one)).isFalse();
  }

  @Provide
  Arbitrary<Cadence> cadences() {
    return Arbitraries.oneOf(
        Arbitraries.just(Cadence.daily()),
        Arbitraries.integers().between(1, 7).map(Cadence::timesPerWeek),
        Arbitraries.of(DayOfWeek.class)
            .set()
            .ofMinSize(1)
            .ofMaxSize(7)
            .map(days -> Cadence.onWeekdays(days)),
        Arbitraries.integers().between(1, 31).map(Cadence::monthlyOnDay),
        Arbitraries.just(Cadence.continuous()));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(EARLIEST.toEpochDay(), LATEST.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(
            startOf(EARLIEST, ZoneId.of("UTC")).getEpochSecond(),
            startOf(LATEST, ZoneId.of("UTC")).getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }

  /**
   * Whether {@code day} starts strictly after the day before it; not so for a day a zone skipped
   * whole (Samoa's 30 December 2011), whose occurrence shares the next day's start.
   */
  private static boolean startsAfterTheDayBefore(LocalDate day, ZoneId zone) {
    return startOf(day.minusDays(1), zone).isBefore(startOf(day, zone));
  }

  private static boolean isDefinedBy(Cadence cadence, Occurrence occurrence) {
    LocalDate due = occurrence.due();
    if (cadence instanceof Cadence.TimesPerWeek weekly) {
      return due.getDayOfWeek() == DayOfWeek.SUNDAY
          && occurrence.periodStart().equals(due.minusDays(6))
          && occurrence.slot() <= weekly.times();
    }
    boolean singleDay = occurrence.periodStart().equals(due) && occurrence.slot() == 1;
    return singleDay && dueDays(cadence).test(due);
  }

  private static int expectedCount(Cadence cadence, LocalDate from, LocalDate to) {
    if (cadence instanceof Cadence.Daily || cadence instanceof Cadence.Continuous) {
      return Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
    }
    long dueDays = from.datesUntil(to.plusDays(1)).filter(dueDays(cadence)).count();
    int perDay = cadence instanceof Cadence.TimesPerWeek weekly ? weekly.times() : 1;
    return Math.toIntExact(dueDays * perDay);
  }

  private static Predicate<LocalDate> dueDays(Cadence cadence) {
    if (cadence instanceof Cadence.TimesPerWeek) {
      return day -> day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
    if (cadence instanceof Cadence.OnWeekdays weekdays) {
      return day -> weekdays.days().contains(day.getDayOfWeek());
    }
    if (cadence instanceof Cadence.MonthlyOnDay monthly) {
      return day -> day.getDayOfMonth() == Math.min(monthly.day(), day.lengthOfMonth());
    }
    return day -> true;
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
