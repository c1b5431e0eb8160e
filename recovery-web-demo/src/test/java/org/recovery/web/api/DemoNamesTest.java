package org.recovery.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoNamesTest {
  @Test
  void demoNameSuffixesAreEightDigitsAndTwoThousandDrawsDoNotRepeat() {
    Random random = new Random(20261207L);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String suffix = DemoRoutes.suffix(random);
      assertThat(suffix).matches("[1-9][0-9]{7}");
      seen.add(suffix);
    }
    assertThat(seen).hasSize(2_000);
    assertThat(DemoRoutes.SUFFIXES).isEqualTo(90_000_000);
  }
}
