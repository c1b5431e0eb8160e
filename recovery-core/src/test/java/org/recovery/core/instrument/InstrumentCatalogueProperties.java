package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A catalogue is a set of definitions: how it was put together does not matter. */
class InstrumentCatalogueProperties {

  @Provide
  Arbitrary<List<Instrument>> definitions() {
    return Arbitraries.integers()
        .between(1, 9)
        .map(v -> InstrumentCatalogueTest.weekly(v, "Weekly v" + v))
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 200)
  void theOrderAndRepetitionOfAddingDoNotMatter(
      @ForAll("definitions") List<Instrument> definitions, @ForAll long seed) {
    List<Instrument> shuffled = new ArrayList<>(definitions);
    Collections.shuffle(shuffled, new Random(seed));
    InstrumentCatalogue oneByOne = InstrumentCatalogue.standard();
    for (Instrument i : shuffled) {
      oneByOne = oneByOne.with(i, i);
    }

    List<Instrument> all = new ArrayList<>(Instruments.all());
    all.addAll(definitions);
    assertThat(oneByOne).isEqualTo(InstrumentCatalogue.of(all));
  }

  @Property(tries = 200)
  void findWithoutAVersionGivesTheHighestAndEveryVersionStaysFindable(
      @ForAll("definitions") List<Instrument> definitions) {
    InstrumentCatalogue catalogue = InstrumentCatalogue.of(definitions);

    for (Instrument i : definitions) {
      assertThat(catalogue.find(i.id(), i.version())).hasValue(i);
      assertThat(catalogue.find(i.id()).orElseThrow().version())
          .isEqualTo(definitions.stream().mapToInt(Instrument::version).max().orElseThrow());
    }
    assertThat(catalogue.latest()).hasSize(definitions.isEmpty() ? 0 : 1);
    assertThat(catalogue.definitions())
        .isSortedAccordingTo(
            (a, b) ->
                a.id().equals(b.id())
                    ? Integer.compare(a.version(), b.version())
                    : a.id().compareTo(b.id()));
  }
}
