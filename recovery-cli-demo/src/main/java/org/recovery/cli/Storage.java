package org.recovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.InWords;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;
import org.recovery.persistence.ZeroKnowledge;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * Opens the SQLite store of a database, chooses its journey, and turns storage errors into exit 3.
 */
final class Storage {
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Storage() {}

  /**
   * Opens (creating if needed) the store, its vault and its master key file. A file in the
   * database's place that is not a SQLite database is refused before anything is created; if
   * opening fails otherwise, the files this attempt created are removed again, so a failed command
   * leaves no file behind.
   *
   * @throws CliFailure 3 if the store cannot be opened
   */
  static SealingEventStore open(DataFiles files) {
    return open(files, PassphraseHash.DEFAULT_ITERATIONS);
  }

  /**
   * Opens the store as {@link #open(DataFiles)} does, wrapping partner keys made or changed with
   * {@code iterations} of PBKDF2 (the context's work factor). A store made in zero-knowledge mode
   * opens in it: see {@link #zeroKnowledge(DataFiles)}.
   *
   * @throws CliFailure 3 if the store cannot be opened
   */
  static SealingEventStore open(DataFiles files, int iterations) {
    return open(files, iterations, zeroKnowledge(files));
  }

  /**
   * Opens or makes the store for {@code start}, {@code import} and {@code demo}: in zero-knowledge
   * mode if it is already in it or {@code wanted} asks for it when it is made.
   *
   * @throws CliFailure 1 if zero-knowledge mode is asked of a store made with a master key, 3 if it
   *     cannot be opened
   */
  static SealingEventStore make(DataFiles files, int iterations, boolean wanted) {
    boolean zeroKnowledge = zeroKnowledge(files);
    if (wanted && !zeroKnowledge && Files.exists(files.keyVault())) {
      throw CliFailure.refused(
          files.database()
              + " was made with a master key, and zero-knowledge mode is chosen only"
              + " when a database is first made. Nothing was changed; name a new file with --db.");
    }
    return open(files, iterations, zeroKnowledge || wanted);
  }

  /**
   * Whether the store of {@code files} is in zero-knowledge mode: its key vault exists and no
   * master key file sits beside it (a store made with a master key writes that file when it is
   * made, and a zero-knowledge store never does). The store itself checks the rest: a vault whose
   * keys a master key wraps does not open in zero-knowledge mode.
   */
  static boolean zeroKnowledge(DataFiles files) {
    return Files.exists(files.keyVault(), LinkOption.NOFOLLOW_LINKS)
        && !Files.exists(files.masterKey(), LinkOption.NOFOLLOW_LINKS);
  }

  private static SealingEventStore open(DataFiles files, int iterations, boolean zeroKnowledge) {
    refuseForeign(files.database());
    refuseForeign(files.keyVault());
    List<Path> created = new ArrayList<>();
    List<Path> all =
        zeroKnowledge
            ? List.of(files.database(), files.keyVault())
            : List.of(files.database(), files.keyVault(), files.masterKey());
    for (Path file : all) {
      for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
        Path p = file.resolveSibling(file.getFileName() + suffix);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          created.add(p);
        }
      }
    }
    try {
      return guard(
          () ->
              zeroKnowledge
                  ? ZeroKnowledge.sqlite(files.database(), files.keyVault(), iterations)
                  : Stores.sqlite(
                      files.database(),
                      files.keyVault(),
                      FileKeyProvider.at(files.masterKey()),
                      iterations));
    } catch (CliFailure e) {
      for (Path p : created) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      throw zeroKnowledge && e.getMessage().contains("wrapped by a master key")
          ? CliFailure.storage(
              "The master key file "
                  + files.masterKey()
                  + " is missing, and this database's journeys cannot be opened without it."
                  + " Put back the copy you keep of it. Nothing was changed.",
              e)
          : e;
    }
  }

  /** Refuses a non-empty file that does not start as every SQLite database does. */
  private static void refuseForeign(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] start = new byte[SQLITE_HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot read " + file + ": " + InWords.describe(e) + ". Nothing was changed.", e);
    }
    if (read > 0 && !Arrays.equals(start, SQLITE_HEADER)) {
      throw CliFailure.storage(
          file
              + " is not a Recovery database: it is not a SQLite database"
              + " file. Nothing was changed; name another file with --db.",
          null);
    }
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
      throw CliFailure.storage(
          "The journey kept changing while this ran ("
              + e.getMessage()
              + "); nothing was recorded. Try again.",
          e);
    }
  }

  /**
   * The journey to work on: the only one in the database, or the one {@code --journey} names by its
   * id or the id's first characters. A whole id is looked up alone, so how many journeys the
   * database holds does not matter; only a shortened id, or none, lists them.
   *
   * @throws CliFailure 1 if there is none, 2 if there are several and none was named
   */
  static JourneyId pick(EventStore store, Optional<String> wanted, DataFiles files, Hints hints) {
    Optional<JourneyId> whole = wanted.flatMap(Storage::wholeId);
    if (whole.isPresent() && guard(() -> store.version(whole.get())) > 0) {
      return whole.get();
    }
    List<JourneyId> all = guard(store::list);
    if (all.isEmpty()) {
      throw CliFailure.refused(
          "There is no journey in "
              + files.database()
              + " yet. Start one"
              + " with `"
              + hints.command("start --as NAME --partner NAME")
              + "`.");
    }
    if (wanted.isEmpty()) {
      if (all.size() > 1) {
        throw CliFailure.usage(
            "This database holds "
                + all.size()
                + " journeys; say which with"
                + " --journey ID: "
                + String.join(", ", all.stream().map(JourneyId::toString).toList())
                + ".");
      }
      return all.get(0);
    }
    String prefix = wanted.get().strip().toLowerCase(Locale.ROOT);
    List<JourneyId> matching =
        prefix.isEmpty()
            ? List.of()
            : all.stream().filter(j -> j.toString().startsWith(prefix)).toList();
    if (matching.size() != 1) {
      throw CliFailure.usage(
          (matching.isEmpty() ? "No journey" : "More than one journey")
              + " in "
              + files.database()
              + " has an id starting with '"
              + wanted.get()
              + "'; its journeys are "
              + String.join(", ", all.stream().map(JourneyId::toString).toList())
              + ".");
    }
    return matching.get(0);
  }

  private static Optional<JourneyId> wholeId(String text) {
    String id = text.strip();
    if (id.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(JourneyId.parse(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The event that started {@code journey}, read alone: who the partners are and the couple's zone,
   * all a command needs before the acting partner's key is unlocked.
   *
   * @throws CliFailure 3 if the journey has no start event
   */
  static JourneyStarted started(EventStore store, JourneyId journey) {
    return guard(() -> store.first(journey))
        .map(RecordedEvent::event)
        .filter(JourneyStarted.class::isInstance)
        .map(JourneyStarted.class::cast)
        .orElseThrow(() -> CliFailure.storage("Journey " + journey + " has no start event.", null));
  }

  /**
   * Every event of {@code journey}, oldest first; the first, which names the partners and the zone,
   * is the start.
   */
  static List<JourneyEvent> history(EventStore store, JourneyId journey) {
    List<JourneyEvent> events =
        guard(() -> store.read(journey)).stream().map(RecordedEvent::event).toList();
    if (events.isEmpty() || !(events.get(0) instanceof JourneyStarted)) {
      throw CliFailure.storage("Journey " + journey + " has no start event.", null);
    }
    return events;
  }
}
