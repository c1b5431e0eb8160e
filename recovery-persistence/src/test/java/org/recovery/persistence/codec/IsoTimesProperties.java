package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Instants and dates read field by field are the ones the JDK's ISO parsers read, and anything
 * those refuse is refused: for every instant and date, and for their written forms with one
 * character changed.
 */
class IsoTimesProperties {
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
            Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
            Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(Arbitraries.longs().between(FIRST, LAST), nanos)
        .as(Instant::ofEpochSecond);
  }

  @Property(tries = 2_000)
  void anInstantReadsBackAsItself(@ForAll("instants") Instant instant) {
    assertThat(IsoTimes.instant(instant.toString())).isEqualTo(instant);
  }

  @Property(tries = 1_000)
  void aDateReadsBackAsItself(@ForAll @LongRange(min = -719_528, max = 2_932_896) long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);

    assertThat(IsoTimes.date(date.toString())).isEqualTo(date);
  }

  @Property(tries = 3_000)
  void aChangedInstantIsReadOrRefusedAsTheJdkDoes(
      @ForAll("instants") Instant instant,
      @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll("replacements") char replacement) {
    String text = changed(instant.toString(), at, replacement);

    assertThat(outcome(IsoTimes::instant, text)).isEqualTo(outcome(Instant::parse, text));
  }

  @Property(tries = 2_000)
  void aChangedDateIsReadOrRefusedAsTheJdkDoes(
      @ForAll @LongRange(min = -719_528, max = 2_932_896) long epochDay,
      @ForAll @IntRange(min = 0, max = 12) int at,
      @ForAll("replacements") char replacement) {
    String text = changed(LocalDate.ofEpochDay(epochDay).toString(), at, replacement);

    assertThat(outcome(IsoTimes::date, text)).isEqualTo(outcome(LocalDate::parse, text));
  }

  @Provide
  Arbitrary<Character> replacements() {
    return Arbitraries.of(
        '0', '1', '2', '3', '5', '6', '9', '-', ':', '.', 'T', 't', 'Z', 'z', '+', ' ', 'x');
  }

  /** {@code text} with the character at {@code at} replaced, or {@code replacement} appended. */
  private static String changed(String text, int at, char replacement) {
    return at < text.length()
        ? text.substring(0, at) + replacement + text.substring(at + 1)
        : text + replacement;
  }

  /** What reading {@code text} gives: the value, or that it was refused. */
  private static <T> Object outcome(Function<String, T> read, String text) {
    try {
      return read.apply(text);
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}
