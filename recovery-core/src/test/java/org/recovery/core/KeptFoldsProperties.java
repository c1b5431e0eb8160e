package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.LifecycleEvent;
import org.recovery.core.progress.Agenda;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.MutableClock;

/**
 * A report made from folds kept between reports and followed by the events since equals the report
 * folded afresh from the whole history: for simulated journeys of random seeds, fed to the store in
 * random pieces, for either partner, with the journey sometimes dropped from memory in between. So
 * does an agenda made from the same folds.
 */
class KeptFoldsProperties {
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  @Property(tries = 10)
  void foldsFollowedByTheNextEventsEqualTheFoldsOfTheWholeHistory(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 99) Integer> cuts,
      @ForAll boolean hurtViews) {
    Simulated simulated = simulate(seed);
    List<JourneyEvent> history = simulated.history();
    PartnerId viewer = simulated.viewer(hurtViews);

    JourneyFolds kept = null;
    int done = 0;
    for (int end : pieces(history.size(), cuts)) {
      List<JourneyEvent> upTo = history.subList(0, end);
      kept = kept == null ? JourneyFolds.of(upTo, viewer) : kept.then(history.subList(done, end));
      done = end;
      assertThat(kept).isEqualTo(JourneyFolds.of(upTo, viewer));
    }
  }

  @Property(tries = 8)
  void journeysReportsFromKeptFoldsAsFromTheWholeHistory(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 99) Integer> cuts,
      @ForAll boolean hurtViews,
      @ForAll boolean dropBetween,
      @ForAll @IntRange(min = 0, max = 48) int hoursAfter) {
    Simulated simulated = simulate(seed);
    List<JourneyEvent> history = simulated.history();
    PartnerId viewer = simulated.viewer(hurtViews);
    InMemoryEventStore store = new InMemoryEventStore();
    MutableClock clock = new MutableClock(START);
    Journeys journeys = Journeys.using(store, clock);

    int done = 0;
    for (int end : pieces(history.size(), cuts)) {
      simulated.appendTo(store, done, end);
      done = end;
      clock.set(history.get(end - 1).at().plusSeconds(3600L * hoursAfter));
      ProgressReport fromKept = journeys.report(simulated.result().journey(), viewer).orElseThrow();

      assertThat(fromKept)
          .isEqualTo(
              Progress.report(
                  journeys.model(),
                  journeys.instruments(),
                  history.subList(0, end),
                  viewer,
                  clock.instant(),
                  CrisisDirectory.standard(),
                  ""));
      if (dropBetween) {
        journeys.dropFromMemory(simulated.result().journey());
      }
    }
  }

  @Property(tries = 6)
  void foldsOfAHistoryWithLaterEventsGiveTheReportAsOfTheEarlierInstant(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 99) int asOfPercent,
      @ForAll boolean hurtViews) {
    Simulated simulated = simulate(seed);
    List<JourneyEvent> history = simulated.history();
    PartnerId viewer = simulated.viewer(hurtViews);
    Instant asOf = through(history, asOfPercent);
    Journeys journeys = Journeys.using(new InMemoryEventStore(), new MutableClock(START));

    ProgressReport fromFolds =
        Progress.report(
            journeys.model(),
            journeys.instruments(),
            history,
            JourneyFolds.of(history, viewer),
            asOf,
            CrisisDirectory.standard(),
            "");

    assertThat(fromFolds)
        .isEqualTo(
            Progress.report(
                journeys.model(),
                journeys.instruments(),
                history,
                viewer,
                asOf,
                CrisisDirectory.standard(),
                ""));
  }

  @Property(tries = 8)
  void anAgendaFromFoldsEqualsTheAgendaFoldedAfreshAtAnyInstant(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 120) int nowPercent,
      @ForAll boolean hurtViews) {
    Simulated simulated = simulate(seed);
    List<JourneyEvent> history = simulated.history();
    PartnerId viewer = simulated.viewer(hurtViews);
    // Past 100 % the agenda is asked after the last event; below it, some events lie after now.
    Instant now = through(history, nowPercent);
    Journeys journeys = Journeys.using(new InMemoryEventStore(), new MutableClock(START));

    Agenda fromFolds =
        Agenda.of(
            journeys.model(),
            journeys.instruments(),
            history,
            JourneyFolds.of(history, viewer),
            now);

    assertThat(fromFolds)
        .isEqualTo(Agenda.of(journeys.model(), journeys.instruments(), history, viewer, now));
  }

  @Property(tries = 6)
  void journeysGivesTheAgendaFromKeptFoldsAsFromTheWholeHistory(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 99) Integer> cuts,
      @ForAll boolean hurtViews) {
    Simulated simulated = simulate(seed);
    List<JourneyEvent> history = simulated.history();
    PartnerId viewer = simulated.viewer(hurtViews);
    InMemoryEventStore store = new InMemoryEventStore();
    MutableClock clock = new MutableClock(START);
    Journeys journeys = Journeys.using(store, clock);

    int done = 0;
    for (int end : pieces(history.size(), cuts)) {
      simulated.appendTo(store, done, end);
      done = end;
      clock.set(history.get(end - 1).at().plusSeconds(1800));
      journeys.report(simulated.result().journey(), viewer);

      assertThat(journeys.agenda(simulated.result().journey(), viewer).orElseThrow())
          .isEqualTo(
              Agenda.of(
                  journeys.model(),
                  journeys.instruments(),
                  history.subList(0, end),
                  viewer,
                  clock.instant()));
    }
  }

  @Property(tries = 4)
  void foldsOfAnotherLengthAreRefused(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 99) int cutPercent) {
    List<JourneyEvent> history = simulate(seed).history();
    List<JourneyEvent> shorter = history.subList(0, Math.max(1, history.size() * cutPercent / 100));
    PartnerId viewer = ((LifecycleEvent.JourneyStarted) history.get(0)).firstPartner();

    assertThatThrownBy(() -> JourneyHistory.of(history, JourneyFolds.of(shorter, viewer)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the folds are of " + shorter.size() + " events");
  }

  /** The ends of the pieces {@code cuts} (percentages) make of a history of {@code size} events. */
  private static List<Integer> pieces(int size, List<Integer> cuts) {
    List<Integer> ends = new ArrayList<>();
    for (int percent : cuts.stream().sorted().distinct().toList()) {
      int end = Math.max(1, size * percent / 100);
      if (ends.isEmpty() || end > ends.get(ends.size() - 1)) {
        ends.add(end);
      }
    }
    if (ends.get(ends.size() - 1) < size) {
      ends.add(size);
    }
    return ends;
  }

  /** The instant {@code percent} of the way from the history's first event to its last. */
  private static Instant through(List<JourneyEvent> history, int percent) {
    Instant first = history.get(0).at();
    Instant last = history.get(history.size() - 1).at();
    return first.plusSeconds((last.getEpochSecond() - first.getEpochSecond()) * percent / 100);
  }

  private record Simulated(Simulation.Result result, List<JourneyEvent> history) {
    PartnerId viewer(boolean hurt) {
      return hurt ? result.hurt().id() : result.involved().id();
    }

    /** Appends the events from version {@code from} + 1 to {@code to} to {@code store}. */
    void appendTo(InMemoryEventStore store, int from, int to) {
      store.append(
          result.journey(), from, List.copyOf(history.subList(from, to)), CommandId.random());
    }
  }

  private static Simulated simulate(long seed) {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(seed, 2, START));
    return new Simulated(
        result, store.read(result.journey()).stream().map(RecordedEvent::event).toList());
  }
}
