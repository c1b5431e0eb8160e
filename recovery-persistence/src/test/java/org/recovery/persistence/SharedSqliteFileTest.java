package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.EventStore;
import org.recovery.persistence.testing.Events;

/**
 * Two stores, and two processes, share one SQLite file: each writes and reads while the other does,
 * and neither gets an error or loses an event.
 */
class SharedSqliteFileTest {
  private static final int APPENDS = 60;

  @TempDir Path directory;

  @Test
  void twoStoresOnOneFileInOneProcessWriteAndReadAtOnce() throws Exception {
    Path database = directory.resolve("shared.db");
    KeyProvider keys = FileKeyProvider.at(directory.resolve("master.key"));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (CloseableEventStore first = Stores.sqlite(database, keys);
        CloseableEventStore second = Stores.sqlite(database, keys)) {
      List<JourneyId> journeys = new ArrayList<>();
      List<Future<Long>> writers = new ArrayList<>();
      for (CloseableEventStore store : List.of(first, second, first, second)) {
        JourneyId journey = JourneyId.random();
        journeys.add(journey);
        writers.add(threads.submit(() -> appendOneByOne(store, journey, APPENDS)));
      }
      for (Future<Long> writer : writers) {
        assertThat(writer.get(5, TimeUnit.MINUTES)).isEqualTo(APPENDS);
      }
      for (JourneyId journey : journeys) {
        assertThat(first.read(journey)).hasSize(APPENDS);
        assertThat(second.read(journey)).hasSize(APPENDS);
      }
      assertThat(first.list()).containsExactlyInAnyOrderElementsOf(journeys);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aSecondProcessWritesWhileThisOneKeepsTheStoreOpen() throws Exception {
    sharedWithAChild("keep");
  }

  @Test
  void cliStyleCommandsOpenAndCloseTheStoreWhileThisOneWrites() throws Exception {
    sharedWithAChild("reopen");
  }

  private void sharedWithAChild(String mode) throws Exception {
    Path database = directory.resolve("shared.db");
    Path keyFile = directory.resolve("master.key");
    KeyProvider keys = FileKeyProvider.at(keyFile);
    JourneyId mine = JourneyId.random();
    JourneyId theirs = JourneyId.random();
    try (CloseableEventStore store = Stores.sqlite(database, keys)) {
      store.append(mine, 0, List.of(Events.journal("first")), CommandId.random());
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-Dlogback.configurationFile=none",
                  "-cp",
                  System.getProperty("java.class.path"),
                  SharedFileChild.class.getName(),
                  database.toString(),
                  keyFile.toString(),
                  theirs.toString(),
                  String.valueOf(APPENDS),
                  mode)
              .redirectErrorStream(true)
              .start();
      long version = 1;
      while (child.isAlive()) {
        version =
            store.append(
                mine, version, List.of(Events.journal("parent " + version)), CommandId.random());
        assertThat(store.read(mine)).hasSize((int) version);
        store.list();
      }
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor()).as(output).isZero();
      assertThat(output).contains("done " + APPENDS);
      assertThat(store.read(theirs)).hasSize(APPENDS);
      assertThat(store.read(mine)).hasSize((int) version);
      assertThat(version).as("this process wrote while the child ran").isGreaterThan(1);
    }
  }

  private static long appendOneByOne(EventStore store, JourneyId journey, int count) {
    long version = 0;
    for (int i = 0; i < count; i++) {
      version =
          store.append(journey, version, List.of(Events.journal("entry " + i)), CommandId.random());
      assertThat(store.read(journey)).hasSize((int) version);
    }
    return version;
  }
}
