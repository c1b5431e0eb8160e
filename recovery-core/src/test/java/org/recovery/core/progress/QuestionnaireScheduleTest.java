package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.testing.TestJourney;
import org.recovery.core.testing.WordedInstruments;

/** Questionnaires a model schedules: when each partner's next completion is due. */
class QuestionnaireScheduleTest {
  private final TestJourney journey =
      TestJourney.started().withInstruments(WordedInstruments.catalogue());
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private static CompleteInstrument csi4(Visibility visibility) {
    return new CompleteInstrument("csi-4", Map.of("1", 3, "2", 3, "3", 3, "4", 3), visibility);
  }

  private ScheduledQuestionnaire csi4Of(PartnerId viewer) {
    return journey.reportOf(viewer).questionnaires().stream()
        .filter(q -> q.instrument().equals("csi-4"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theStandardModelAsksForTheCsi4EveryFourWeeks() {
    assertThat(StandardModel.create().questionnaires())
        .extracting(QuestionnaireSchedule::instrument, QuestionnaireSchedule::everyDays)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("csi-4", 28));
  }

  @Test
  void aQuestionnaireNobodyCanReadIsNeverScheduled() {
    TestJourney shipped = TestJourney.started();
    assertThat(org.recovery.core.instrument.Instruments.csi4().readable()).isFalse();

    assertThat(shipped.reportOf(sam).questionnaires())
        .as("the shipped CSI-4 has no wording, so nobody is asked to answer it")
        .isEmpty();
    assertThat(
            Agenda.of(
                    StandardModel.create(),
                    InstrumentCatalogue.standard(),
                    shipped.events(),
                    sam,
                    shipped.clock.instant())
                .due())
        .extracting(Agenda.Due::kind)
        .doesNotContain(Agenda.DueKind.QUESTIONNAIRE);
    assertThat(WordedInstruments.csi4().readable()).isTrue();
    assertThat(journey.reportOf(sam).questionnaires())
        .extracting(ScheduledQuestionnaire::instrument)
        .containsExactly("csi-4");
  }

  @Test
  void theFirstCompletionIsDueOnTheJourneysFirstDay() {
    LocalDate first = journey.today();

    assertThat(csi4Of(sam))
        .isEqualTo(
            new ScheduledQuestionnaire(
                "csi-4", "Couples Satisfaction Index (CSI-4)", 28, Optional.empty(), first, true));
  }

  @Test
  void aCompletionMovesTheNextDueDayOnAndItFallsDueAgainAfterTheInterval() {
    journey.days(3);
    LocalDate completed = journey.today();
    journey.accepted(sam, csi4(Visibility.SHARED));

    assertThat(csi4Of(sam).lastCompleted()).hasValue(completed);
    assertThat(csi4Of(sam).nextDue()).isEqualTo(completed.plusDays(28));
    assertThat(csi4Of(sam).due()).isFalse();

    journey.days(27);
    assertThat(csi4Of(sam).due()).as("the day before").isFalse();
    journey.days(1);
    assertThat(csi4Of(sam).due()).as("28 days later").isTrue();
  }

  @Test
  void aPrivateCompletionCountsForItsAuthor() {
    journey.accepted(sam, csi4(Visibility.PRIVATE));

    assertThat(csi4Of(sam).due()).isFalse();
  }

  @Test
  void eachPartnersScheduleCountsOnlyTheirOwnCompletions() {
    ScheduledQuestionnaire alexBefore = csi4Of(alex);

    journey.accepted(sam, csi4(Visibility.SHARED));

    assertThat(csi4Of(alex)).isEqualTo(alexBefore);
    assertThat(csi4Of(alex).due()).isTrue();
  }

  @Test
  void anEndedJourneyAsksForNothing() {
    journey.accepted(
        sam,
        new org.recovery.core.journey.LifecycleCommand.EndJourney(
            org.recovery.core.journey.JourneyOutcome.SEPARATED));

    assertThat(journey.reportOf(sam).questionnaires()).isEmpty();
  }

  @Test
  void aModelWithoutSchedulesAsksForNothing() {
    RecoveryModel standard = StandardModel.create();
    journey.withModel(
        new RecoveryModel(
            "quiet",
            1,
            "Quiet",
            standard.stages(),
            standard.fallbackOnSevereSetback(),
            standard.parameters()));

    assertThat(journey.reportOf(sam).questionnaires()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 366})
  void anIntervalFromAWeekToAYearIsAccepted(int days) {
    assertThat(new QuestionnaireSchedule("rdas", days, "ours").everyDays()).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 6, 367})
  void anIntervalOutsideAWeekToAYearIsRefused(int days) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QuestionnaireSchedule("rdas", days, "ours"))
        .withMessage("questionnaire rdas everyDays must be between 7 and 366, was " + days);
  }

  @Test
  void anInstrumentIdMustBeAnId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QuestionnaireSchedule("csi 4", 28, "ours"))
        .withMessageContaining("questionnaire instrument must be an instrument id");
  }

  @Test
  void aModelSchedulesEachInstrumentOnce() {
    RecoveryModel standard = StandardModel.create();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RecoveryModel(
                    "twice",
                    1,
                    "Twice",
                    standard.stages(),
                    standard.fallbackOnSevereSetback(),
                    standard.parameters(),
                    List.of(
                        new QuestionnaireSchedule("csi-4", 28, "a"),
                        new QuestionnaireSchedule("csi-4", 14, "b"))))
        .withMessage("questionnaires must name each instrument once; csi-4 appears twice");
  }
}
