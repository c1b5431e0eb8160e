package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstrumentsCatalogueTest {

  @Test
  void theCatalogueShipsCsi4RdasAndTrim18InIdOrder() {
    assertThat(Instruments.all())
        .extracting(Instrument::id)
        .containsExactly("csi-4", "rdas", "trim-18");
    assertThat(Instruments.find("rdas")).contains(Instruments.rdas());
    assertThat(Instruments.find("rdas", 1)).contains(Instruments.rdas());
    assertThat(Instruments.find("rdas", 2)).isEmpty();
    assertThat(Instruments.find("das")).isEmpty();
  }

  @Test
  void noShippedDefinitionCarriesWordingAndEveryOneNamesItsSources() {
    assertThat(Instruments.all())
        .allSatisfy(
            i -> {
              assertThat(i.wordingLicence()).isEqualTo(WordingLicence.SCORING_ONLY);
              assertThat(i.items()).allSatisfy(item -> assertThat(item.wording()).isEmpty());
              assertThat(i.items()).noneMatch(Item::reverseKeyed);
              assertThat(i.sources()).isNotEmpty();
            });
  }

  @Test
  void onlyTheRdasHasAPublishedReliableChangeIndex() {
    assertThat(Instruments.rdas().rci())
        .hasValueSatisfying(
            r -> {
              assertThat(r.value()).isEqualTo(11.58);
              assertThat(r.cutOff()).contains("distressed");
              assertThat(r.source()).contains("Anderson");
            });
    assertThat(Instruments.csi4().rci()).isEmpty();
    assertThat(Instruments.trim18().rci()).isEmpty();
  }
}
