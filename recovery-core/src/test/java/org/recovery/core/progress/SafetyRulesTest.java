package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.StageId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.safety.Hold;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.TestJourney;

/** The clinical corrections of the standard rules, each as an example. */
class SafetyRulesTest {
  private static final ScreeningAnswers AFRAID =
      ScreeningAnswers.recoveryFive(true, false, false, false, false);
  private final TestJourney j = TestJourney.started();

  @Test
  void aHoldFreezesEveryScoreAndBothPartnersSeeOnlyTheHoldsSentence() {
    j.affair();
    CommitmentId c = j.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    for (int d = 0; d < 5; d++) {
      j.accepted(j.alexId(), new ReportOccurrence(c, j.today(), ReportKind.KEPT));
      j.days(1);
    }
    double before = score(j);
    j.accepted(j.samId(), new CompleteSafetyScreening(AFRAID));
    j.days(10);

    assertThat(score(j)).as("ten unreported days while held").isEqualTo(before);
    ProgressReport sam = j.reportOf(j.samId());
    ProgressReport alex = j.reportOf(j.alexId());
    assertThat(sam.stage().heldForYourSafety()).isTrue();
    assertThat(alex.stage().heldForYourSafety()).isFalse();
    assertThat(sam.stage().hold()).contains(Hold.SENTENCE);
    assertThat(alex.stage().hold()).contains(Hold.SENTENCE);
    assertThat(Hold.SENTENCE)
        .doesNotContainIgnoringCase("safety")
        .doesNotContainIgnoringCase("concern")
        .doesNotContainIgnoringCase("screening");

    j.accepted(j.samId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    j.days(3);
    assertThat(j.reportOf(j.alexId()).stage().hold()).isEmpty();
    assertThat(score(j)).as("unreported days after the hold count again").isLessThan(before);
  }

  private static double score(TestJourney j) {
    return j.reportOf(j.alexId()).indicators().commitments().get(0).score();
  }

  @Test
  void gatesAboutHowTheHurtPartnerFeelsShowTheInvolvedPartnerWordsOnly() {
    j.withModel(feelingsModel());
    j.affair();
    j.accepted(
        j.samId(),
        new RecordCheckIn(
            CheckInId.random(),
            j.today(),
            new Ratings(3, 3, 3, 3),
            true,
            false,
            0,
            "",
            Visibility.SHARED,
            Visibility.SHARED,
            false));
    j.accepted(j.alexId(), new ChooseDayCounters(true));

    List<GateResult> alex = j.reportOf(j.alexId()).gates();
    List<GateResult> sam = j.reportOf(j.samId()).gates();

    for (int i = 0; i < 3; i++) {
      assertThat(alex.get(i).measured()).as(alex.get(i).gate()).isEmpty();
      assertThat(alex.get(i).required()).isEmpty();
      assertThat(alex.get(i).evidence()).isEmpty();
      assertThat(alex.get(i).sentence()).doesNotContainPattern("[0-9]");
      assertThat(alex.get(i).met()).isEqualTo(sam.get(i).met());
      assertThat(sam.get(i).measured()).as("Sam sees their own figures").isNotEmpty();
    }
    assertThat(alex.get(3).measured()).as("Alex chose day counters").isEqualTo("0 days");
    assertThat(sam.get(3).measured()).as("Sam did not").isEmpty();
    assertThat(sam.get(4).sentence()).doesNotContainPattern("[0-9]");
    assertThat(j.reportOf(j.samId()).stage().daysInStage()).isEmpty();
  }

  private static RecoveryModel feelingsModel() {
    List<Gate> gates =
        List.of(
            new Gate.HurtPartnersFeelHeard(HeardLevel.HEARD, "t"),
            new Gate.HurtPartnersRatingHoldsUp(RatingKind.EMOTIONAL_SAFETY, 6.0, 28, -0.25, "t"),
            new Gate.VulnerabilitySharedByBoth(0.3, 28, "t"),
            new Gate.MinimumDaysInStage(7, "t"),
            new Gate.NoSevereSetbackFor(56, "t"));
    return new RecoveryModel(
        "feelings",
        1,
        "Feelings",
        List.of(
            new Stage(
                StageId.of("first"), "First", "The start.", List.of(), gates, Optional.empty()),
            new Stage(
                StageId.of("last"), "Last", "The end.", List.of(), List.of(), Optional.empty())),
        StageId.of("first"),
        ModelParameters.DEFAULTS);
  }

  @Test
  void testingForInfectionsIsSuggestedToBothFromAtoneWhateverTheirConsent() {
    RecoveryModel model = StandardModel.create();
    Stage atone = model.stage(StandardModel.ATONE).orElseThrow();
    var sam = j.samId();
    var alex = j.alexId();

    for (var viewer : List.of(sam, alex)) {
      assertThat(
              Suggestions.choose(
                  model,
                  atone,
                  viewer,
                  Set.of(sam),
                  Set.of(alex),
                  ConsentLevel.NONE,
                  false,
                  false,
                  true))
          .extracting(Practice::id)
          .contains("get-tested");
    }
  }

  @Test
  void everyNumericThresholdOfTheStandardModelSaysItIsAProductDefault() {
    for (Stage s : StandardModel.create().stages()) {
      for (Gate g : s.gates()) {
        boolean numeric =
            !(g instanceof Gate.BothPartnersScreenedForSafety
                || g instanceof Gate.BothPartnersDecidedToTry
                || g instanceof Gate.ResponsibilityTakenForEveryBetrayal
                || g instanceof Gate.HurtPartnersFeelHeard
                || g instanceof Gate.NoContactCommitmentActive
                || g instanceof Gate.TransparencyCommitmentActive);
        if (numeric) {
          assertThat(g.source())
              .as(s.id() + " " + g.id())
              .contains("product default — no published figure");
        }
      }
    }
  }

  @Test
  void theScreeningIsSuggestedUntilTheViewerHasTakenItAndSupportStaysSuggested() {
    j.affair();
    assertThat(ids(j.reportOf(j.samId()))).contains("take-the-screening", "arrange-support");

    j.accepted(j.samId(), new CompleteSafetyScreening(ScreeningAnswers.allNo()));

    assertThat(ids(j.reportOf(j.samId()))).doesNotContain("take-the-screening");
    assertThat(ids(j.reportOf(j.alexId()))).contains("take-the-screening");
    RecoveryModel model = StandardModel.create();
    for (Stage s : model.stages().subList(1, model.stages().size() - 1)) {
      assertThat(s.practices()).extracting(Practice::id).as(s.name()).contains("arrange-support");
    }
  }

  private static List<String> ids(ProgressReport r) {
    return r.suggestions().stream().map(Practice::id).toList();
  }
}
