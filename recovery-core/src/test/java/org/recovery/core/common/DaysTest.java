package org.recovery.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2025-03-10, today",
    "2025-03-09, yesterday",
    "2025-03-11, tomorrow",
    "2025-03-08, on Saturday 8 March",
    "2025-03-12, on Wednesday 12 March",
    "2025-01-01, on Wednesday 1 January",
    "2024-12-31, on Tuesday 31 December 2024",
    "2026-03-10, on Tuesday 10 March 2026"
  })
  void aDayIsSaidAsAPersonWouldSayIt(LocalDate day, String words) {
    assertThat(Days.inWords(day, TODAY)).isEqualTo(words);
  }

  /** The names are written out by hand; java.time's English formatter says the same. */
  @Property(tries = 2000)
  void aDayIsSaidAsJavaTimesEnglishFormatterSaysIt(
      @ForAll @IntRange(min = -1_000_000, max = 3_000_000) int epochDay,
      @ForAll @IntRange(min = -800, max = 800) int offset) {
    LocalDate today = LocalDate.ofEpochDay(epochDay);
    LocalDate day = today.plusDays(offset);
    String pattern = day.getYear() == today.getYear() ? "EEEE d MMMM" : "EEEE d MMMM uuuu";
    String expected = "on " + DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(day);

    assertThat(Days.inWords(day, today)).isIn(expected, "today", "yesterday", "tomorrow");
    if (Math.abs(offset) > 1) {
      assertThat(Days.inWords(day, today)).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0001-01-01, on Monday 1 January 0001",
    "0000-06-15, on Thursday 15 June 0000",
    "-0044-03-15, on Thursday 15 March -0044",
    "+12345-01-01, on Monday 1 January +12345"
  })
  void yearsFarOffAreWrittenAsIsoWritesThem(String day, String words) {
    LocalDate parsed = LocalDate.parse(day);

    assertThat(Days.inWords(parsed, TODAY)).isEqualTo(words);
    assertThat(words)
        .isEqualTo(
            "on " + DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH).format(parsed));
  }

  @Property
  void noDayIsEverShownInItsMachineForm(
      @ForAll @IntRange(min = -800, max = 800) int offset,
      @ForAll @IntRange(min = 0, max = 20_000) int epochDay) {
    LocalDate today = LocalDate.ofEpochDay(epochDay);
    String words = Days.inWords(today.plusDays(offset), today);

    assertThat(words).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").matches("[A-Za-z0-9 ]+");
  }
}
