package org.recovery.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void theLowestAndHighestValuesTakeTheEndsOfTheRamp() {
    assertThat(Sparkline.of(new double[] {0, 5, 10}, 0, 10, 10, true)).isEqualTo("▁▅█");
    assertThat(Sparkline.of(new double[] {0, 5, 10}, 0, 10, 10, false)).isEqualTo("_=#");
  }

  @Test
  void moreValuesThanColumnsAreAveragedInRuns() {
    assertThat(Sparkline.of(new double[] {0, 0, 10, 10}, 0, 10, 2, true)).isEqualTo("▁█");
  }

  @Test
  void noValuesDrawNothing() {
    assertThat(Sparkline.of(new double[0], 0, 10, 20, true)).isEmpty();
  }

  @Property
  void aChartNeverExceedsItsWidth(
      @ForAll @Size(max = 200) double @DoubleRange(min = -5, max = 15) [] values,
      @ForAll @IntRange(min = 1, max = 40) int width) {
    String chart = Sparkline.of(values, 0, 10, width, true);
    assertThat(chart.length()).isEqualTo(Math.min(values.length, width));
    assertThat(chart).matches("[▁▂▃▄▅▆▇█]*");
  }
}
