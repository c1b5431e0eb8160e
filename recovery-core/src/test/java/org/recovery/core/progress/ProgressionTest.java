package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.StageId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.journey.StageEvent.AdvanceAgreed;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.core.testing.TestJourney;

class ProgressionTest {
  static final ScreeningAnswers AFRAID =
      ScreeningAnswers.recoveryFive(true, false, false, false, false);

  /** A three-stage model whose gates open at once, to test movement in isolation. */
  static RecoveryModel quickModel() {
    Gate open = new Gate.MinimumDaysInStage(0, "test");
    return new RecoveryModel(
        "quick",
        1,
        "Quick",
        List.of(
            new Stage(
                StageId.of("first"),
                "First",
                "The start.",
                List.of(),
                List.of(open),
                Optional.empty()),
            new Stage(
                StageId.of("second"),
                "Second",
                "The middle.",
                List.of(),
                List.of(open),
                Optional.empty()),
            new Stage(
                StageId.of("third"),
                "Third",
                "Together again.",
                List.of(),
                List.of(),
                Optional.of(ConsentLevel.AFFECTIONATE_GESTURES))),
        StageId.of("first"),
        ModelParameters.DEFAULTS);
  }

  private final TestJourney j = TestJourney.started().withModel(StandardModel.create());

  @Test
  void onlyAHurtPartnerCanAgreeToMoveOn() {
    assertThat(j.rejected(j.samId(), new AgreeToAdvance()).code())
        .isEqualTo(RejectionCode.NOT_THE_HURT_PARTNER);
    j.affair();
    Rejection r = j.rejected(j.alexId(), new AgreeToAdvance());
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_THE_HURT_PARTNER);
    assertThat(r.reason()).contains("pace");
  }

  @Test
  void agreeingBeforeTheGatesAreMetNamesTheOpenGates() {
    j.affair();
    Rejection r = j.rejected(j.samId(), new AgreeToAdvance());
    assertThat(r.code()).isEqualTo(RejectionCode.GATES_NOT_MET);
    assertThat(r.reason())
        .contains("safety screening")
        .contains("decides")
        .contains("0 days in this stage");
  }

  @ParameterizedTest(name = "{0} days in Stabilise → advances: {1}")
  @CsvSource({"6, false", "7, true", "30, true"})
  void stabiliseOpensAfterScreeningsDecisionsAndAWeek(int days, boolean advances) {
    j.affair();
    stabilised();
    j.days(days);
    boolean accepted = j.run(j.samId(), new AgreeToAdvance()).isAccepted();
    assertThat(accepted).isEqualTo(advances);
    assertThat(j.state().position().stage())
        .isEqualTo(advances ? Optional.of(StandardModel.ATONE) : Optional.empty());
  }

  @Test
  void whenBetrayalsGoBothWaysBothHurtPartnersMustAgree() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(
        j.alexId(),
        new RecordBetrayal(
            BetrayalId.random(),
            BetrayalKind.FINANCIAL_DECEPTION,
            j.alexId(),
            j.samId(),
            Discovery.DISCLOSED,
            j.today()));
    List<JourneyEvent> first = j.accepted(j.samId(), new AgreeToAdvance());
    assertThat(first).singleElement().isInstanceOf(AdvanceAgreed.class);
    assertThat(j.reportOf(j.samId()).stage().waitingFor()).containsExactly("Alex");
    assertThat(j.rejected(j.samId(), new AgreeToAdvance()).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
    List<JourneyEvent> second = j.accepted(j.alexId(), new AgreeToAdvance());
    assertThat(second).last().isInstanceOf(StageAdvanced.class);
    assertThat(j.state().position().stage()).contains(StageId.of("second"));
    assertThat(j.state().position().agreed()).isEmpty();
  }

  @Test
  void aConcernInTheHurtPartnersOwnScreeningHoldsTheJourneyAndSaysWhy() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.samId(), new CompleteSafetyScreening(AFRAID));
    Rejection r = j.rejected(j.samId(), new AgreeToAdvance());
    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
    assertThat(r.reason()).contains("your safety screening");
    assertThat(j.reportOf(j.samId()).stage().heldForYourSafety()).isTrue();
  }

  @Test
  void aConcernInTheOtherPartnersScreeningHoldsTheJourneyWithoutRevealingIt() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.alexId(), new CompleteSafetyScreening(AFRAID));
    Rejection r = j.rejected(j.samId(), new AgreeToAdvance());
    assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_HELD);
    assertThat(r.reason().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("screening")
        .doesNotContain("safety")
        .doesNotContain("alex");
    assertThat(j.reportOf(j.samId()).stage().heldForYourSafety()).isFalse();
    j.accepted(j.alexId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    j.accepted(j.samId(), new AgreeToAdvance());
  }

  @Test
  void aNewDeceptionSendsACoupleFurtherAlongBackToTheFallbackStageAndSaysWhy() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.samId(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    j.accepted(j.alexId(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    j.accepted(j.samId(), new AgreeToAdvance());
    j.accepted(j.samId(), new AgreeToAdvance());
    assertThat(j.state().position().stage()).contains(StageId.of("third"));
    SetbackId lie = SetbackId.random();
    List<JourneyEvent> events =
        j.accepted(
            j.samId(),
            new RecordSetback(lie, SetbackKind.NEW_DECEPTION, Severity.SEVERE, j.today(), ""));
    assertThat(events)
        .last()
        .isInstanceOfSatisfying(
            StageMovedBack.class,
            e -> {
              assertThat(e.to()).isEqualTo(StageId.of("first"));
              assertThat(e.cause()).isEqualTo(MoveBackCause.SEVERE_SETBACK);
              assertThat(e.reference()).isEqualTo(lie.toString());
            });
    assertThat(j.state().position().stage()).contains(StageId.of("first"));
    for (var viewer : List.of(j.samId(), j.alexId())) {
      var movedBack = j.reportOf(viewer).stage().movedBack().orElseThrow();
      assertThat(movedBack.cause()).isEqualTo(MoveBackCause.SEVERE_SETBACK);
      assertThat(movedBack.reference()).isEqualTo(lie.toString());
      assertThat(movedBack.from()).isEqualTo(StageId.of("third"));
      assertThat(movedBack.sentence())
          .contains("moved back from Third to First")
          .contains("severe setback");
    }
    j.accepted(j.samId(), new AgreeToAdvance());
    assertThat(j.reportOf(j.samId()).stage().movedBack()).as("gone once they move on").isEmpty();
  }

  @Test
  void aSevereSetbackInTheFallbackStageItselfMovesNothing() {
    j.withModel(quickModel());
    j.affair();
    List<JourneyEvent> events =
        j.accepted(
            j.samId(),
            new RecordSetback(
                SetbackId.random(), SetbackKind.RENEWED_CONTACT, Severity.SEVERE, j.today(), ""));
    assertThat(events).noneMatch(e -> e instanceof StageMovedBack);
  }

  @Test
  void loweringConsentBelowTheStagesLevelNeverMovesTheCoupleNorCostsADay() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.samId(), new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));
    j.accepted(j.alexId(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    j.accepted(j.samId(), new AgreeToAdvance());
    j.accepted(j.samId(), new AgreeToAdvance());
    var since = j.reportOf(j.samId()).stage().since();
    j.advance(Duration.ofHours(3));

    List<JourneyEvent> events = j.accepted(j.alexId(), new DeclareConsent(ConsentLevel.NONE));
    j.days(1);
    j.accepted(j.alexId(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));

    assertThat(events).hasSize(1).noneMatch(StageMovedBack.class::isInstance);
    assertThat(j.state().setbacks()).isEmpty();
    for (var partner : List.of(j.samId(), j.alexId())) {
      var stage = j.reportOf(partner).stage();
      assertThat(stage.id()).isEqualTo(StageId.of("third"));
      assertThat(stage.since()).isEqualTo(since);
      assertThat(stage.movedBack()).isEmpty();
    }
  }

  @Test
  void aMoveBackForConsentRecordedByAnEarlierReleaseIsIgnoredWhenAHistoryIsFolded() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.samId(), new AgreeToAdvance());
    j.accepted(j.samId(), new AgreeToAdvance());
    var before = j.state().position();
    List<JourneyEvent> old = new java.util.ArrayList<>(j.events());
    old.add(
        new StageMovedBack(
            StageId.of("third"),
            StageId.of("second"),
            MoveBackCause.CONSENT_BELOW_STAGE,
            "",
            j.samId(),
            j.clock.instant()));

    var state = org.recovery.core.journey.Journey.replay(old);

    assertThat(state.position()).isEqualTo(before);
    assertThat(state.version()).isEqualTo(old.size());
  }

  @Test
  void theLastStageCannotBeLeft() {
    j.withModel(quickModel());
    j.affair();
    j.accepted(j.samId(), new AgreeToAdvance());
    j.accepted(j.samId(), new AgreeToAdvance());
    assertThat(j.rejected(j.samId(), new AgreeToAdvance()).code())
        .isEqualTo(RejectionCode.LAST_STAGE);
  }

  private void stabilised() {
    j.accepted(j.samId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    j.accepted(j.alexId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    j.accepted(j.samId(), new DecideToTry());
    j.accepted(j.alexId(), new DecideToTry());
  }
}
