package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.KeyProvider;
import org.recovery.persistence.Stores;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;
import org.slf4j.LoggerFactory;

/**
 * The web server writes to its SQLite file under load while short CLI-style commands (open the
 * store, read or write, close) use the same file: no request fails, no command fails, nothing
 * acknowledged is lost.
 */
class SharedDatabaseUnderLoadTest {
  private static final int WRITES_PER_PARTNER = 40;
  private static final int COMMANDS = 30;

  /** PBKDF2 rounds for the partners' keys, low so that log-ins are quick in the test. */
  private static final int CHEAP_KEYS = 1_000;

  @TempDir Path directory;

  @Test
  void cliCommandsShareTheFileWithABusyWebServer() throws Exception {
    Path database = directory.resolve("web.db");
    KeyProvider keys = FileKeyProvider.at(directory.resolve("master.key"));
    ExecutorService load = Executors.newFixedThreadPool(2);
    try (TestServer server =
        TestServer.over(
            Stores.sqlite(database, directory.resolve("web.db.keys"), keys, CHEAP_KEYS))) {
      TestServer.Couple couple = server.couple("load");
      int before = server.events(couple.journey());
      String today =
          LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/Berlin")).toString();
      AtomicBoolean stop = new AtomicBoolean();
      List<Future<List<Integer>>> writers = new ArrayList<>();
      for (Browser partner : List.of(couple.a(), couple.b())) {
        writers.add(load.submit(() -> write(partner, today, stop)));
      }
      long started = System.nanoTime();
      JourneyId cliJourney = JourneyId.random();
      long cliVersion = 0;
      for (int i = 0; i < COMMANDS; i++) {
        try (CloseableEventStore cli = Stores.sqlite(database, keys)) {
          assertThat(cli.read(JourneyId.parse(couple.journey()))).isNotEmpty();
          cliVersion =
              cli.append(
                  cliJourney,
                  cliVersion,
                  List.of(
                      new JournalEntryWritten(
                          LocalDate.of(2025, 3, 10),
                          "from the command line " + i,
                          PartnerId.random(),
                          server.clock().instant())),
                  CommandId.random());
          cli.list();
        }
      }
      stop.set(true);
      List<Integer> statuses = new ArrayList<>();
      for (Future<List<Integer>> writer : writers) {
        statuses.addAll(writer.get(5, TimeUnit.MINUTES));
      }
      LoggerFactory.getLogger(SharedDatabaseUnderLoadTest.class)
          .info(
              "{} web writes (and as many reads) answered while {} CLI-style commands ran, in {} ms",
              statuses.size(),
              COMMANDS,
              (System.nanoTime() - started) / 1_000_000);
      assertThat(statuses).as("every web write answered 200").containsOnly(200);
      assertThat(statuses).hasSizeGreaterThanOrEqualTo(2 * WRITES_PER_PARTNER);
      assertThat(server.events(couple.journey()))
          .as("every acknowledged web write is stored")
          .isEqualTo(before + statuses.size());
      assertThat(server.store().read(cliJourney))
          .as("every CLI command's write is stored")
          .hasSize(COMMANDS);
      assertThat(couple.a().view().status()).isEqualTo(200);
    } finally {
      load.shutdownNow();
    }
  }

  /** Writes journal entries until told to stop, at least {@link #WRITES_PER_PARTNER}. */
  private static List<Integer> write(Browser partner, String today, AtomicBoolean stop) {
    List<Integer> statuses = new ArrayList<>();
    while (statuses.size() < WRITES_PER_PARTNER || !stop.get()) {
      Response r = partner.act("/journal", Browser.json("day", today, "text", "entry"));
      statuses.add(r.status());
      if (r.status() != 200) {
        throw new AssertionError("a web write failed: " + r);
      }
      Response view = partner.view();
      if (view.status() != 200) {
        throw new AssertionError("a web read failed: " + view);
      }
    }
    return statuses;
  }
}
