package org.recovery.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.common.StageId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.progress.Audience;
import org.recovery.core.progress.Gate;
import org.recovery.core.progress.ModelParameters;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.QuestionnaireSchedule;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;
import org.recovery.core.progress.StandardModel;

class ModelRoundTripTest {

  @Test
  void theStandardModelReadsBackEqualAfterWriting() {
    RecoveryModel standard = StandardModel.create();

    RecoveryModel read = ModelReader.read(ModelWriter.write(standard));

    assertThat(read).isEqualTo(standard);
  }

  @Test
  void aModelWithoutQuestionnairesSchedulesNone() {
    String withoutField =
        JsonEdits.resource("/model/custom-model.json").remove("/questionnaires").json();

    assertThat(ModelReader.read(withoutField).questionnaires()).isEmpty();
  }

  @Test
  void scheduledQuestionnairesReadBackAsWritten() {
    RecoveryModel standard = StandardModel.create();
    RecoveryModel scheduled =
        new RecoveryModel(
            standard.id(),
            standard.version(),
            standard.name(),
            standard.stages(),
            standard.fallbackOnSevereSetback(),
            standard.parameters(),
            List.of(
                new QuestionnaireSchedule("rdas", 90, "Our protocol"),
                new QuestionnaireSchedule("csi-4", 14, "Our protocol")));

    String json = ModelWriter.write(scheduled);

    assertThat(ModelReader.read(json).questionnaires())
        .containsExactly(
            new QuestionnaireSchedule("rdas", 90, "Our protocol"),
            new QuestionnaireSchedule("csi-4", 14, "Our protocol"));
    assertThat(json).contains("\"instrument\": \"rdas\",\n      \"everyDays\": 90,");
  }

  @Test
  void writingIsStableSoExportsCanBeComparedLineByLine() {
    String once = ModelWriter.write(StandardModel.create());
    String twice = ModelWriter.write(ModelReader.read(once));

    assertThat(twice).isEqualTo(once);
    assertThat(once).startsWith("{\n  \"id\": \"standard\",\n  \"version\": 2,\n").endsWith("}\n");
  }

  @Test
  void aPracticesOwnThreeStageModelReadsAsWritten() throws IOException {
    RecoveryModel model;
    try (InputStream in = getClass().getResourceAsStream("/model/custom-model.json")) {
      model = ModelReader.read(in);
    }

    assertThat(model.id()).isEqualTo("harbour-three-steps");
    assertThat(model.version()).isEqualTo(2);
    assertThat(model.fallbackOnSevereSetback()).isEqualTo(StageId.of("repair"));
    assertThat(model.questionnaires())
        .containsExactly(
            new QuestionnaireSchedule("harbour-weekly", 7, "Harbour intake protocol, 2024"));
    assertThat(model.parameters()).isEqualTo(new ModelParameters(21, 2, 21, 8, 14, 14, 1.5));
    assertThat(model.stages())
        .extracting(s -> s.id().value())
        .containsExactly("settle", "repair", "together");
    Stage settle = model.stages().get(0);
    assertThat(settle.requiredConsent()).isEmpty();
    assertThat(settle.practices().get(1))
        .isEqualTo(
            new Practice(
                "own-counsellor",
                "See someone on your own",
                "An individual session, to talk about your own safety and needs.",
                Audience.EACH_PARTNER,
                ConsentLevel.NONE,
                false,
                true,
                "Harbour intake protocol, 2024"));
    assertThat(settle.gates())
        .containsExactly(
            new Gate.BothPartnersScreenedForSafety("Stith, McCollum & Rosen 2011"),
            new Gate.BothPartnersDecidedToTry("Harbour intake protocol, 2024"),
            new Gate.MinimumDaysInStage(14, "Harbour intake protocol, 2024"));
    Stage repair = model.stages().get(1);
    assertThat(repair.practices().get(0).source()).isEqualTo("Glass, Not \"Just Friends\" (2003)");
    assertThat(repair.gates())
        .contains(
            new Gate.HurtPartnersFeelHeard(HeardLevel.HEARD, "Harbour protocol §2"),
            new Gate.CommitmentReliabilityAtLeast(0.75, "Harbour protocol §3"),
            new Gate.HurtPartnersRatingHoldsUp(RatingKind.TRUST, 6, 28, 0, "Harbour protocol §3"));
    Stage together = model.stages().get(2);
    assertThat(together.requiredConsent()).contains(ConsentLevel.AFFECTIONATE_GESTURES);
    assertThat(together.gates()).isEmpty();
    assertThat(ModelReader.read(ModelWriter.write(model))).isEqualTo(model);
  }

  @Test
  void everyKindOfGateReadsBackEqualAfterWriting() {
    List<Gate> oneOfEach =
        List.of(
            new Gate.BothPartnersScreenedForSafety("s1"),
            new Gate.BothPartnersDecidedToTry("s2"),
            new Gate.MinimumDaysInStage(0, "s3"),
            new Gate.ResponsibilityTakenForEveryBetrayal("s4"),
            new Gate.HurtPartnersFeelHeard(HeardLevel.PARTLY, "s5"),
            new Gate.NoContactCommitmentActive("s6"),
            new Gate.TransparencyCommitmentActive("s7"),
            new Gate.CommitmentReliabilityAtLeast(0.8125, "s8"),
            new Gate.NoSevereSetbackFor(3650, "s9"),
            new Gate.HurtPartnersRatingHoldsUp(RatingKind.HOPE, 7.25, 365, -0.125, "s10"),
            new Gate.VulnerabilitySharedByBoth(0.3, 7, "s11"),
            new Gate.OutburstsFewAndNotRising(0.1, 42, "s12"),
            new Gate.RitualsInPlace(20, "s14"));
    assertThat(oneOfEach.stream().map(Object::getClass).toList())
        .as("one of each record of the sealed interface Gate")
        .containsExactlyInAnyOrder(Gate.class.getPermittedSubclasses());
    RecoveryModel model = twoStages(oneOfEach);

    assertThat(ModelReader.read(ModelWriter.write(model))).isEqualTo(model);
  }

  @Test
  void aStreamIsReadAsUtf8WhateverTheDefaultCharsetAndLeftOpen() throws IOException {
    RecoveryModel model = twoStages(List.of(new Gate.MinimumDaysInStage(7, "Ærø – §3, “ok”")));
    byte[] bytes = ModelWriter.write(model).getBytes(StandardCharsets.UTF_8);
    class Watched extends ByteArrayInputStream {
      boolean closed;

      Watched() {
        super(bytes);
      }

      @Override
      public void close() {
        closed = true;
      }
    }
    Watched in = new Watched();

    assertThat(ModelReader.read(in)).isEqualTo(model);
    assertThat(in.closed).isFalse();
  }

  @Test
  void wholeNumbersMayBeWrittenWithADecimalPoint() {
    String json =
        JsonEdits.resource("/model/custom-model.json")
            .set("/stages/0/gates/2/days", "14.0")
            .set("/version", "2.00")
            .json();

    RecoveryModel model = ModelReader.read(json);

    assertThat(model.version()).isEqualTo(2);
    assertThat(model.stages().get(0).gates().get(2))
        .isEqualTo(new Gate.MinimumDaysInStage(14, "Harbour intake protocol, 2024"));
  }

  @Test
  void anAbsentOrNullRequiredConsentMeansTheStageNeedsNone() {
    String json =
        JsonEdits.resource("/model/custom-model.json")
            .set("/stages/2/requiredConsent", "null")
            .json();

    assertThat(ModelReader.read(json).stages().get(2).requiredConsent()).isEmpty();
  }

  static RecoveryModel twoStages(List<Gate> gates) {
    Stage first =
        new Stage(
            StageId.of("first"), "First", "The first stage.", List.of(), gates, Optional.empty());
    Stage last =
        new Stage(
            StageId.of("last"),
            "Last",
            "The last stage.",
            List.of(),
            List.of(),
            Optional.of(ConsentLevel.NON_PHYSICAL_CONNECTION));
    return new RecoveryModel(
        "two",
        1,
        "Two stages",
        List.of(first, last),
        StageId.of("first"),
        ModelParameters.DEFAULTS);
  }
}
