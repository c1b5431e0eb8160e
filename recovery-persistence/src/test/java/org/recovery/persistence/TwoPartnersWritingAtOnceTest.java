package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.TestJourney;
import org.recovery.persistence.testing.TestKeys;
import org.recovery.persistence.testing.TestPostgres;

/**
 * Both partners write to one journey at once, through core's {@link Journeys}, from several threads
 * each: every accepted command is stored exactly once, and a command whose retries all conflicted
 * is reported to its caller, never lost silently.
 */
class TwoPartnersWritingAtOnceTest {
  private static final int COMMANDS_PER_PARTNER = 150;
  private static final int THREADS_PER_PARTNER = 3;

  @TempDir Path directory;

  @Test
  void noUpdateIsLostOnSqlite() throws Exception {
    try (CloseableEventStore store =
        Stores.sqlite(directory.resolve("two.db"), TestKeys.random())) {
      bothPartnersWriteAtOnce(store);
    }
  }

  @Test
  void noUpdateIsLostOnPostgres() throws Exception {
    try (CloseableEventStore store =
        Stores.postgres(TestPostgres.newDatabaseUrl(), TestKeys.random())) {
      bothPartnersWriteAtOnce(store);
    }
  }

  private static void bothPartnersWriteAtOnce(CloseableEventStore store) throws Exception {
    Clock clock = Clock.fixed(TestJourney.START, ZoneId.of("UTC"));
    Journeys journeys = Journeys.using(store, clock, 1000);
    Partner sam = Partner.named("Sam");
    Partner alex = Partner.named("Alex");
    JourneyId journey = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    LocalDate today = LocalDate.ofInstant(TestJourney.START, TestJourney.ZONE);
    ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
    AtomicInteger reported = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_PARTNER);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (Partner partner : List.of(sam, alex)) {
      for (int thread = 0; thread < THREADS_PER_PARTNER; thread++) {
        int first = thread * COMMANDS_PER_PARTNER / THREADS_PER_PARTNER;
        int last = (thread + 1) * COMMANDS_PER_PARTNER / THREADS_PER_PARTNER;
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = first; i < last; i++) {
                    String text = partner.name() + " #" + i;
                    try {
                      Decision decision =
                          journeys.execute(
                              journey, partner.id(), new WriteJournalEntry(today, text));
                      assertThat(decision.isAccepted()).as(text).isTrue();
                      accepted.add(text);
                    } catch (ConcurrencyConflict conflict) {
                      reported.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    List<String> stored =
        store.read(journey).stream()
            .map(RecordedEvent::event)
            .filter(JournalEntryWritten.class::isInstance)
            .map(e -> ((JournalEntryWritten) e).text())
            .toList();
    assertThat(accepted.size() + reported.get()).isEqualTo(2 * COMMANDS_PER_PARTNER);
    assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(accepted.size())
        .as("accepted, of %d", 2 * COMMANDS_PER_PARTNER)
        .isGreaterThan(COMMANDS_PER_PARTNER);
  }
}
