package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.core.common.StageId;
import org.recovery.core.consent.ConsentLevel;

class RecoveryModelTest {
  private static final Gate OPEN = new Gate.MinimumDaysInStage(0, "test");

  @Test
  void theStandardModelHasSixStagesInTheClinicalOrder() {
    RecoveryModel m = StandardModel.create();
    assertThat(m.stages())
        .extracting(Stage::name)
        .containsExactly(
            "Stabilise", "Atone", "Rebuild trust", "Attune", "Reconnect", "New chapter");
    assertThat(m.fallbackOnSevereSetback()).isEqualTo(StandardModel.ATONE);
    assertThat(m.stage(StandardModel.RECONNECT).orElseThrow().requiredConsent())
        .contains(ConsentLevel.AFFECTIONATE_GESTURES);
  }

  @Test
  void noStageOfTheStandardModelCanBePassedInDays() {
    int total = 0;
    for (Stage s : StandardModel.create().stages()) {
      int dwell =
          s.gates().stream()
              .filter(g -> g instanceof Gate.MinimumDaysInStage)
              .mapToInt(g -> ((Gate.MinimumDaysInStage) g).days())
              .sum();
      if (!s.gates().isEmpty()) {
        assertThat(dwell).as("minimum days in %s", s.name()).isGreaterThanOrEqualTo(7);
      }
      total += dwell;
    }
    assertThat(total).as("minimum days to a new chapter").isGreaterThanOrEqualTo(270);
  }

  @Test
  void everyGateAndPracticeOfTheStandardModelNamesItsSource() {
    for (Stage s : StandardModel.create().stages()) {
      assertThat(s.gates()).allSatisfy(g -> assertThat(g.source()).isNotBlank());
      assertThat(s.practices()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
      assertThat(s.practices()).noneMatch(Practice::monitoring);
    }
  }

  static Stream<Arguments> inconsistentModels() {
    Stage a = stage("a", List.of(OPEN));
    Stage last = stage("z", List.of());
    return Stream.of(
        Arguments.of(
            "one stage",
            (Supplier<RecoveryModel>) () -> model(List.of(last), "z"),
            "at least two stages"),
        Arguments.of(
            "twice",
            (Supplier<RecoveryModel>) () -> model(List.of(a, a, last), "a"),
            "stage a appears twice"),
        Arguments.of(
            "last has gates",
            (Supplier<RecoveryModel>) () -> model(List.of(a, stage("z", List.of(OPEN))), "a"),
            "last stage z must have no gates"),
        Arguments.of(
            "no gates",
            (Supplier<RecoveryModel>) () -> model(List.of(stage("a", List.of()), last), "a"),
            "stage a needs at least one gate"),
        Arguments.of(
            "unknown fallback",
            (Supplier<RecoveryModel>) () -> model(List.of(a, last), "q"),
            "fallbackOnSevereSetback names unknown stage q"),
        Arguments.of(
            "negative window",
            (Supplier<RecoveryModel>)
                () ->
                    model(
                        List.of(stage("a", List.of(new Gate.NoSevereSetbackFor(-3, "x"))), last),
                        "a"),
            "days without a severe setback must be between 1 and 3650, was -3"),
        Arguments.of(
            "threshold out of range",
            (Supplier<RecoveryModel>)
                () ->
                    model(
                        List.of(
                            stage("a", List.of(new Gate.CommitmentReliabilityAtLeast(1.5, "x"))),
                            last),
                        "a"),
            "reliability score must be between 0.0 and 1.0, was 1.5"),
        Arguments.of(
            "bad stage id",
            (Supplier<RecoveryModel>)
                () -> model(List.of(stage("Re Build", List.of(OPEN)), last), "a"),
            "stage id must be"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inconsistentModels")
  void anInconsistentModelIsRefusedNamingTheField(
      String name, Supplier<RecoveryModel> build, String message) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  private static Stage stage(String id, List<Gate> gates) {
    return new Stage(
        StageId.of(id), id, "Purpose of " + id + ".", List.of(), gates, Optional.empty());
  }

  private static RecoveryModel model(List<Stage> stages, String fallback) {
    return new RecoveryModel(
        "m", 1, "Model", stages, StageId.of(fallback), ModelParameters.DEFAULTS);
  }
}
