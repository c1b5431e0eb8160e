package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * A report folds its history once ({@link JourneyFolds}); over simulated journeys of random seeds,
 * lengths and as-of days, for either partner, the report equals the one made from the three folds
 * made one by one, as reports were made before.
 */
class OneFoldReportProperties {
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  private static final RecoveryModel MODEL = StandardModel.create();

  @Property(tries = 12)
  void aReportFromOneFoldEqualsTheReportFromThreeFolds(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 3) int months,
      @ForAll @IntRange(min = 0, max = 100) int asOfPercent,
      @ForAll boolean hurtViews) {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(seed, months, START));
    List<JourneyEvent> history =
        store.read(result.journey()).stream().map(RecordedEvent::event).toList();
    PartnerId viewer = hurtViews ? result.hurt().id() : result.involved().id();
    Duration span = Duration.between(history.get(0).at(), result.end());
    Instant asOf = history.get(0).at().plus(span.multipliedBy(asOfPercent).dividedBy(100));
    List<JourneyEvent> upTo = history.stream().filter(e -> !e.at().isAfter(asOf)).toList();

    JourneyFolds one = JourneyFolds.of(upTo, viewer);
    JourneyFolds three =
        new JourneyFolds(
            Journey.replay(upTo),
            JourneyView.of(upTo, viewer),
            Journey.replay(
                upTo.stream().filter(e -> e.visibility() == Visibility.SHARED).toList()));

    assertThat(one).isEqualTo(three);
    assertThat(
            Progress.report(
                MODEL,
                InstrumentCatalogue.standard(),
                history,
                viewer,
                asOf,
                CrisisDirectory.standard(),
                ""))
        .isEqualTo(
            Progress.report(
                MODEL,
                InstrumentCatalogue.standard(),
                upTo,
                viewer,
                asOf,
                CrisisDirectory.standard(),
                "",
                three));
  }
}
