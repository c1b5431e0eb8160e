package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class TextTest {
  @Property
  void wrappedLinesKeepWithinTheWidth(@ForAll @StringLength(max = 400) String text,
      @ForAll @IntRange(max = 20) int indent, @ForAll @IntRange(min = 30, max = 120) int width) {
    assertThat(Text.wrap(text, indent, width))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
  }

  @Property
  void wrappingKeepsEveryWord(@ForAll @StringLength(max = 300) String text) {
    String joined = String.join(" ", Text.wrap(text, 0, 40)).replaceAll("\\s+", "");
    assertThat(joined).isEqualTo(text.replaceAll("\\s+", ""));
  }

  @org.junit.jupiter.api.Test
  void charactersThatAreNotSpacesToARegexAreKept() {
    assertThat(String.join("", Text.wrap("\u001c a\u00a0b ", 0, 40))).isEqualTo("\u001c a\u00a0b");
  }

  @ParameterizedTest
  @CsvSource({"abcdef,6,true,abcdef", "abcdefg,6,true,abcde…", "abcdefg,6,false,abc..."})
  void fittingCutsWithAnEllipsis(String text, int width, boolean unicode, String expected) {
    assertThat(Text.fit(text, width, unicode)).isEqualTo(expected);
  }

  @Property
  void aColumnHasExactlyItsWidth(@ForAll @StringLength(max = 100) String text,
      @ForAll @IntRange(min = 3, max = 60) int width) {
    assertThat(Text.column(text, width, true)).hasSize(width);
  }
}
