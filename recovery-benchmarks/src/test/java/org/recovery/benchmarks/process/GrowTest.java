package org.recovery.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;

class GrowTest {
  private static final char[] PASSPHRASE = "maya-demo-2025".toCharArray();

  @TempDir Path folder;

  @Test
  void growsTheJourneyWithTheFirstPartnersEntriesSealedUnderTheirKey() {
    Path database = folder.resolve("demo.db");
    Partner maya = Partner.named("Maya");
    JourneyId journey;
    try (SealingEventStore store = open(database)) {
      journey =
          Journeys.using(store, Clock.fixed(Instant.parse("2025-03-03T18:30:00Z"), ZoneOffset.UTC))
              .start(maya, Partner.named("Sam"), ZoneId.of("Europe/London"), Settings.DEFAULTS);
      store.unlock(journey, maya.id(), PASSPHRASE);
    }

    assertThat(Grow.grow(database, PASSPHRASE, 12_345)).isEqualTo(12_345);

    try (SealingEventStore store = open(database)) {
      List<JourneyEvent> locked = events(store, journey);
      store.unlock(journey, maya.id(), PASSPHRASE);
      List<JourneyEvent> unlocked = events(store, journey);
      assertThat(locked).hasSize(12_345);
      assertThat(locked.subList(1, locked.size())).allMatch(SealedEntry.class::isInstance);
      assertThat(unlocked.subList(1, unlocked.size()))
          .allMatch(e -> e instanceof JournalEntryWritten w && w.by().equals(maya.id()));
      assertThat(unlocked.get(unlocked.size() - 1).at()).isAfter(unlocked.get(1).at());
    }
  }

  @Test
  void aColdReadReadsTheGrownJourneyWithTheFirstPartnersEntriesOpened() {
    Path database = folder.resolve("cold.db");
    Partner maya = Partner.named("Maya");
    try (SealingEventStore store = open(database)) {
      JourneyId journey =
          Journeys.using(store, Clock.fixed(Instant.parse("2025-03-03T18:30:00Z"), ZoneOffset.UTC))
              .start(maya, Partner.named("Sam"), ZoneId.of("Europe/London"), Settings.DEFAULTS);
      store.unlock(journey, maya.id(), PASSPHRASE);
    }
    Grow.grow(database, PASSPHRASE, 600);

    ColdRead.Timed read = ColdRead.read(database, PASSPHRASE);

    assertThat(read.events()).isEqualTo(600);
    assertThat(read.sealed()).as("her own entries, opened").isZero();
  }

  @Test
  void refusesAJourneyWhoseFirstPartnerHasNoKey() {
    Path database = folder.resolve("nokey.db");
    try (SealingEventStore store = open(database)) {
      Journeys.using(store, Clock.systemUTC())
          .start(
              Partner.named("Maya"),
              Partner.named("Sam"),
              ZoneId.of("Europe/London"),
              Settings.DEFAULTS);
    }

    assertThatThrownBy(() -> Grow.grow(database, PASSPHRASE, 100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no key yet");
  }

  private static SealingEventStore open(Path database) {
    return Stores.sqlite(
        database,
        database.resolveSibling(database.getFileName() + ".keys"),
        FileKeyProvider.at(database.resolveSibling(database.getFileName() + ".master-key")));
  }

  private static List<JourneyEvent> events(SealingEventStore store, JourneyId journey) {
    return store.read(journey).stream().map(RecordedEvent::event).toList();
  }
}
