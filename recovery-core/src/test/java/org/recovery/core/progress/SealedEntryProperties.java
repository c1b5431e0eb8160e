package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CoupleFact;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;

/**
 * A partner who cannot open the other's private entries sees exactly what they saw when they could:
 * the other's private entries never reached their view or report anyway, and what the couple's
 * rules need from them travels as each entry's {@link CoupleFact}.
 *
 * <p>Each try takes a random journey (with a screening of A, flagging or not, at a random point),
 * and replaces every private entry of A by its {@link SealedEntry}: the history as B's process
 * reads it from a store where A's entries are sealed. B's view, B's report and the answer to every
 * command B gives must be the same for both histories.
 */
class SealedEntryProperties {

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(50);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return RandomJourneys.zones();
  }

  private record Histories(
      List<JourneyEvent> open, List<JourneyEvent> sealed, PartnerId a, PartnerId b, Instant asOf) {}

  private static Histories histories(
      List<Step> steps, ZoneId zone, int where, boolean aIsFirst, boolean flags) {
    List<JourneyEvent> open = new ArrayList<>(RandomJourneys.history(steps, zone));
    PartnerId a = aIsFirst ? RandomJourneys.FIRST : RandomJourneys.SECOND;
    PartnerId b = aIsFirst ? RandomJourneys.SECOND : RandomJourneys.FIRST;
    int at = 1 + Math.floorMod(where, open.size());
    ScreeningAnswers answers =
        flags ? ScreeningAnswers.hark(true, false, false, false) : ScreeningAnswers.allNo();
    open.add(at, new SafetyScreeningCompleted(answers, a, open.get(at - 1).at()));
    List<JourneyEvent> sealed =
        open.stream()
            .map(
                e ->
                    e.by().equals(a) && e.visibility() == Visibility.PRIVATE
                        ? CoupleFact.sealedFormOf(e)
                        : e)
            .toList();
    Instant asOf = open.get(open.size() - 1).at().plusSeconds(7200);
    return new Histories(open, sealed, a, b, asOf);
  }

  @Property(tries = 80)
  void theOtherPartnersViewIsTheSameWhetherOrNotTheirEntriesOpen(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean aIsFirst,
      @ForAll boolean flags) {
    Histories h = histories(steps, zone, where, aIsFirst, flags);

    JourneyView open = JourneyView.of(h.open(), h.b());
    JourneyView sealed = JourneyView.of(h.sealed(), h.b());

    assertThat(sealed.events()).isEqualTo(open.events());
    assertThat(sealed.effectiveConsent()).isEqualTo(open.effectiveConsent());
    assertThat(sealed.state().version()).isEqualTo(open.state().version());
    assertThat(sealed.events()).noneMatch(e -> e instanceof SealedEntry);
  }

  @Property(tries = 80)
  void theOtherPartnersReportIsTheSameWhetherOrNotTheirEntriesOpen(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean aIsFirst,
      @ForAll boolean flags) {
    Histories h = histories(steps, zone, where, aIsFirst, flags);
    RecoveryModel model = ProgressProperties.EveryPractice.model();

    assertThat(Progress.report(model, h.sealed(), h.b(), h.asOf()))
        .isEqualTo(Progress.report(model, h.open(), h.b(), h.asOf()));
  }

  @Property(tries = 60)
  void theOtherPartnersCommandsAreAnsweredAlikeWhetherOrNotTheirEntriesOpen(
      @ForAll("steps") List<Step> steps,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(max = 500) int where,
      @ForAll boolean aIsFirst,
      @ForAll boolean flags,
      @ForAll("steps") List<Step> commands) {
    Histories h = histories(steps, zone, where, aIsFirst, flags);
    JourneyState open = Journey.replay(h.open());
    JourneyState sealed = Journey.replay(h.sealed());

    assertThat(sealed.safety().holds()).isEqualTo(open.safety().holds());
    assertThat(sealed.safety().screened()).isEqualTo(open.safety().screened());
    assertThat(sealed.consent().effective()).isEqualTo(open.consent().effective());
    JourneyHistory sealedHistory = JourneyHistory.of(h.sealed());
    JourneyHistory openHistory = JourneyHistory.of(h.open());
    for (Step step : commands) {
      Decision withSealed =
          Progression.decide(RandomJourneys.MODEL, sealedHistory, h.b(), step.command(), h.asOf());
      Decision withOpen =
          Progression.decide(RandomJourneys.MODEL, openHistory, h.b(), step.command(), h.asOf());
      assertThat(withSealed).as("answer to %s", step.command()).isEqualTo(withOpen);
    }
  }
}
