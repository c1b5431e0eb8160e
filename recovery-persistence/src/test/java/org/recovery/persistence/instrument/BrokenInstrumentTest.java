package org.recovery.persistence.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.persistence.model.JsonEdits;

/**
 * Broken instrument documents, each one change away from the valid custom instrument of the test
 * resources, and the exact path and rule each is refused with.
 */
class BrokenInstrumentTest {
  private static final String ID_RULE =
      " must be 1 to 64 letters, digits, '.', '-' or '_',"
          + " starting with a letter or digit, was \"a b\"";

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken(
            "a label not named by a number",
            custom().set("/items/0/scale/labels/x", "\"X\""),
            "items[0].scale.labels.x",
            "a label is named by the whole number of the answer it labels, such as \"0\""),
        broken(
            "a label named with a leading zero",
            custom().set("/items/0/scale/labels/01", "\"X\""),
            "items[0].scale.labels.01",
            "a label is named by the whole number of the answer it labels, such as \"0\""),
        broken(
            "a label off the scale",
            custom().set("/items/0/scale/labels/9", "\"Nine\""),
            "items[0].scale.labels.9",
            "label for 9 lies outside the scale 0 to 4"),
        broken(
            "a blank label",
            custom().set("/items/0/scale/labels/2", "\" \""),
            "items[0].scale.labels.2",
            "label for 2 must not be blank"),
        broken(
            "a scale with nothing to choose",
            custom().set("/items/1/scale/max", "0"),
            "items[1].scale.max",
            "scale max must be greater than min, was 0 to 0"),
        broken(
            "an item id with a space",
            custom().set("/items/0/id", "\"a b\""),
            "items[0].id",
            "item id" + ID_RULE),
        broken(
            "an item id as a number",
            custom().set("/items/0/id", "1"),
            "items[0].id",
            "must be text in quotes, was 1"),
        broken(
            "a misspelt field",
            custom().set("/items/2/reversed", "true"),
            "items[2].reversed",
            "unknown field (expected: id, wording, scale, reverseKeyed)"),
        broken(
            "reverse keying left unsaid",
            custom().remove("/items/2/reverseKeyed"),
            "items[2].reverseKeyed",
            "is required"),
        broken(
            "two items with one id",
            custom().set("/items/4/id", "\"safe\""),
            "items",
            "instrument harbour-weekly has two items with id \"safe\""),
        broken(
            "a subscale naming an unknown item",
            custom().set("/subscales/1/items/2", "\"hopes\""),
            "subscales[1]",
            "subscale closeness of instrument harbour-weekly names unknown item \"hopes\""),
        broken(
            "a subscale naming an item twice",
            custom().set("/subscales/0/items/1", "\"safe\""),
            "subscales[0].items",
            "subscale safety names item \"safe\" twice"),
        broken(
            "an item id in a list as a number",
            custom().set("/subscales/0/items/0", "1"),
            "subscales[0].items[0]",
            "must be text in quotes, was 1"),
        broken(
            "a total range the scales cannot give",
            custom().set("/total/max", "21"),
            "total",
            "total range of instrument harbour-weekly is declared 0.0 to 21.0 but its"
                + " items give 0.0 to 20.0"),
        broken(
            "an unknown polarity",
            custom().set("/total/polarity", "\"UP\""),
            "total.polarity",
            "unknown value \"UP\" (known: HIGHER_IS_BETTER, LOWER_IS_BETTER)"),
        broken(
            "a cut-off without a total",
            custom().remove("/total"),
            "cutOffs[0]",
            "instrument harbour-weekly has cut-offs but no total score for them to" + " apply to"),
        broken(
            "two cut-offs with one id",
            custom()
                .set(
                    "/cutOffs/-",
                    "{\"id\": \"struggling\","
                        + " \"threshold\": 4, \"flaggedWhen\": \"BELOW\", \"meaning\": \"worse\"}"),
            "cutOffs[1]",
            "instrument harbour-weekly has two cut-offs with id \"struggling\""),
        broken(
            "an index that is not positive",
            custom().set("/rci/value", "0"),
            "rci.value",
            "reliable change index must be positive, was 0.0"),
        broken(
            "an index paired with an unknown cut-off",
            custom().set("/rci/cutOff", "\"low\""),
            "rci",
            "reliable change index of instrument harbour-weekly names unknown cut-off"
                + " \"low\""),
        broken(
            "shipped wording that is missing",
            custom().remove("/items/3/wording"),
            "wordingLicence",
            "instrument harbour-weekly ships its wording, but item together" + " has none"),
        broken(
            "a blank source",
            custom().set("/sources/0", "\" \""),
            "sources[0]",
            "a source of instrument harbour-weekly must not be blank"),
        broken(
            "a version below one",
            custom().set("/version", "0"),
            "version",
            "version of instrument harbour-weekly must be at least 1, was 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentIsRefusedNamingThePathAndTheRule(
      String what, String json, String path, String rule) {
    InstrumentFormatException e =
        catchThrowableOfType(InstrumentFormatException.class, () -> InstrumentReader.read(json));

    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e).hasMessage(path + ": " + rule);
  }

  private static JsonEdits custom() {
    return JsonEdits.resource("/instrument/custom-instrument.json");
  }

  private static Arguments broken(String what, JsonEdits edited, String path, String rule) {
    return Arguments.of(what, edited.json(), path, rule);
  }
}
