package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue of definitions a journey completes and scores questionnaires with. */
class InstrumentCatalogueTest {

  /** A practice's own two-item questionnaire, 0–4 each, total 0–8. */
  static Instrument weekly(int version, String name) {
    return new Instrument(
        "harbour-weekly",
        name,
        version,
        List.of(Item.of("safe", 0, 4, false), Item.of("distant", 0, 4, true)),
        List.of(),
        Optional.of(
            new Total(
                List.of("safe", "distant"), Aggregation.SUM, 0, 8, Polarity.HIGHER_IS_BETTER)),
        List.of(new CutOff("struggling", 3, CutOff.Side.AT_OR_BELOW, "a hard week")),
        Optional.empty(),
        WordingLicence.SCORING_ONLY,
        List.of());
  }

  @Test
  void theStandardCatalogueHoldsTheShippedDefinitions() {
    InstrumentCatalogue standard = InstrumentCatalogue.standard();

    assertThat(standard.ids()).containsExactly("csi-4", "rdas", "trim-18");
    assertThat(standard.latest()).containsExactlyElementsOf(Instruments.all());
    assertThat(standard.find("csi-4")).hasValue(Instruments.csi4());
    assertThat(standard.find("csi-4", 1)).hasValue(Instruments.csi4());
    assertThat(standard.find("csi-4", 2)).isEmpty();
    assertThat(standard.find("das-32")).isEmpty();
  }

  @Test
  void aPracticesOwnDefinitionIsAddedBesideTheShippedOnes() {
    InstrumentCatalogue ours = InstrumentCatalogue.standard().with(weekly(1, "Weekly"));

    assertThat(ours.ids()).containsExactly("csi-4", "harbour-weekly", "rdas", "trim-18");
    assertThat(ours.find("harbour-weekly")).hasValue(weekly(1, "Weekly"));
    assertThat(InstrumentCatalogue.standard().find("harbour-weekly"))
        .as("the standard catalogue is not changed")
        .isEmpty();
  }

  @Test
  void everyVersionIsKeptAndFindWithoutAVersionGivesTheLatest() {
    InstrumentCatalogue ours =
        InstrumentCatalogue.of(List.of(weekly(2, "Weekly, revised"), weekly(1, "Weekly")));

    assertThat(ours.find("harbour-weekly")).hasValue(weekly(2, "Weekly, revised"));
    assertThat(ours.find("harbour-weekly", 1)).hasValue(weekly(1, "Weekly"));
    assertThat(ours.latest()).containsExactly(weekly(2, "Weekly, revised"));
    assertThat(ours.definitions())
        .containsExactly(weekly(1, "Weekly"), weekly(2, "Weekly, revised"));
  }

  @Test
  void aChangedDefinitionUnderAnExistingVersionIsRefused() {
    InstrumentCatalogue ours = InstrumentCatalogue.empty().with(weekly(1, "Weekly"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ours.with(weekly(1, "Weekly, renamed")))
        .withMessage(
            "two different definitions of instrument harbour-weekly version 1;"
                + " give the changed one a new version");
  }

  @Test
  void addingTheSameDefinitionAgainChangesNothing() {
    InstrumentCatalogue once = InstrumentCatalogue.empty().with(weekly(1, "Weekly"));

    assertThat(once.with(weekly(1, "Weekly"))).isEqualTo(once);
    assertThat(once.definitions()).hasSize(1);
  }

  @Test
  void theEmptyCatalogueHasNothing() {
    assertThat(InstrumentCatalogue.empty().ids()).isEmpty();
    assertThat(InstrumentCatalogue.empty().find("csi-4")).isEmpty();
  }

  @Test
  void aPracticesWordedCopyOfAShippedInstrumentTakesItsPlace() {
    Instrument worded = org.recovery.core.testing.WordedInstruments.csi4();
    assertThat(Instruments.csi4().scoresAs(worded)).isTrue();

    InstrumentCatalogue withWording = InstrumentCatalogue.standard().with(worded);
    assertThat(withWording.find("csi-4")).contains(worded);
    assertThat(withWording.find("csi-4").orElseThrow().readable()).isTrue();
    assertThat(withWording.with(Instruments.csi4()).find("csi-4"))
        .as("the shipped, unworded definition never replaces the worded one")
        .contains(worded);
  }

  @Test
  void aCopyThatScoresDifferentlyIsStillRefused() {
    Instrument other =
        new Instrument(
            "csi-4",
            "Couples Satisfaction Index (CSI-4)",
            1,
            List.of(
                Item.of("1", 0, 5, false),
                Item.of("2", 0, 5, false),
                Item.of("3", 0, 5, false),
                Item.of("4", 0, 5, false)),
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            WordingLicence.SCORING_ONLY,
            List.of());
    assertThat(Instruments.csi4().scoresAs(other)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InstrumentCatalogue.standard().with(other))
        .withMessageContaining("two different definitions of instrument csi-4 version 1");
  }
}
