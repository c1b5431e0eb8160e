package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.testing.TestJourney;

/**
 * Lowering consent never costs time and never moves the couple back: the same journey, with a
 * partner lowering their consent and raising it again somewhere in between, ends in the same stage,
 * entered on the same day, with the same report for both partners.
 *
 * <p>Journeys follow a three-stage model whose gates are always open and whose last stage is about
 * affection (it names {@link ConsentLevel#AFFECTIONATE_GESTURES}), so couples reach it within a few
 * steps.
 */
class ConsentNeverCostsTimeProperties {

  /** One step: who acts, how many hours after the previous step, and what they do. */
  record Op(boolean bySam, int hours, JourneyCommand command) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<JourneyCommand> command =
        Arbitraries.oneOf(
            Arbitraries.just(new AgreeToAdvance()),
            Arbitraries.of(ConsentLevel.class).map(DeclareConsent::new),
            Arbitraries.just("A quiet day.")
                .map(
                    t ->
                        new WriteJournalEntry(
                            TestJourney.START.atZone(TestJourney.ZONE).toLocalDate(), t)));
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 60), command)
        .as(Op::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Property(tries = 200)
  void aConsentLoweredAndRaisedAgainChangesNoStageAndNoDay(
      @ForAll("ops") List<Op> ops,
      @ForAll @IntRange(max = 30) int where,
      @ForAll boolean samLowers,
      @ForAll ConsentLevel lowerTo) {
    int at = Math.min(where, ops.size());
    List<Op> withDip = new ArrayList<>(ops.subList(0, at));
    TestJourney plain = run(ops.subList(0, at));
    PartnerId lowering = samLowers ? plain.samId() : plain.alexId();
    ConsentLevel level = plain.state().consent().of(lowering).orElse(null);
    if (level != null && level != lowerTo) {
      withDip.add(new Op(samLowers, 0, new DeclareConsent(lowerTo)));
      withDip.add(new Op(samLowers, 0, new DeclareConsent(level)));
    }
    withDip.addAll(ops.subList(at, ops.size()));

    TestJourney without = run(ops);
    TestJourney with = run(withDip);
    Instant asOf = without.clock.instant().plusSeconds(3600);

    assertThat(with.state().position().stage()).isEqualTo(without.state().position().stage());
    assertThat(with.state().position().since()).isEqualTo(without.state().position().since());
    for (PartnerId partner : List.of(with.samId(), with.alexId())) {
      ProgressReport.StageSummary a = report(with, partner, asOf).stage();
      ProgressReport.StageSummary b = report(without, partner, asOf).stage();
      assertThat(a).isEqualTo(b);
    }
  }

  private static ProgressReport report(TestJourney j, PartnerId viewer, Instant asOf) {
    return Progress.report(ProgressionTest.quickModel(), j.events(), viewer, asOf);
  }

  private static TestJourney run(List<Op> ops) {
    TestJourney j = TestJourney.started().withModel(ProgressionTest.quickModel());
    j.affair();
    for (Op op : ops) {
      j.advance(Duration.ofHours(op.hours()));
      j.run(op.bySam() ? j.samId() : j.alexId(), op.command());
    }
    return j;
  }
}
