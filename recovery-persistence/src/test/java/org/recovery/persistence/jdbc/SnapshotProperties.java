package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.progress.Progress;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.testing.Folders;

/**
 * A snapshot is an optimisation only: over random and simulated journeys and random snapshot
 * versions, a read that starts from the snapshot gives the same events as a read of the rows alone,
 * and the reports made from both are equal.
 */
class SnapshotProperties {
  private static final int NEVER = Integer.MAX_VALUE;

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(40);
  }

  @Property(tries = 15)
  void aReadFromASnapshotEqualsAReadOfTheRows(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 1000) int cut,
      @ForAll @IntRange(min = 0, max = 1000) int from)
      throws Exception {
    List<JourneyEvent> history = RandomJourneys.history(steps, ZoneId.of("Europe/Berlin"));
    assertSameFromASnapshot(RandomJourneys.JOURNEY, history, cut, from);
  }

  @Property(tries = 4)
  void aSimulatedJourneyReadsTheSameFromASnapshot(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 2) int months,
      @ForAll @IntRange(min = 0, max = 1000) int cut,
      @ForAll @IntRange(min = 0, max = 1000) int from)
      throws Exception {
    InMemoryEventStore memory = new InMemoryEventStore();
    Simulation.Result run =
        Simulation.run(
            memory, Simulation.Options.of(seed, months, Instant.parse("2026-01-05T19:00:00Z")));
    List<JourneyEvent> history =
        memory.read(run.journey()).stream().map(RecordedEvent::event).toList();
    assertSameFromASnapshot(run.journey(), history, cut, from);
  }

  private static void assertSameFromASnapshot(
      JourneyId journey, List<JourneyEvent> history, int cut, int from) throws Exception {
    Path directory = Files.createTempDirectory("snapshot-properties");
    try {
      SnapshotFiles files = new SnapshotFiles(directory);
      int at = 1 + cut % history.size();
      long after = from % (history.size() + 1);
      try (JdbcEventStore store = files.open(NEVER)) {
        store.append(journey, 0, history.subList(0, at), CommandId.random());
        store.snapshotEvery(1).read(journey);
        Snapshots.Stored made = files.snapshot(journey).orElseThrow();
        assertThat(made.version()).isEqualTo(at);
        store.snapshotEvery(NEVER);
        if (at < history.size()) {
          store.append(journey, at, history.subList(at, history.size()), CommandId.random());
        }

        List<RecordedEvent> fromSnapshot = store.read(journey, after);
        List<RecordedEvent> whole = store.read(journey);
        assertThat(files.snapshot(journey).orElseThrow().sealed())
            .as("the snapshot was used, not ignored and replaced")
            .isEqualTo(made.sealed());
        files.sql("DELETE FROM snapshots");
        assertThat(fromSnapshot).isEqualTo(store.read(journey, after));
        List<RecordedEvent> fromRows = store.read(journey);
        assertThat(whole).isEqualTo(fromRows);
        assertThat(events(whole)).isEqualTo(history);
        Instant asOf = history.get(history.size() - 1).at().plusSeconds(3_600);
        for (PartnerId viewer : partners(history)) {
          assertThat(Progress.report(RandomJourneys.MODEL, events(whole), viewer, asOf))
              .isEqualTo(Progress.report(RandomJourneys.MODEL, events(fromRows), viewer, asOf));
        }
      }
    } finally {
      Folders.delete(directory);
    }
  }

  static List<JourneyEvent> events(List<RecordedEvent> recorded) {
    return recorded.stream().map(RecordedEvent::event).toList();
  }

  private static List<PartnerId> partners(List<JourneyEvent> history) {
    List<PartnerId> partners = new ArrayList<>();
    for (JourneyEvent event : history) {
      if (!partners.contains(event.by())) {
        partners.add(event.by());
      }
    }
    return partners;
  }
}
