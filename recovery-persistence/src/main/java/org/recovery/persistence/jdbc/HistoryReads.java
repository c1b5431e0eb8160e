package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a journey's events: from its snapshot ({@link Snapshots}) and the rows after it where a
 * usable one is stored, else from its rows alone, as before snapshots. A snapshot at version n is
 * used only if the key vault records a head at n or later and the snapshot's chain at n, extended
 * over the stored rows up to that head, is the recorded head: the same check a full read makes,
 * started from the snapshot's chain. Anything else — it does not open, its format is unknown, its
 * chain does not match, the head is missing or behind it, rows are missing — and it is ignored
 * (logged with the journey and the reason only) and the journey read in full, which refuses a cut
 * short journey exactly as before. After a read that decrypted {@link #every} events or more one by
 * one beyond the snapshot (or replaced an ignored one), a new snapshot is stored, outside any
 * append's transaction and only if the rows it was made from are still the stored ones.
 */
final class HistoryReads {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryReads.class);

  private final Database database;
  private final EventRows rows;
  private final Snapshots snapshots;
  private final JourneyHeads heads;
  private final KeyVault vault;
  private final Payloads payloads;
  private final Clock clock;
  private volatile int every = Snapshots.EVERY;

  /** {@code snapshots} is null where the events schema has no snapshots table (before V004). */
  HistoryReads(
      Database database,
      EventRows rows,
      Snapshots snapshots,
      JourneyHeads heads,
      KeyVault vault,
      Payloads payloads,
      Clock clock) {
    this.database = database;
    this.rows = rows;
    this.snapshots = snapshots;
    this.heads = heads;
    this.vault = vault;
    this.payloads = payloads;
    this.clock = clock;
  }

  /** Makes a snapshot after reads that decrypted at least {@code events} rows one by one. */
  void snapshotEvery(int events) {
    if (events < 1) {
      throw new IllegalArgumentException("snapshots need at least 1 event, was " + events);
    }
    every = events;
  }

  /** What one read transaction found: the snapshot, and the rows after {@code from}. */
  private record Loaded(
      Optional<Snapshots.Stored> snapshot,
      long from,
      long heldUpToFrom,
      List<EventRows.Row> rows) {}

  /** What a new snapshot was made from, to be found unchanged when it is stored. */
  private record Basis(long from, byte[] snapshot, List<EventRows.Row> rows) {}

  List<RecordedEvent> read(JourneyId journey, long after) {
    Optional<JourneyHead> recorded = heads.recorded(journey);
    Loaded loaded = StoreWork.reading(database, journey, c -> load(c, journey, after));
    if (loaded.from() == after) {
      return full(journey, after, recorded, loaded.rows(), false);
    }
    Optional<List<RecordedEvent>> used = fromSnapshot(journey, after, recorded, loaded);
    if (used.isPresent()) {
      return used.get();
    }
    List<EventRows.Row> all =
        StoreWork.reading(database, journey, c -> rows.after(c, journey, after));
    return full(journey, after, recorded, all, true);
  }

  private Loaded load(Connection c, JourneyId journey, long after) throws SQLException {
    Optional<Snapshots.Stored> snapshot =
        snapshots == null ? Optional.empty() : snapshots.find(c, journey, after);
    if (snapshot.isPresent() && snapshot.get().version() > after) {
      long n = snapshot.get().version();
      return new Loaded(snapshot, n, rows.countUpTo(c, journey, n), rows.after(c, journey, n));
    }
    return new Loaded(snapshot, after, -1, rows.after(c, journey, after));
  }

  private Optional<List<RecordedEvent>> fromSnapshot(
      JourneyId journey, long after, Optional<JourneyHead> recorded, Loaded loaded) {
    Snapshots.Stored stored = loaded.snapshot().orElseThrow();
    long n = stored.version();
    try {
      if (recorded.isEmpty()) {
        throw new Snapshots.Unusable("the key vault records no head for the journey");
      }
      if (recorded.get().version() < n) {
        throw new Snapshots.Unusable("it is ahead of the head the key vault recorded");
      }
      if (loaded.heldUpToFrom() != n) {
        throw new Snapshots.Unusable("the database does not hold every event up to it");
      }
      Optional<SecretKey> found = vault.find(journey);
      if (found.isEmpty()) {
        throw new Snapshots.Unusable("the journey has no data key");
      }
      SecretKey key = found.get();
      Snapshots.Content content = Snapshots.open(key, journey, stored);
      List<EventRows.Row> later = loaded.rows();
      long expected = n;
      for (EventRows.Row row : later) {
        if (row.version() != ++expected) {
          throw new Snapshots.Unusable("the events after it are not in sequence");
        }
      }
      int toHead = (int) (recorded.get().version() - n);
      if (later.size() < toHead) {
        throw new Snapshots.Unusable("the database holds fewer events than the key vault recorded");
      }
      List<byte[]> sealed = later.stream().map(EventRows.Row::sealed).toList();
      JourneyHead atHead = content.head().then(key, journey, sealed.subList(0, toHead));
      if (!atHead.sameAs(recorded.get())) {
        throw new Snapshots.Unusable("its chain does not lead to the head the key vault recorded");
      }
      List<RecordedEvent> events = new ArrayList<>();
      for (long v = after + 1; v <= n; v++) {
        byte[] envelope = content.envelopes().get((int) (v - 1));
        events.add(new RecordedEvent(journey, v, payloads.decode(journey, v, envelope)));
      }
      List<byte[]> envelopes = new ArrayList<>(content.envelopes());
      for (EventRows.Row row : later) {
        byte[] envelope = payloads.envelope(journey, key, row);
        envelopes.add(envelope);
        events.add(
            new RecordedEvent(
                journey, row.version(), payloads.decode(journey, row.version(), envelope)));
      }
      JourneyHead last = atHead.then(key, journey, sealed.subList(toHead, sealed.size()));
      if (last.version() > atHead.version()) {
        heads.advance(journey, last);
      }
      if (later.size() >= every) {
        write(journey, key, last, envelopes, new Basis(n, stored.sealed(), later));
      }
      return Optional.of(List.copyOf(events));
    } catch (Snapshots.Unusable e) {
      LOG.info(
          "journey {}: its snapshot at version {} is not used, and the journey is read in full: {}",
          journey,
          n,
          e.getMessage());
      return Optional.empty();
    }
  }

  private List<RecordedEvent> full(
      JourneyId journey,
      long after,
      Optional<JourneyHead> recorded,
      List<EventRows.Row> stored,
      boolean replace) {
    if (stored.isEmpty()) {
      heads.check(journey, recorded, null, after, stored);
      return List.of();
    }
    SecretKey key = vault.find(journey).orElseThrow(() -> keyDestroyed(journey));
    List<RecordedEvent> events = new ArrayList<>(stored.size());
    List<byte[]> envelopes = new ArrayList<>(stored.size());
    long expected = after;
    for (EventRows.Row row : stored) {
      if (row.version() != ++expected) {
        throw new StorageException(
            "journey "
                + journey
                + " has no event "
                + expected
                + " but has event "
                + row.version()
                + ": the store is damaged");
      }
      byte[] envelope = payloads.envelope(journey, key, row);
      envelopes.add(envelope);
      events.add(
          new RecordedEvent(
              journey, row.version(), payloads.decode(journey, row.version(), envelope)));
    }
    Optional<JourneyHead> head = heads.check(journey, recorded, key, after, stored);
    if (head.isPresent() && snapshots != null && (replace || stored.size() >= every)) {
      write(journey, key, head.get(), envelopes, new Basis(0, null, stored));
    }
    return List.copyOf(events);
  }

  /** Stores a snapshot at {@code head}; a failure is logged without content, nothing else. */
  private void write(
      JourneyId journey, SecretKey key, JourneyHead head, List<byte[]> envelopes, Basis basis) {
    try {
      Snapshots.Stored snapshot = Snapshots.seal(key, journey, head, envelopes);
      boolean written =
          database.inRelaxedTransaction(
              c -> {
                if (!snapshots.lockJourney(c, journey)
                    || !unchanged(c, journey, basis, head.version())) {
                  return false;
                }
                snapshots.put(c, journey, snapshot, clock.instant());
                return true;
              });
      LOG.debug(
          written
              ? "journey {}: snapshot stored at version {}"
              : "journey {}: no snapshot stored at version {}: its rows changed meanwhile",
          journey,
          head.version());
    } catch (SQLException | RuntimeException e) {
      LOG.info(
          "journey {}: could not store a snapshot at version {}; it is read in full meanwhile: {}",
          journey,
          head.version(),
          InWords.describe(e));
    }
  }

  /** Whether the snapshot and rows a new snapshot was made from are still the stored ones. */
  private boolean unchanged(Connection c, JourneyId journey, Basis basis, long upTo)
      throws SQLException {
    if (basis.from() > 0) {
      Optional<Snapshots.Stored> now = snapshots.find(c, journey);
      if (now.isEmpty() || !Arrays.equals(now.get().sealed(), basis.snapshot())) {
        return false;
      }
    }
    List<EventRows.Row> current =
        rows.after(c, journey, basis.from()).stream().filter(r -> r.version() <= upTo).toList();
    if (current.size() != basis.rows().size()) {
      return false;
    }
    for (int i = 0; i < current.size(); i++) {
      if (current.get(i).version() != basis.rows().get(i).version()
          || !Arrays.equals(current.get(i).sealed(), basis.rows().get(i).sealed())) {
        return false;
      }
    }
    return true;
  }

  static StorageException keyDestroyed(JourneyId journey) {
    return new StorageException(
        "journey "
            + journey
            + " has events but no data key: it was"
            + " deleted (its key destroyed), or this key vault belongs to another database");
  }
}
