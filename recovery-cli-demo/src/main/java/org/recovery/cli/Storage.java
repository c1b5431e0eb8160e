package org.recovery.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.Stores;

/** Opens the SQLite store of a database, chooses its journey, and turns storage errors into exit 3. */
final class Storage {
  private Storage() {}

  /** Opens (creating if needed) the store, its vault and its master key file. @throws CliFailure */
  static CloseableEventStore open(DataFiles files) {
    return guard(() -> Stores.sqlite(files.database(), files.keyVault(),
        FileKeyProvider.at(files.masterKey())));
  }

  /**
   * Runs {@code work}, turning a storage failure into {@link CliFailure#STORAGE}: the store's
   * message names the journey, version and type, never what a partner wrote.
   */
  static <T> T guard(Supplier<T> work) {
    try {
      return work.get();
    } catch (StorageException e) {
      throw CliFailure.storage("Storage problem: " + e.getMessage(), e);
    } catch (ConcurrencyConflict e) {
      throw CliFailure.storage("The journey kept changing while this ran (" + e.getMessage()
          + "); nothing was recorded. Try again.", e);
    }
  }

  /**
   * The journey to work on: the only one in the database, or the one {@code --journey} names by
   * its id or the id's first characters.
   *
   * @throws CliFailure 1 if there is none, 2 if there are several and none was named
   */
  static JourneyId pick(EventStore store, Optional<String> wanted, DataFiles files,
      Hints hints) {
    List<JourneyId> all = guard(store::list);
    if (all.isEmpty()) {
      throw CliFailure.refused("There is no journey in " + files.database() + " yet. Start one"
          + " with `" + hints.command("start --as NAME --partner NAME") + "`.");
    }
    if (wanted.isEmpty()) {
      if (all.size() > 1) {
        throw CliFailure.usage("This database holds " + all.size() + " journeys; say which with"
            + " --journey ID: " + String.join(", ", all.stream().map(JourneyId::toString)
                .toList()) + ".");
      }
      return all.get(0);
    }
    String prefix = wanted.get().strip().toLowerCase(Locale.ROOT);
    List<JourneyId> matching = prefix.isEmpty() ? List.of()
        : all.stream().filter(j -> j.toString().startsWith(prefix)).toList();
    if (matching.size() != 1) {
      throw CliFailure.usage((matching.isEmpty() ? "No journey" : "More than one journey")
          + " in " + files.database() + " has an id starting with '" + wanted.get()
          + "'; its journeys are " + String.join(", ", all.stream().map(JourneyId::toString)
              .toList()) + ".");
    }
    return matching.get(0);
  }

  /**
   * Every event of {@code journey}, oldest first; the first, which names the partners and the
   * zone, is the start.
   */
  static List<JourneyEvent> history(EventStore store, JourneyId journey) {
    List<JourneyEvent> events = guard(() -> store.read(journey)).stream()
        .map(RecordedEvent::event).toList();
    if (events.isEmpty() || !(events.get(0) instanceof JourneyStarted)) {
      throw CliFailure.storage("Journey " + journey + " has no start event.", null);
    }
    return events;
  }
}
