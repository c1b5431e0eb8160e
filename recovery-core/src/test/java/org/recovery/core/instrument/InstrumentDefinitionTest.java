package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A definition is checked when it is built, with messages that name the field. */
class InstrumentDefinitionTest {
  private static final List<Item> TWO =
      List.of(Item.of("a", 0, 4, false), Item.of("b", 0, 4, false));

  private static Instrument build(
      List<Item> items,
      List<Subscale> subscales,
      Optional<Total> total,
      List<CutOff> cutOffs,
      Optional<ReliableChangeIndex> rci,
      WordingLicence licence) {
    return new Instrument(
        "x", "X", 1, items, subscales, total, cutOffs, rci, licence, List.of("a source"));
  }

  private static Optional<Total> sum(double min, double max) {
    return Optional.of(
        new Total(List.of("a", "b"), Aggregation.SUM, min, max, Polarity.HIGHER_IS_BETTER));
  }

  @Test
  void twoItemsWithOneIdAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    List.of(Item.of("a", 0, 4, false), Item.of("a", 0, 3, false)),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY))
        .withMessage("instrument x has two items with id \"a\"");
  }

  @Test
  void aSubscaleNamingAnUnknownItemIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(new Subscale("s", "S", List.of("a", "c"), Aggregation.SUM)),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY))
        .withMessage("subscale s of instrument x names unknown item \"c\"");
  }

  @Test
  void aDeclaredTotalRangeThatTheItemsCannotGiveIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(),
                    sum(0, 9),
                    List.of(),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY))
        .withMessage(
            "total range of instrument x is declared 0.0 to 9.0 but its items give 0.0"
                + " to 8.0");
  }

  @Test
  void cutOffsNeedATotal() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(),
                    Optional.empty(),
                    List.of(new CutOff("c", 3, CutOff.Side.BELOW, "low")),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY))
        .withMessage("instrument x has cut-offs but no total score for them to apply to");
  }

  @Test
  void aCutOffOutsideTheTotalRangeIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(),
                    sum(0, 8),
                    List.of(new CutOff("c", 99, CutOff.Side.BELOW, "low")),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY))
        .withMessage("cut-off c of instrument x lies outside the total range 0.0 to 8.0, was 99.0");
  }

  @Test
  void anIndexNamingAnUnknownCutOffIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(),
                    sum(0, 8),
                    List.of(),
                    Optional.of(new ReliableChangeIndex(2, Optional.of("c"), "s")),
                    WordingLicence.SCORING_ONLY))
        .withMessage("reliable change index of instrument x names unknown cut-off \"c\"");
  }

  @Test
  void shippedWordingMustBeOnEveryItem() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    TWO,
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    WordingLicence.SHIPPED))
        .withMessage("instrument x ships its wording, but item a has none");
  }

  @Test
  void malformedIdsScalesAndIndexesAreRefusedByName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Item.of("a b", 0, 1, false))
        .withMessageStartingWith("item id must be 1 to 64 letters");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResponseScale.of(3, 3))
        .withMessage("scale max must be greater than min, was 3 to 3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ResponseScale(0, 2, Map.of(3, "too far")))
        .withMessage("label for 3 lies outside the scale 0 to 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReliableChangeIndex(0, Optional.empty(), "s"))
        .withMessage("reliable change index must be positive, was 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Instrument(
                    "x",
                    "X",
                    0,
                    TWO,
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    WordingLicence.SCORING_ONLY,
                    List.of()))
        .withMessage("version of instrument x must be at least 1, was 0");
  }

  @Test
  void anAppSuppliesWordingAndLabelsWithoutChangingTheScoring() {
    Instrument csi4 = Instruments.csi4();

    Instrument worded =
        csi4.withWording(Map.of("1", "  How happy are you?  "))
            .withLabels(Map.of("1", Map.of(0, "Not at all", 6, "Perfectly")));

    assertThat(worded.item("1").orElseThrow().wording()).contains("How happy are you?");
    assertThat(worded.item("1").orElseThrow().scale().labels())
        .containsExactly(Map.entry(0, "Not at all"), Map.entry(6, "Perfectly"));
    assertThat(worded.item("2").orElseThrow().wording()).isEmpty();
    assertThat(worded.total()).isEqualTo(csi4.total());
    assertThat(worded.wordingLicence()).isEqualTo(WordingLicence.SCORING_ONLY);
    assertThat(csi4.item("1").orElseThrow().wording()).isEmpty();
  }

  @Test
  void wordingForAnUnknownItemOrBlankWordingIsRefused() {
    Instrument csi4 = Instruments.csi4();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> csi4.withWording(Map.of("5", "?")))
        .withMessage("instrument csi-4 has no item \"5\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> csi4.withWording(Map.of("2", " ")))
        .withMessage("wording of item 2 must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> csi4.withLabels(Map.of("2", Map.of(6, "beyond"))))
        .withMessage("label for 6 lies outside the scale 0 to 5");
  }
}
