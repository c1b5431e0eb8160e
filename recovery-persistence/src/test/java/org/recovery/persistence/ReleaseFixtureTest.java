package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.spi.RecordedEvent;

/**
 * A database, key vault and master key written by release 0.1.0 (vault schema 1, before journey
 * heads) still open with this release: the schemas migrate, both journeys read back whole and fold
 * into views and reports, and from then on a cut-short journey is noticed. The fixture is in {@code
 * src/test/resources/fixtures/} (see its README); it is copied before it is opened, since opening
 * migrates it.
 */
class ReleaseFixtureTest {
  private static final String NAME = "release-0.1.0";
  private static final Map<String, Integer> EVENTS =
      Map.of(
          "4ec2cd73-c4f3-4ba0-a554-c8c5f3bb31ec", 344,
          "4ca0d163-ca11-44bd-a9d8-1bdc7430e6ce", 180);

  @TempDir Path directory;

  private Path database;
  private Path vault;
  private KeyProvider keys;

  @BeforeEach
  void copyTheFixture() throws IOException {
    database = copy(NAME + ".sqlite", "old.sqlite");
    vault = copy(NAME + ".vault", "old.vault");
    keys = ReleaseFixtures.keyFrom(copy(NAME + ".master-key.txt", "old.key.txt"));
  }

  @Test
  void bothJourneysOfTheOldReleaseReadBackWhole() {
    try (CloseableEventStore store = Stores.sqlite(database, vault, keys)) {
      assertThat(store.list())
          .extracting(JourneyId::toString)
          .containsExactlyInAnyOrderElementsOf(EVENTS.keySet());
      Journeys journeys =
          Journeys.using(store, Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC));
      for (JourneyId journey : store.list()) {
        List<RecordedEvent> events = store.read(journey);
        assertThat(events).hasSize(EVENTS.get(journey.toString()));
        for (int i = 0; i < events.size(); i++) {
          assertThat(events.get(i).version()).isEqualTo(i + 1L);
        }
        JourneyStarted start = (JourneyStarted) events.get(0).event();
        assertThat(List.of(start.firstName(), start.secondName())).containsAnyOf("Maya", "Sam");
        assertThat(journeys.view(journey, start.firstPartner())).isPresent();
        assertThat(journeys.report(journey, start.secondPartner())).isPresent();
      }
    }
  }

  @Test
  void afterTheUpgradeATruncatedOldJourneyIsNoticed() throws Exception {
    JourneyId maya = JourneyId.parse("4ec2cd73-c4f3-4ba0-a554-c8c5f3bb31ec");
    try (CloseableEventStore store = Stores.sqlite(database, vault, keys)) {
      assertThat(store.read(maya)).hasSize(344);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM events WHERE version > 340");
    }
    try (CloseableEventStore store = Stores.sqlite(database, vault, keys)) {
      assertThatThrownBy(() -> store.read(maya))
          .hasMessageContaining("recorded 344 events, but the database holds 340");
    }
  }

  private Path copy(String resource, String as) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + resource)) {
      Path target = directory.resolve(as);
      Files.copy(in, target);
      return target;
    }
  }
}
