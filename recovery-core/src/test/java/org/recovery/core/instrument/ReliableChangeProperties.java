package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.instrument.ReliableChange.Direction;

class ReliableChangeProperties {

  private static Direction mirrored(Direction d) {
    return d == Direction.IMPROVED
        ? Direction.WORSENED
        : d == Direction.WORSENED ? Direction.IMPROVED : Direction.UNCHANGED;
  }

  @Property
  void reliabilityIsTheSameForAGainAndTheEqualLoss(
      @ForAll @IntRange(min = 0, max = 69) int a, @ForAll @IntRange(min = 0, max = 69) int b) {
    Instrument rdas = Instruments.rdas();
    ReliableChange up = ReliableChange.between(rdas, a, b);
    ReliableChange down = ReliableChange.between(rdas, b, a);

    assertThat(down.change()).isEqualTo(-up.change());
    assertThat(down.verdict()).isEqualTo(up.verdict());
    assertThat(down.direction()).isEqualTo(mirrored(up.direction()));
    assertThat(up.reliable()).isEqualTo(Math.abs(b - a) >= 12);
  }

  @Property
  void onlyAReliableImprovementCanBeClinicallySignificant(
      @ForAll @IntRange(min = 5, max = 25) int a, @ForAll @IntRange(min = 5, max = 25) int b) {
    ReliableChange change = ReliableChange.between(ScoringTest.PRACTICE, a, b);

    if (change.clinicallySignificant()) {
      assertThat(change.reliable()).isTrue();
      assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
      assertThat(a).isGreaterThanOrEqualTo(20);
      assertThat(b).isLessThan(20);
    } else {
      assertThat(change.reliable() && a >= 20 && b < 20).isFalse();
    }
  }
}
