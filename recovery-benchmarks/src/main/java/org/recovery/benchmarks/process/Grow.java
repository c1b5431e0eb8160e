package org.recovery.benchmarks.process;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;

/**
 * Grows the one journey of a database the CLI made ({@code recovery demo}) to a number of events,
 * for the 100,000-event rows of {@code scripts/benchmarks}: the first partner writes private
 * journal entries, a minute apart after the last event, sealed under their key (unlocked with the
 * passphrase in {@code RECOVERY_PASSPHRASE}) as the CLI would seal them.
 */
public final class Grow {
  private static final int BATCH = 5_000;

  private Grow() {}

  /**
   * Grows the journey.
   *
   * @param args the database file and the number of events the journey should hold
   */
  public static void main(String[] args) {
    String passphrase = System.getenv("RECOVERY_PASSPHRASE");
    if (args.length != 2 || passphrase == null) {
      System.err.println("usage: RECOVERY_PASSPHRASE=... Grow DATABASE EVENTS");
      System.exit(2);
    }
    long version = grow(Path.of(args[0]), passphrase.toCharArray(), Long.parseLong(args[1]));
    System.out.println(args[0] + ": " + version + " events");
  }

  /**
   * Grows the one journey of {@code database} (its vault and master key file beside it, named as
   * the CLI names them) to {@code target} events, as its first partner, unlocked with {@code
   * passphrase}.
   *
   * @return the journey's version after
   * @throws IllegalStateException if the first partner has no key yet
   */
  static long grow(Path database, char[] passphrase, long target) {
    Path keys = database.resolveSibling(database.getFileName() + ".keys");
    Path master = database.resolveSibling(database.getFileName() + ".master-key");
    try (SealingEventStore store = Stores.sqlite(database, keys, FileKeyProvider.at(master))) {
      JourneyId journey = store.list().get(0);
      JourneyStarted started = (JourneyStarted) store.first(journey).orElseThrow().event();
      PartnerId author = started.firstPartner();
      if (!store.hasKey(journey, author)) {
        throw new IllegalStateException(
            "the first partner has no key yet: run one command as them first");
      }
      store.unlock(journey, author, passphrase);
      List<RecordedEvent> all = store.read(journey);
      long version = all.size();
      Instant at = all.get(all.size() - 1).event().at();
      ZoneId zone = started.zone();
      while (version < target) {
        List<JourneyEvent> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH && version + i < target; i++) {
          at = at.plusSeconds(60);
          batch.add(
              new JournalEntryWritten(
                  at.atZone(zone).toLocalDate(), "A quiet evening, written down.", author, at));
        }
        version = store.append(journey, version, batch, CommandId.random());
      }
      return version;
    }
  }
}
