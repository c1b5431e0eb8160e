package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class TextTest {
  @Property
  void wrappedLinesKeepWithinTheWidth(
      @ForAll @StringLength(max = 400) String text,
      @ForAll @IntRange(max = 20) int indent,
      @ForAll @IntRange(min = 30, max = 120) int width) {
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

  @Property
  void aColumnIsPaddedToItsWidthAndNeverCut(
      @ForAll @StringLength(max = 100) String text,
      @ForAll @IntRange(min = 3, max = 60) int width) {
    String cell = Text.column(text, width, true);
    String words = text.replaceAll("\\s+", " ").strip();

    assertThat(cell).startsWith(words).hasSizeGreaterThanOrEqualTo(width);
    assertThat(cell.substring(words.length())).isBlank();
  }

  @org.junit.jupiter.api.Test
  void aLineThatFitsKeepsItsSpacesAndALongerOneIsWrappedWhole() {
    assertThat(Text.keepOrWrap("a    b", 0, 10)).containsExactly("a    b");
    assertThat(Text.keepOrWrap("one   two three four", 2, 12))
        .containsExactly("one two", "  three four");
  }
}
