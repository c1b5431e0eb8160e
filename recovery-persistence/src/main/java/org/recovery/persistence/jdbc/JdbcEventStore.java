package org.recovery.persistence.jdbc;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.codec.EventCodec;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store over JDBC, for SQLite and PostgreSQL alike. Each event is stored as a sealed
 * envelope: versioned JSON, encrypted under the journey's data key, bound to its journey and
 * version. {@code UNIQUE(journey_id, version)} settles races between writers; the loser gets a
 * {@link ConcurrencyConflict}, or the earlier result if it was a retry of the same command. Each
 * journey's head is kept in the key vault ({@link JourneyHeads}), so a journey cut short in the
 * database is refused. A null master key opens the store in zero-knowledge mode: the data keys are
 * wrapped by the partners' keys unlocked in this store, and by nothing else. A journey's history
 * snapshot ({@link Snapshots}, used by {@link HistoryReads}) lets a read decrypt only the rows
 * after it; it is an optimisation only.
 */
public final class JdbcEventStore implements EventStore, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);

  /** The events schema that brought the snapshots table. */
  private static final int SNAPSHOTS_SCHEMA = 4;

  private static final int DEFAULT_ITERATIONS =
      org.recovery.persistence.passphrase.PassphraseHash.DEFAULT_ITERATIONS;

  private final Database database;
  private final KeyVault vault;
  private final EventRows rows;
  private final JourneyHeads heads;
  private final Keyring keyring = new Keyring();
  private final Payloads payloads;
  private final PartnerKeyService partnerKeys;
  private final Snapshots snapshots;
  private final HistoryReads reads;
  private final EventAppends appends;
  private final Clock clock;

  /** {@code withSnapshots} is false where the events schema is older than V004. */
  private JdbcEventStore(
      Database database, KeyVault vault, Clock clock, int iterations, boolean withSnapshots) {
    this.database = database;
    this.vault = vault;
    this.rows = new EventRows(database.dialect());
    this.heads = new JourneyHeads(vault, rows);
    this.clock = clock;
    vault.unlockWith(keyring, this::partnersOf);
    EventCodec codec = EventCodec.standard();
    PartnerKeyRows partnerRows = new PartnerKeyRows(vault.database());
    this.payloads = new Payloads(codec, partnerRows, keyring);
    this.snapshots = withSnapshots ? new Snapshots(database.dialect()) : null;
    this.reads = new HistoryReads(database, rows, snapshots, heads, vault, payloads, clock);
    this.appends = new EventAppends(database, rows, heads, vault, payloads, clock);
    this.partnerKeys =
        new PartnerKeyService(
            partnerRows,
            keyring,
            new EntrySealing(database, rows, vault, codec, partnerRows, snapshots),
            vault::share,
            clock,
            iterations);
  }

  /**
   * Each partner's own key: unlocking, changing its passphrase, recovering and destroying it. Keys
   * unlocked there are used by this store's reads and writes.
   */
  public PartnerKeyService partnerKeys() {
    return partnerKeys;
  }

  /**
   * Opens (creating and migrating as needed) a SQLite store: events in {@code database}, data keys
   * in {@code keyVault}.
   *
   * @throws StorageException if a file cannot be opened, a schema is newer than this release, or
   *     the master key is not the one the vault's keys were wrapped with
   */
  public static JdbcEventStore sqlite(Path database, Path keyVault, MasterKey master, Clock clock) {
    return sqlite(database, keyVault, master, clock, Migrations.LATEST, DEFAULT_ITERATIONS);
  }

  /**
   * Opens a SQLite store as {@link #sqlite(Path, Path, MasterKey, Clock)} does, migrating the
   * events up to {@code eventsSchema} ({@link Integer#MAX_VALUE} for all), with partner keys
   * wrapped from now on with {@code iterations} of PBKDF2.
   */
  public static JdbcEventStore sqlite(
      Path database,
      Path keyVault,
      MasterKey master,
      Clock clock,
      int eventsSchema,
      int iterations) {
    SqliteDatabase events = null;
    SqliteDatabase keys = null;
    try {
      events = SqliteDatabase.open(database);
      keys = SqliteDatabase.open(keyVault);
      JdbcEventStore store =
          open(events, new KeyVault(keys, master, clock), clock, eventsSchema, iterations);
      LOG.info("opened SQLite event store {} with key vault {}", database, keyVault);
      return store;
    } catch (SQLException | RuntimeException e) {
      Database.closeQuietly(events, e);
      Database.closeQuietly(keys, e);
      throw new StorageException(
          "cannot open the database "
              + database
              + ": "
              + (e instanceof StorageException ? e.getMessage() : InWords.describe(e)),
          e);
    }
  }

  /**
   * Opens (migrating as needed) a PostgreSQL store: events through {@code events}, data keys
   * through {@code keys}, which may be the same pool.
   *
   * @param onClose run once when the store closes, to release pools the store owns
   * @throws StorageException if the database cannot be reached, a schema is newer than this
   *     release, or the master key is not the one the vault's keys were wrapped with
   */
  public static JdbcEventStore postgres(
      DataSource events, DataSource keys, MasterKey master, Clock clock, Runnable onClose) {
    return postgres(events, keys, master, clock, onClose, Migrations.LATEST, DEFAULT_ITERATIONS);
  }

  /**
   * Opens a PostgreSQL store as {@link #postgres(DataSource, DataSource, MasterKey, Clock,
   * Runnable)} does, migrating the events up to {@code eventsSchema}, with partner keys wrapped
   * from now on with {@code iterations} of PBKDF2.
   */
  public static JdbcEventStore postgres(
      DataSource events,
      DataSource keys,
      MasterKey master,
      Clock clock,
      Runnable onClose,
      int eventsSchema,
      int iterations) {
    try {
      return open(
          new PooledDatabase(events, onClose),
          new KeyVault(new PooledDatabase(keys, () -> {}), master, clock),
          clock,
          eventsSchema,
          iterations);
    } catch (RuntimeException e) {
      onClose.run();
      throw e;
    }
  }

  private static JdbcEventStore open(
      Database events, KeyVault vault, Clock clock, int eventsSchema, int iterations) {
    vault.open(Migrations.LATEST);
    int schema = new Migrations(events, "events", clock).migrate(eventsSchema);
    return new JdbcEventStore(events, vault, clock, iterations, schema >= SNAPSHOTS_SCHEMA);
  }

  /**
   * Makes this store write a journey's snapshot after a read that decrypted at least {@code events}
   * rows one by one ({@value Snapshots#EVERY} unless told), so tests can make snapshots of short
   * journeys. @return this store
   */
  JdbcEventStore snapshotEvery(int events) {
    reads.snapshotEvery(events);
    return this;
  }

  @Override
  public long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    return Aead.batch(() -> appends.write(journey, expectedVersion, events, command)).version();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Events appended by this call are given back from the envelopes just written, as a read opens
   * them, without reading their rows again.
   */
  @Override
  public List<RecordedEvent> appendAndRead(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    return Aead.batch(
        () -> {
          EventAppends.Written written = appends.write(journey, expectedVersion, events, command);
          if (written.envelopes().isEmpty()) {
            return readCommand(journey, command);
          }
          List<RecordedEvent> stored = new ArrayList<>(written.envelopes().size());
          for (byte[] envelope : written.envelopes()) {
            long version = expectedVersion + 1 + stored.size();
            stored.add(
                new RecordedEvent(journey, version, payloads.decode(journey, version, envelope)));
          }
          return stored;
        });
  }

  /**
   * The two partners the journey's first event names, or none before it has started or while its
   * data key is out of reach: in zero-knowledge mode only they are ever wrapped in.
   */
  private Set<PartnerId> partnersOf(JourneyId journey) {
    Optional<EventRows.Row> first =
        StoreWork.lookup(database, journey, c -> rows.at(c, journey, 1));
    Optional<SecretKey> key = vault.reachable(journey);
    if (first.isEmpty() || key.isEmpty()) {
      return Set.of();
    }
    return payloads.open(journey, key.get(), first.get()) instanceof JourneyStarted started
        ? Set.of(started.firstPartner(), started.secondPartner())
        : Set.of();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Where the journey has a usable snapshot, only the rows after it are decrypted one by one
   * (see {@link HistoryReads}); the events are the same either way. The read is one {@link
   * Aead#batch}: the data key and each partner's key are set up once, not per event.
   */
  @Override
  public List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    Objects.requireNonNull(journey, "journey must not be null");
    return Aead.batch(() -> reads.read(journey, Math.max(0, afterVersion)));
  }

  /** One seek on the journey's {@code (journey_id, version)} index and one event decrypted. */
  @Override
  public Optional<RecordedEvent> first(JourneyId journey) {
    Objects.requireNonNull(journey, "journey must not be null");
    Optional<EventRows.Row> row = StoreWork.lookup(database, journey, c -> rows.at(c, journey, 1));
    if (row.isEmpty()) {
      return Optional.empty();
    }
    SecretKey key = vault.find(journey).orElseThrow(() -> HistoryReads.keyDestroyed(journey));
    return Optional.of(new RecordedEvent(journey, 1, payloads.open(journey, key, row.get())));
  }

  /** One seek on the journey's {@code (journey_id, version)} index; nothing is decrypted. */
  @Override
  public long version(JourneyId journey) {
    Objects.requireNonNull(journey, "journey must not be null");
    return StoreWork.lookup(database, journey, c -> rows.version(c, journey));
  }

  @Override
  public List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    Objects.requireNonNull(command, "command must not be null");
    return StoreWork.lookup(database, journey, c -> rows.versionsOf(c, journey, command))
        .map(v -> read(journey, v[0] - 1).stream().filter(e -> e.version() <= v[1]).toList())
        .orElse(List.of());
  }

  @Override
  public List<JourneyId> list() {
    return StoreWork.lookup(database, null, rows::journeys);
  }

  @Override
  public boolean delete(JourneyId journey) {
    Objects.requireNonNull(journey, "journey must not be null");
    // The key goes first: should the process die in between, the rows left are unreadable.
    keyring.forget(journey);
    boolean hadKey = vault.destroy(journey);
    boolean hadRows =
        StoreWork.writing(
            database,
            journey,
            c -> {
              if (snapshots != null) {
                snapshots.delete(c, journey);
              }
              return rows.delete(c, journey);
            });
    keyring.forgetDataKey(journey); // a read meanwhile may have held it again
    LOG.debug("deleted journey {} (data key destroyed: {})", journey, hadKey);
    return hadKey || hadRows;
  }

  /** Closes the connections this store owns. */
  @Override
  public void close() {
    keyring.forgetAll();
    try {
      vault.close();
    } finally {
      database.close();
    }
  }
}
