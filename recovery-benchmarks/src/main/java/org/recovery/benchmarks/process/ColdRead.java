package org.recovery.benchmarks.process;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;

/**
 * One read of a journey in a JVM that has read nothing before, timed: the store's part of a cold
 * {@code status} or {@code report}. Opens the database a CLI made, unlocks the first partner's key
 * with the passphrase in {@code RECOVERY_PASSPHRASE} (not timed), reads the journey once, and
 * prints the wall-clock time and the reading thread's processor time. Run it several times in turn
 * with two builds to compare them; {@code docs/benchmarks.md} shows how.
 */
public final class ColdRead {
  private ColdRead() {}

  /** What one read took. */
  record Timed(int events, int sealed, double wallMillis, double cpuMillis) {}

  /**
   * Reads the journey once and prints what it took.
   *
   * @param args the database file
   */
  public static void main(String[] args) {
    String passphrase = System.getenv("RECOVERY_PASSPHRASE");
    if (args.length != 1 || passphrase == null) {
      System.err.println("usage: RECOVERY_PASSPHRASE=... ColdRead DATABASE");
      System.exit(2);
    }
    Timed read = read(Path.of(args[0]), passphrase.toCharArray());
    System.out.printf(
        "%s: %d events (%d still sealed) read in %.0f ms, %.0f ms of the thread's processor time%n",
        args[0], read.events(), read.sealed(), read.wallMillis(), read.cpuMillis());
  }

  /**
   * Reads the one journey of {@code database} (its vault and master key file beside it, named as
   * the CLI names them) with its first partner unlocked with {@code passphrase}.
   */
  static Timed read(Path database, char[] passphrase) {
    Path keys = database.resolveSibling(database.getFileName() + ".keys");
    Path master = database.resolveSibling(database.getFileName() + ".master-key");
    try (SealingEventStore store = Stores.sqlite(database, keys, FileKeyProvider.at(master))) {
      JourneyId journey = store.list().get(0);
      JourneyStarted started = (JourneyStarted) store.first(journey).orElseThrow().event();
      store.unlock(journey, started.firstPartner(), passphrase);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      List<RecordedEvent> events = store.read(journey);
      double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      double wallMillis = (System.nanoTime() - wall) / 1e6;
      int sealed = (int) events.stream().filter(e -> e.event() instanceof SealedEntry).count();
      return new Timed(events.size(), sealed, wallMillis, cpuMillis);
    }
  }
}
