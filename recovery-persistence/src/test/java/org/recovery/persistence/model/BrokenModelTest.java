package org.recovery.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken model documents, each one change away from the valid custom model of the test resources
 * (or a few characters long), and the exact path and rule each is refused with.
 */
class BrokenModelTest {
  private static final String RULES =
      "both-partners-screened-for-safety,"
          + " both-partners-decided-to-try, minimum-days-in-stage,"
          + " responsibility-taken-for-every-betrayal, hurt-partners-feel-heard,"
          + " no-contact-commitment-active, transparency-commitment-active,"
          + " commitment-reliability-at-least, no-severe-setback-for, hurt-partners-rating-holds-up,"
          + " vulnerability-shared-by-both, outbursts-few-and-not-rising,"
          + " rituals-in-place";

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken("an empty document", "  ", "$", "the document is empty"),
        broken("a list instead of a model", "[]", "$", "must be an object { ... }, was a list"),
        broken(
            "a field named twice",
            "{\"id\": \"a\", \"id\": \"b\"}",
            "$",
            "not valid JSON at line 1, column 17: Duplicate field 'id'"),
        broken(
            "a second document after the first",
            "{} {}",
            "$",
            "more follows the end of the document at line 1, column 4;"
                + " a document holds exactly one { ... }"),
        broken(
            "a threshold below its range",
            custom().set("/stages/0/gates/2/days", "-3"),
            "stages[0].gates[2].days",
            "minimum days in stage must be between 0 and 3650, was -3"),
        broken(
            "a score above its range",
            custom().set("/stages/1/gates/2/score", "1.5"),
            "stages[1].gates[2].score",
            "reliability score must be between 0.0 and 1.0, was 1.5"),
        broken(
            "a level named like its rating",
            custom().set("/stages/1/gates/4/level", "11"),
            "stages[1].gates[4].level",
            "rating level must be between 0.0 and 10.0, was 11.0"),
        broken(
            "an unknown rule",
            custom().set("/stages/0/gates/0/rule", "\"min-days\""),
            "stages[0].gates[0].rule",
            "unknown rule \"min-days\" (known: " + RULES + ")"),
        broken(
            "consent as a gate, which is never allowed",
            custom().set("/stages/0/gates/0/rule", "\"effective-consent-at-least\""),
            "stages[0].gates[0].rule",
            "consent is never a gate: a lower consent level narrows what"
                + " is suggested and never holds a couple back, so the rule"
                + " \"effective-consent-at-least\" was removed; delete this gate (the stage's"
                + " practices already follow both partners' consent)"),
        broken(
            "a misspelt field",
            custom().set("/stages/0/gates/2/dayz", "14"),
            "stages[0].gates[2].dayz",
            "unknown field (expected: rule, days, source)"),
        broken(
            "a missing rule",
            custom().remove("/stages/1/gates/0/rule"),
            "stages[1].gates[0].rule",
            "is required"),
        broken(
            "a version of zero",
            custom().set("/version", "0"),
            "version",
            "model version must be between 1 and 1000000, was 0"),
        broken(
            "a number in quotes",
            custom().set("/version", "\"2\""),
            "version",
            "must be a whole number, was the text \"2\""),
        broken(
            "a fraction of a day",
            custom().set("/stages/1/gates/4/windowDays", "28.5"),
            "stages[1].gates[4].windowDays",
            "must be a whole number, was 28.5"),
        broken(
            "yes or no in words",
            custom().set("/stages/0/practices/0/monitoring", "\"no\""),
            "stages[0].practices[0].monitoring",
            "must be true or false (without quotes), was the text \"no\""),
        broken(
            "an unknown consent level",
            custom().set("/stages/2/requiredConsent", "\"HUGS\""),
            "stages[2].requiredConsent",
            "unknown value \"HUGS\" (known: NONE,"
                + " NON_PHYSICAL_CONNECTION, AFFECTIONATE_GESTURES, PHYSICAL_INTIMACY)"),
        broken(
            "a stage id with capitals",
            custom().set("/stages/1/id", "\"Repair\""),
            "stages[1].id",
            "stage id must be 1–40 lower-case letters, digits or hyphens"
                + " starting with a letter, was 'Repair'"),
        broken(
            "a fallback to a stage the model lacks",
            custom().set("/fallbackOnSevereSetback", "\"atone\""),
            "fallbackOnSevereSetback",
            "fallbackOnSevereSetback names unknown stage atone"),
        broken(
            "a parameter out of range",
            custom().set("/parameters/trendSlopeWeeks", "1"),
            "parameters.trendSlopeWeeks",
            "trend slope weeks must be between 2 and 26, was 1"),
        broken(
            "a blank source",
            custom().set("/stages/1/gates/0/source", "\" \""),
            "stages[1].gates[0].source",
            "source must not be blank"),
        broken(
            "a blank stage name",
            custom().set("/stages/0/name", "\"\""),
            "stages[0].name",
            "stage settle name must not be blank"),
        broken(
            "a stage listed twice",
            custom().set("/stages/1/id", "\"settle\""),
            "stages",
            "stage settle appears twice in the model"),
        broken(
            "gates on the last stage",
            custom()
                .set(
                    "/stages/2/gates/-",
                    "{\"rule\": \"rituals-in-place\", \"count\": 2, \"source\": \"ours\"}"),
            "stages",
            "the last stage together must have no gates"),
        broken(
            "a stage with no way on",
            custom().set("/stages/1/gates", "[]"),
            "stages",
            "stage repair needs at least one gate"),
        broken(
            "a questionnaire asked too often",
            custom()
                .set(
                    "/questionnaires",
                    "[{\"instrument\": \"csi-4\", \"everyDays\": 3, \"source\": \"ours\"}]"),
            "questionnaires[0].everyDays",
            "questionnaire csi-4 everyDays must be between 7 and 366, was 3"),
        broken(
            "a questionnaire without an instrument",
            custom().set("/questionnaires", "[{\"everyDays\": 30, \"source\": \"ours\"}]"),
            "questionnaires[0].instrument",
            "is required"),
        broken(
            "a questionnaire scheduled twice",
            custom()
                .set(
                    "/questionnaires",
                    "[{\"instrument\": \"rdas\", \"everyDays\": 30, \"source\": \"ours\"},"
                        + " {\"instrument\": \"rdas\", \"everyDays\": 60, \"source\": \"ours\"}]"),
            "questionnaires",
            "questionnaires must name each instrument once; rdas appears twice"),
        broken(
            "questionnaires that are not a list",
            custom().set("/questionnaires", "{}"),
            "questionnaires",
            "must be a list [ ... ], was an object"),
        broken(
            "one practice id for two different practices",
            custom().set("/stages/2/practices/0/id", "\"weekly-session\""),
            "stages",
            "practice weekly-session differs between stages settle and together;"
                + " a practice suggested in several stages must be the same everywhere"),
        broken(
            "a practice that is not an object",
            custom().set("/stages/0/practices/1", "\"x\""),
            "stages[0].practices[1]",
            "must be an object { ... }, was the text \"x\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentIsRefusedNamingThePathAndTheRule(
      String what, String json, String path, String rule) {
    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> ModelReader.read(json));

    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e).hasMessage(path + ": " + rule);
  }

  @Test
  void textThatIsNotJsonIsRefusedWithItsLineAndColumn() {
    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class, () -> ModelReader.read("{\n  \"id\": ,\n}"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule())
        .startsWith("not valid JSON at line 2, column 9: Unexpected character (',' ");
  }

  private static JsonEdits custom() {
    return JsonEdits.resource("/model/custom-model.json");
  }

  private static Arguments broken(String what, JsonEdits edited, String path, String rule) {
    return broken(what, edited.json(), path, rule);
  }

  private static Arguments broken(String what, String json, String path, String rule) {
    return Arguments.of(what, json, path, rule);
  }
}
