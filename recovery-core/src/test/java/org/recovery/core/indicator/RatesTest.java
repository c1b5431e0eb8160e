package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** Windows [from, to] include both ends; a rate per week is count · 7 / days. */
class RatesTest {
  private static final double EPS = 1e-9;
  private static final PartnerId SAM = PartnerId.random();
  private static final PartnerId ALEX = PartnerId.random();
  private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
  private static final LocalDate TO = FROM.plusDays(13);

  private static CheckIn checkIn(PartnerId partner, LocalDate day, int outbursts) {
    return new CheckIn(
        CheckInId.random(),
        partner,
        day,
        new Ratings(5, 5, 5, 5),
        false,
        false,
        outbursts,
        Visibility.SHARED);
  }

  private static CheckIn checkIn(
      PartnerId partner, LocalDate day, boolean vulnerable, boolean triggered) {
    return new CheckIn(
        CheckInId.random(),
        partner,
        day,
        new Ratings(5, 5, 5, 5),
        vulnerable,
        triggered,
        0,
        Visibility.PRIVATE);
  }

  private static Setback setback(SetbackKind kind, Severity severity, LocalDate day) {
    return new Setback(SetbackId.random(), kind, severity, day, SAM, Set.of());
  }

  @Test
  void outburstsPerWeekCountsBothEndsOfTheWindowAndNothingOutside() {
    // inside: 3 on FROM, 1 on TO over 14 days → 4 · 7 / 14 = 2
    List<CheckIn> checkIns =
        List.of(
            checkIn(SAM, FROM.minusDays(1), 5),
            checkIn(SAM, FROM, 3),
            checkIn(SAM, TO, 1),
            checkIn(SAM, TO.plusDays(1), 2));

    assertThat(Rates.outburstsPerWeek(checkIns, FROM, TO)).isCloseTo(2, within(EPS));
  }

  @Test
  void outburstsPerWeekOfOnePartnerLeavesTheOtherOut() {
    // Sam: 3 in 14 days → 1.5 a week; both: 3 + 4 = 7 → 3.5 a week
    List<CheckIn> checkIns = List.of(checkIn(SAM, FROM, 3), checkIn(ALEX, FROM.plusDays(2), 4));

    assertThat(Rates.outburstsPerWeek(checkIns, SAM, FROM, TO)).isCloseTo(1.5, within(EPS));
    assertThat(Rates.outburstsPerWeek(checkIns, FROM, TO)).isCloseTo(3.5, within(EPS));
  }

  @Test
  void aOneDayWindowScalesItsCountToAWeek() {
    assertThat(Rates.outburstsPerWeek(List.of(checkIn(SAM, FROM, 2)), FROM, FROM))
        .isCloseTo(14, within(EPS));
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> Rates.outburstsPerWeek(List.of(), TO, FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must not be after to");
  }

  @ParameterizedTest(name = "an outburst {0} days before the as-of day falls in the {1} window")
  @CsvSource({"0, recent", "13, recent", "14, previous", "27, previous", "28, neither"})
  void theComparedWindowsAreTheLastDaysAndTheSameNumberBefore(int daysBefore, String window) {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<CheckIn> checkIns = List.of(checkIn(SAM, asOf.minusDays(daysBefore), 2));

    WindowComparison comparison = Rates.outburstsRecentVsPrevious(checkIns, SAM, asOf, 14);

    assertThat(comparison.recentPerWeek()).isEqualTo(window.equals("recent") ? 1.0 : 0.0);
    assertThat(comparison.previousPerWeek()).isEqualTo(window.equals("previous") ? 1.0 : 0.0);
    assertThat(comparison.recentCheckIns() + comparison.previousCheckIns())
        .isEqualTo(window.equals("neither") ? 0 : 1);
  }

  @Test
  void fewerOutburstsRecentlyThanBeforeIsFalling() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<CheckIn> checkIns =
        List.of(
            checkIn(SAM, asOf.minusDays(20), 4),
            checkIn(ALEX, asOf.minusDays(3), 1),
            checkIn(SAM, asOf.minusDays(2), 1));

    WindowComparison both = Rates.outburstsRecentVsPrevious(checkIns, asOf, 14);

    // recent: 2 · 7 / 14 = 1; previous: 4 · 7 / 14 = 2
    assertThat(both).isEqualTo(new WindowComparison(1, 2, 14, 2, 1));
    assertThat(both.isFalling()).isTrue();
    assertThat(both.isRising()).isFalse();
    assertThat(both.isFallingOrAbsent()).isTrue();
  }

  @Test
  void noOutburstsInEitherWindowIsNotFallingButIsAbsent() {
    WindowComparison none =
        Rates.outburstsRecentVsPrevious(List.of(checkIn(SAM, FROM, 0)), SAM, FROM, 28);

    assertThat(none.isFalling()).isFalse();
    assertThat(none.isRising()).isFalse();
    assertThat(none.isFallingOrAbsent()).isTrue();
  }

  @Test
  void comparingOverWindowsShorterThanADayIsRefused() {
    assertThatThrownBy(() -> Rates.outburstsRecentVsPrevious(List.of(), FROM, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must be at least 1");
  }

  @Test
  void vulnerableShareIsTakenOverThatPartnersCheckInsInTheWindow() {
    List<CheckIn> checkIns =
        List.of(
            checkIn(SAM, FROM, true, false),
            checkIn(SAM, FROM.plusDays(1), false, false),
            checkIn(SAM, TO, true, false),
            checkIn(SAM, TO.plusDays(1), true, false),
            checkIn(ALEX, FROM, false, false));

    Share share = Rates.vulnerableShare(checkIns, SAM, FROM, TO);

    assertThat(share).isEqualTo(new Share(2, 3));
    assertThat(share.value()).hasValueCloseTo(2.0 / 3, within(EPS));
    assertThat(Rates.vulnerableShare(checkIns, ALEX, FROM, TO).value()).hasValue(0.0);
  }

  @Test
  void vulnerableShareIsEmptyWithoutCheckIns() {
    List<CheckIn> checkIns = List.of(checkIn(SAM, TO.plusDays(1), true, false));

    assertThat(Rates.vulnerableShare(checkIns, SAM, FROM, TO).value()).isEmpty();
  }

  @Test
  void triggersPerWeekCountsThatPartnersTriggeredCheckInsOnly() {
    // Sam triggered on FROM and TO: 2 · 7 / 14 = 1; TRIGGER setbacks are not added
    List<CheckIn> checkIns =
        List.of(
            checkIn(SAM, FROM, false, true),
            checkIn(SAM, FROM.plusDays(1), false, false),
            checkIn(SAM, TO, false, true),
            checkIn(SAM, TO.plusDays(1), false, true),
            checkIn(ALEX, FROM, false, true));

    assertThat(Rates.triggersPerWeek(checkIns, SAM, FROM, TO)).isCloseTo(1, within(EPS));
  }

  @Test
  void daysSinceLastSevereCountsFromTheLatestSevereSetbackUpToTheAsOfDay() {
    LocalDate asOf = LocalDate.of(2024, 9, 1);
    List<Setback> setbacks =
        List.of(
            setback(SetbackKind.NEW_DECEPTION, Severity.SEVERE, asOf.minusDays(90)),
            setback(SetbackKind.CONFLICT, Severity.SEVERE, asOf.minusDays(40)),
            setback(SetbackKind.CONFLICT, Severity.MODERATE, asOf.minusDays(5)),
            setback(SetbackKind.RENEWED_CONTACT, Severity.SEVERE, asOf.plusDays(1)));

    assertThat(Rates.daysSinceLastSevere(setbacks, asOf)).hasValue(40);
  }

  @Test
  void aSevereSetbackOnTheAsOfDayIsZeroDaysAgo() {
    LocalDate asOf = LocalDate.of(2024, 9, 1);

    assertThat(
            Rates.daysSinceLastSevere(
                List.of(setback(SetbackKind.NEW_DECEPTION, Severity.SEVERE, asOf)), asOf))
        .hasValue(0);
  }

  @Test
  void daysSinceLastSevereIsEmptyWithoutASevereSetback() {
    LocalDate asOf = LocalDate.of(2024, 9, 1);

    assertThat(
            Rates.daysSinceLastSevere(
                List.of(setback(SetbackKind.TRIGGER, Severity.MODERATE, asOf)), asOf))
        .isEmpty();
  }
}
