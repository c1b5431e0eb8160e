package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.Aggregation;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Polarity;
import org.recovery.core.instrument.Total;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.QuestionnaireSchedule;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.testing.MutableClock;
import org.recovery.core.testing.TestJourney;

/** Journeys with a practice's own questionnaires and schedules. */
class JourneysInstrumentsTest {
  private static final Instrument PULSE =
      new Instrument(
              "pulse",
              "Weekly pulse",
              1,
              List.of(Item.of("a", 1, 5, false), Item.of("b", 1, 5, false)),
              List.of(),
              Optional.of(
                  new Total(List.of("a", "b"), Aggregation.SUM, 2, 10, Polarity.HIGHER_IS_BETTER)),
              List.of(),
              Optional.empty(),
              WordingLicence.SCORING_ONLY,
              List.of())
          .withWording(
              Map.of(
                  "a",
                  "How safe did you feel this week?",
                  "b",
                  "How close did you feel this week?"));

  private final MutableClock clock = new MutableClock(TestJourney.START);
  private final Journeys standard = Journeys.using(new InMemoryEventStore(), clock);
  private final Partner sam = new Partner(new PartnerId(new UUID(1, 1)), "Sam");
  private final Partner alex = new Partner(new PartnerId(new UUID(2, 2)), "Alex");

  private static RecoveryModel scheduling(String instrument) {
    RecoveryModel m = StandardModel.create();
    return new RecoveryModel(
        "ours",
        1,
        "Ours",
        m.stages(),
        m.fallbackOnSevereSetback(),
        m.parameters(),
        List.of(new QuestionnaireSchedule(instrument, 7, "Our protocol")));
  }

  @Test
  void byDefaultJourneysUseTheShippedQuestionnaires() {
    assertThat(standard.instruments()).isEqualTo(InstrumentCatalogue.standard());
  }

  @Test
  void aPracticesQuestionnaireIsCompletedScheduledAndReported() {
    Journeys ours =
        standard
            .withInstruments(InstrumentCatalogue.standard().with(PULSE))
            .withModel(scheduling("pulse"));
    JourneyId id = ours.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);

    assertThat(ours.report(id, sam.id()).orElseThrow().questionnaires())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.name()).isEqualTo("Weekly pulse");
              assertThat(q.due()).isTrue();
            });
    assertThat(
            ours.execute(
                    id,
                    sam.id(),
                    new CompleteInstrument("pulse", Map.of("a", 4, "b", 5), Visibility.SHARED))
                .isAccepted())
        .isTrue();

    var report = ours.report(id, alex.id()).orElseThrow();
    assertThat(report.instruments())
        .singleElement()
        .satisfies(f -> assertThat(f.latest().total()).hasValue(9));
    assertThat(ours.report(id, sam.id()).orElseThrow().questionnaires())
        .singleElement()
        .satisfies(q -> assertThat(q.due()).isFalse());
  }

  @Test
  void journeysWithoutTheCatalogueRefuseThePracticesQuestionnaire() {
    JourneyId id = standard.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);

    var decision =
        standard.execute(
            id,
            sam.id(),
            new CompleteInstrument("pulse", Map.of("a", 4, "b", 5), Visibility.SHARED));

    assertThat(decision.rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.UNKNOWN_INSTRUMENT));
  }

  @Test
  void aModelSchedulingAQuestionnaireTheCatalogueLacksIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> standard.withModel(scheduling("pulse")))
        .withMessage(
            "model ours@1 schedules questionnaire pulse, which the instrument catalogue"
                + " does not have");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> standard.withInstruments(InstrumentCatalogue.empty()))
        .withMessage(
            "model "
                + StandardModel.create().ref()
                + " schedules questionnaire csi-4,"
                + " which the instrument"
                + " catalogue does not have");
  }
}
