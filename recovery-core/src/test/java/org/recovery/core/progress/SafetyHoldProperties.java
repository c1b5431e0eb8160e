package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.indicator.ScorePoint;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.StageCommand;
import org.recovery.core.safety.Hold;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.JourneyRun;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;

/**
 * A safety concern holds the journey, and the other partner can never tell it from a journey
 * without one, except by the hold's one sentence and its documented consequences.
 *
 * <p>Each try takes a random journey without screenings, and makes two histories of it that differ
 * in one private event: at a random point, partner A completes the screening, once with a concern
 * and once without. Partner B's view, report and the answer to every command B gives afterwards are
 * then compared.
 */
class SafetyHoldProperties {
  private static final Set<String> COMMITMENT_MILESTONES =
      Set.of("first-fully-kept-week", "thirty-days-of-transparency");

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(50);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return RandomJourneys.zones();
  }

  /** The two histories: without screenings, and A's screening inserted after {@code at} events. */
  private record Pair(
      List<JourneyEvent> concern,
      List<JourneyEvent> clear,
      PartnerId a,
      PartnerId b,
      Instant asOf) {}

  private static Pair pair(List<Step> steps, ZoneId zone, int where, boolean firstFlags) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    List<JourneyEvent> base =
        run.history().stream().filter(e -> !(e instanceof SafetyScreeningCompleted)).toList();
    int at = 1 + Math.floorMod(where, base.size());
    PartnerId a = firstFlags ? RandomJourneys.FIRST : RandomJourneys.SECOND;
    PartnerId b = firstFlags ? RandomJourneys.SECOND : RandomJourneys.FIRST;
    Instant when = base.get(at - 1).at();
    List<JourneyEvent> concern = new ArrayList<>(base);
    concern.add(at, screening(a, when, true));
    List<JourneyEvent> clear = new ArrayList<>(base);
    clear.add(at, screening(a, when, false));
    Instant asOf = base.get(base.size() - 1).at().plusSeconds(3600);
    return new Pair(concern, clear, a, b, asOf);
  }

  private static SafetyScreeningCompleted screening(PartnerId by, Instant at, boolean concern) {
    ScreeningAnswers answers =
        concern ? ScreeningAnswers.hark(false, true, false, false) : ScreeningAnswers.allNo();
    return new SafetyScreeningCompleted(answers, by, at);
  }

  @Property(tries = 60)
  void theOtherPartnersViewIsTheSameWithOrWithoutAConcern(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean firstFlags) {
    Pair p = pair(steps, zone, where, firstFlags);

    assertThat(JourneyView.of(p.concern(), p.b()).events())
        .isEqualTo(JourneyView.of(p.clear(), p.b()).events());
  }

  /**
   * B's reports differ only by the hold's sentence and its consequences: scores frozen (and what
   * derives from them: the reliability gate, milestones of kept days, whether all gates are met),
   * no monitoring suggested, and nobody may agree to move on.
   */
  @Property(tries = 60)
  void theOtherPartnersReportDiffersOnlyByTheHoldAndItsConsequences(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean firstFlags) {
    Pair p = pair(steps, zone, where, firstFlags);
    RecoveryModel model = ProgressProperties.EveryPractice.model();
    ProgressReport held = Progress.report(model, p.concern(), p.b(), p.asOf());
    ProgressReport clear = Progress.report(model, p.clear(), p.b(), p.asOf());

    assertThat(held.stage().hold()).contains(Hold.SENTENCE);
    assertThat(clear.stage().hold()).isEmpty();
    assertThat(held.stage().heldForYourSafety()).isFalse();
    assertThat(held.stage().viewerMayAgree()).isFalse();
    assertThat(withoutConsequences(held.stage())).isEqualTo(withoutConsequences(clear.stage()));
    assertThat(gatesOtherThanReliability(held)).isEqualTo(gatesOtherThanReliability(clear));
    assertThat(held.suggestions())
        .isEqualTo(clear.suggestions().stream().filter(s -> !s.monitoring()).toList());
    assertThat(held.indicators().ratings()).isEqualTo(clear.indicators().ratings());
    assertThat(held.indicators().partners()).isEqualTo(clear.indicators().partners());
    assertThat(held.indicators().daysSinceLastSevereSetback())
        .isEqualTo(clear.indicators().daysSinceLastSevereSetback());
    assertThat(held.indicators().commitments())
        .extracting(c -> c.id())
        .isEqualTo(clear.indicators().commitments().stream().map(c -> c.id()).toList());
    assertThat(otherMilestones(held)).isEqualTo(otherMilestones(clear));
    assertThat(held.crisisResources()).isEqualTo(clear.crisisResources());
    assertThat(held.crisisPrompt()).isEqualTo(clear.crisisPrompt());
    assertThat(held.safetyResources()).isEqualTo(clear.safetyResources()).isEmpty();
    assertThat(held.forgiveness()).isEqualTo(clear.forgiveness());
    assertThat(held.instruments()).isEqualTo(clear.instruments());
    assertThat(held.questionnaires()).isEqualTo(clear.questionnaires());
  }

  /**
   * Frozen means frozen: while held, every commitment's score stays where it was, whatever was
   * reported, and the score before the hold is the score without it.
   */
  @Property(tries = 60)
  void whileHeldNoScoreMoves(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean firstFlags) {
    Pair p = pair(steps, zone, where, firstFlags);
    JourneyState state = Journey.replay(p.concern());
    Hold hold = state.safety().holds().get(0);
    for (PartnerId viewer : List.of(p.a(), p.b())) {
      var held =
          Progress.report(RandomJourneys.MODEL, p.concern(), viewer, p.asOf())
              .indicators()
              .commitments();
      var clear =
          Progress.report(RandomJourneys.MODEL, p.clear(), viewer, p.asOf())
              .indicators()
              .commitments();
      for (int i = 0; i < held.size(); i++) {
        List<ScorePoint> points = held.get(i).history();
        List<ScorePoint> before =
            clear.get(i).history().stream().filter(s -> s.day().isBefore(hold.from())).toList();
        assertThat(points.subList(0, before.size())).isEqualTo(before);
        double last = before.isEmpty() ? 0 : before.get(before.size() - 1).score();
        assertThat(points.subList(before.size(), points.size()))
            .allSatisfy(s -> assertThat(s.score()).isEqualTo(last));
      }
    }
  }

  /**
   * Every command B gives gets the same answer with or without A's concern, except the documented
   * ones: monitoring and moving on are refused with the hold's sentence, and B may end a monitoring
   * commitment that watches B at once.
   */
  @Property(tries = 60)
  void theOtherPartnersCommandsAreAnsweredAlikeExceptWhatTheHoldStops(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean firstFlags,
      @ForAll("steps") List<Step> commands) {
    Pair p = pair(steps, zone, where, firstFlags);
    JourneyHistory held = JourneyHistory.of(p.concern());
    JourneyHistory clear = JourneyHistory.of(p.clear());
    for (Step step : commands) {
      JourneyCommand command = step.command();
      Decision withConcern =
          Progression.decide(RandomJourneys.MODEL, held, p.b(), command, p.asOf());
      Decision without = Progression.decide(RandomJourneys.MODEL, clear, p.b(), command, p.asOf());
      if (withConcern.equals(without)) {
        continue;
      }
      boolean monitoring = touchesMonitoring(clear.state(), command);
      if (withConcern.rejection().isPresent()) {
        assertThat(monitoring || command instanceof StageCommand.AgreeToAdvance)
            .as("only monitoring and moving on are stopped: %s", command)
            .isTrue();
        assertThat(withConcern.rejection().get().code()).isEqualTo(RejectionCode.JOURNEY_HELD);
        assertThat(withConcern.rejection().get().reason()).startsWith(Hold.SENTENCE);
      } else {
        assertThat(command)
            .as("accepted differently: only ending monitoring at once")
            .isInstanceOf(CommitmentCommand.RetireCommitment.class);
        assertThat(monitoring).isTrue();
        var retire = (CommitmentCommand.RetireCommitment) command;
        assertThat(
                held.append(withConcern.events())
                    .state()
                    .commitment(retire.commitment())
                    .flatMap(Commitment::retiredFrom))
            .contains(held.state().dayOf(p.asOf()));
      }
    }
  }

  private static boolean touchesMonitoring(JourneyState state, JourneyCommand command) {
    if (command instanceof CommitmentCommand.ProposeCommitment c) {
      return c.category().isMonitoring();
    }
    return command instanceof CommitmentCommand c
        && state.commitment(c.commitment()).map(k -> k.category().isMonitoring()).orElse(false);
  }

  private static ProgressReport.StageSummary withoutConsequences(ProgressReport.StageSummary s) {
    return new ProgressReport.StageSummary(
        s.id(),
        s.name(),
        s.purpose(),
        s.since(),
        s.daysInStage(),
        s.next(),
        s.nextName(),
        false,
        false,
        s.waitingFor(),
        s.heldForYourSafety(),
        s.movedBack(),
        java.util.Optional.empty());
  }

  private static List<GateResult> gatesOtherThanReliability(ProgressReport r) {
    return r.gates().stream()
        .filter(g -> !g.gate().equals("commitment-reliability-at-least"))
        .toList();
  }

  private static List<ProgressReport.Milestone> otherMilestones(ProgressReport r) {
    return r.milestones().stream().filter(m -> !COMMITMENT_MILESTONES.contains(m.id())).toList();
  }
}
