package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.StageId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.TestJourney;

class ProgressReportTest {
  private final TestJourney j = TestJourney.started().withModel(StandardModel.create());

  @Test
  void theReportNamesTheStageAndEachGateWithMeasuredAndRequiredValues() {
    j.affair();
    j.accepted(j.samId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    j.accepted(j.samId(), new DecideToTry());
    j.days(3);
    ProgressReport r = j.reportOf(j.alexId());
    assertThat(r.stage().id()).isEqualTo(StandardModel.STABILISE);
    assertThat(r.stage().since()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(r.stage().daysInStage()).as("no day counters chosen").isEmpty();
    assertThat(r.stage().nextName()).contains("Atone");
    assertThat(r.stage().gatesMet()).isFalse();
    assertThat(r.gates())
        .extracting(GateResult::gate)
        .containsExactly(
            "both-partners-screened-for-safety",
            "both-partners-decided-to-try",
            "minimum-days-in-stage");
    GateResult screening = r.gates().get(0);
    assertThat(screening.met()).isFalse();
    assertThat(screening.measured()).isEqualTo("1 of 2");
    assertThat(screening.required()).isEqualTo("2 of 2");
    assertThat(screening.source()).contains("Stith");
    GateResult daysInWords = r.gates().get(2);
    assertThat(daysInWords.measured()).as("no day counters: no count").isEmpty();
    assertThat(daysInWords.sentence()).doesNotContainPattern("[0-9]");
    assertThat(r.gates().get(1).evidence()).containsExactly("partner:" + j.samId());
    j.accepted(j.alexId(), new ChooseDayCounters(true));
    ProgressReport counting = j.reportOf(j.alexId());
    assertThat(counting.stage().daysInStage()).hasValue(3);
    GateResult days = counting.gates().get(2);
    assertThat(days.measured()).isEqualTo("3 days");
    assertThat(days.sentence()).contains("at least 7");
  }

  @Test
  void theSameHistoryAndInstantGiveTheSameReport() {
    j.affair();
    j.accepted(j.samId(), RecordCheckIn.shared(j.today(), new Ratings(3, 2, 3, 4), true, true, 1));
    j.days(2);
    assertThat(j.reportOf(j.samId())).isEqualTo(j.reportOf(j.samId()));
    ProgressReport now = j.reportOf(j.samId());
    j.advance(Duration.ofMinutes(1));
    j.accepted(j.samId(), new DecideToTry());
    assertThat(Progress.report(StandardModel.create(), j.events(), j.samId(), now.asOf()))
        .as("events after the instant are ignored")
        .isEqualTo(now);
  }

  @ParameterizedTest
  @EnumSource(ConsentLevel.class)
  void suggestionsNeverAskMoreThanTheEffectiveConsentLevel(ConsentLevel level) {
    j.withModel(ReconnectOnly.model());
    j.affair();
    j.accepted(j.samId(), new DeclareConsent(level));
    j.accepted(j.alexId(), new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));
    for (var viewer : List.of(j.samId(), j.alexId())) {
      assertThat(j.reportOf(viewer).suggestions())
          .allSatisfy(p -> assertThat(level.allows(p.requires())).isTrue())
          .extracting(Practice::id)
          .contains("talk");
    }
  }

  @Test
  void
      aPartnersOwnConcernSwitchesTheirSuggestionsToIndividualSupportAndNothingChangesForTheOther() {
    j.affair();
    ProgressReport before = j.reportOf(j.alexId());
    j.accepted(
        j.samId(),
        new CompleteSafetyScreening(
            ScreeningAnswers.recoveryFive(false, false, true, false, false)));
    ProgressReport sam = j.reportOf(j.samId());
    assertThat(sam.suggestions()).isNotEmpty().allMatch(Practice::individualSupport);
    assertThat(sam.safetyResources()).isNotEmpty();
    assertThat(sam.stage().heldForYourSafety()).isTrue();
    ProgressReport alex = j.reportOf(j.alexId());
    assertThat(alex.suggestions()).isEqualTo(before.suggestions());
    assertThat(alex.safetyResources()).isEmpty();
    assertThat(alex.stage().heldForYourSafety()).isFalse();
  }

  @Test
  void crisisHelpIsInEveryReportAndComesFirstForItsAuthorForTwoWeeksAfterAFlag() {
    j.affair();
    assertThat(j.reportOf(j.samId()).crisisResources())
        .as("before anything was flagged")
        .isNotEmpty();
    assertThat(j.reportOf(j.samId()).crisisPrompt()).isEmpty();
    j.accepted(
        j.samId(),
        new RecordCheckIn(
            CheckInId.random(),
            j.today(),
            new Ratings(1, 1, 1, 0),
            false,
            true,
            0,
            "",
            Visibility.PRIVATE,
            Visibility.SHARED,
            true));
    ProgressReport sam =
        Progress.report(
            StandardModel.create(),
            j.events(),
            j.samId(),
            j.clock.instant(),
            CrisisDirectory.standard(),
            "us");
    assertThat(sam.crisisResources())
        .extracting(CrisisResource::region)
        .startsWith("US")
        .endsWith("*");
    assertThat(sam.crisisResources())
        .extracting(CrisisResource::contact)
        .anyMatch(c -> c.contains("988"));
    assertThat(sam.crisisPrompt()).get().asString().contains("not safe");
    assertThat(j.reportOf(j.alexId()).crisisResources()).isNotEmpty();
    assertThat(j.reportOf(j.alexId()).crisisPrompt()).isEmpty();
    var withoutSamsPrivate =
        j.events().stream()
            .filter(e -> e.visibility() == Visibility.SHARED || !e.by().equals(j.samId()))
            .toList();
    assertThat(j.reportOf(j.alexId()))
        .isEqualTo(
            Progress.report(
                StandardModel.create(), withoutSamsPrivate, j.alexId(), j.clock.instant()));
    j.days(13);
    assertThat(j.reportOf(j.samId()).crisisPrompt()).isPresent();
    j.days(1);
    assertThat(j.reportOf(j.samId()).crisisPrompt()).isEmpty();
    assertThat(j.reportOf(j.samId()).crisisResources()).as("still one step away").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "three days of very low safety, 2, false, 0, 3",
    "ten outbursts in a week,        8, false, 2, 5",
    "a trigger on five days,         8, true,  0, 5"
  })
  void checkInsThatLookLikeACrisisBringHelpForwardGentlyForTheirAuthorAlone(
      String what, int safety, boolean triggered, int outbursts, int days) {
    j.affair();
    for (int d = 0; d < days; d++) {
      if (d > 0) {
        j.days(1);
      }
      j.accepted(
          j.samId(),
          new RecordCheckIn(
              CheckInId.random(),
              j.today(),
              new Ratings(safety, 5, 5, 5),
              false,
              triggered,
              outbursts,
              "",
              Visibility.SHARED,
              Visibility.PRIVATE,
              false));
    }

    assertThat(j.reportOf(j.samId()).crisisPrompt())
        .as(what)
        .get()
        .asString()
        .contains("Only you see this");
    var withoutSamsPrivate =
        j.events().stream()
            .filter(e -> e.visibility() == Visibility.SHARED || !e.by().equals(j.samId()))
            .toList();
    assertThat(j.reportOf(j.alexId()))
        .isEqualTo(
            Progress.report(
                StandardModel.create(), withoutSamsPrivate, j.alexId(), j.clock.instant()));
  }

  @Test
  void oneHardDayDoesNotBringCrisisHelpForward() {
    j.affair();
    j.accepted(
        j.samId(),
        new RecordCheckIn(
            CheckInId.random(),
            j.today(),
            new Ratings(0, 0, 0, 0),
            false,
            true,
            5,
            "",
            Visibility.SHARED,
            Visibility.SHARED,
            false));

    assertThat(j.reportOf(j.samId()).crisisPrompt()).isEmpty();
  }

  @Test
  void aRegionWithoutResourcesOfItsOwnStillGetsTheInternationalOnes() {
    assertThat(CrisisDirectory.standard().forRegion("ZZ"))
        .isNotEmpty()
        .allMatch(r -> r.region().equals("*"));
  }

  @Test
  void dayCountersAppearOnlyForAPartnerWhoChoseThem() {
    j.affair();
    j.days(91);
    assertThat(j.reportOf(j.samId()).milestones()).noneMatch(ProgressReport.Milestone::dayCounter);
    assertThat(j.reportOf(j.samId()).indicators().daysSinceLastSevereSetback()).isEmpty();
    j.accepted(j.samId(), new ChooseDayCounters(true));
    assertThat(j.reportOf(j.samId()).milestones())
        .extracting(ProgressReport.Milestone::id)
        .contains("ninety-days-without-deception");
    assertThat(j.reportOf(j.alexId()).milestones()).noneMatch(ProgressReport.Milestone::dayCounter);
  }

  @Test
  void forgivenessIsSeenByTheOtherPartnerOnlyWhenShared() {
    j.affair();
    j.accepted(j.samId(), new RecordForgiveness(ForgivenessStep.OPEN_TO_IT, Visibility.PRIVATE));
    assertThat(j.reportOf(j.samId()).forgiveness())
        .containsEntry(j.samId(), ForgivenessStep.OPEN_TO_IT);
    assertThat(j.reportOf(j.alexId()).forgiveness()).isEmpty();
    j.advance(Duration.ofDays(30));
    j.accepted(
        j.samId(), new RecordForgiveness(ForgivenessStep.WORKING_THROUGH_IT, Visibility.SHARED));
    assertThat(j.reportOf(j.alexId()).forgiveness())
        .containsEntry(j.samId(), ForgivenessStep.WORKING_THROUGH_IT);
  }

  @Test
  void aVulnerableCheckInIsAMilestoneForBoth() {
    j.affair();
    j.days(2);
    j.accepted(
        j.alexId(), RecordCheckIn.shared(j.today(), new Ratings(5, 5, 5, 5), true, false, 0));
    assertThat(j.reportOf(j.samId()).milestones())
        .extracting(ProgressReport.Milestone::id)
        .contains("first-vulnerable-conversation");
  }

  /** A two-stage model whose first stage suggests practices at every consent level. */
  static final class ReconnectOnly {
    static RecoveryModel model() {
      List<Practice> practices =
          List.of(
              practice("talk", ConsentLevel.NONE),
              practice("walk", ConsentLevel.NON_PHYSICAL_CONNECTION),
              practice("hold-hands", ConsentLevel.AFFECTIONATE_GESTURES),
              practice("intimacy", ConsentLevel.PHYSICAL_INTIMACY));
      return new RecoveryModel(
          "consent",
          1,
          "Consent test",
          List.of(
              new Stage(
                  StageId.of("together"),
                  "Together",
                  "Being close.",
                  practices,
                  List.of(new Gate.MinimumDaysInStage(0, "test")),
                  Optional.empty()),
              new Stage(
                  StageId.of("after"), "After", "Later.", List.of(), List.of(), Optional.empty())),
          StageId.of("together"),
          ModelParameters.DEFAULTS);
    }

    private static Practice practice(String id, ConsentLevel requires) {
      return new Practice(
          id, id, "Do " + id + ".", Audience.COUPLE, requires, false, false, "test");
    }
  }
}
