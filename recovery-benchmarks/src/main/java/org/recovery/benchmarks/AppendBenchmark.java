package org.recovery.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;

/**
 * Issue 17's P2 row. One event appended to the encrypted SQLite store ({@code append}), and one
 * command decided and stored through {@link Journeys} ({@code command}: a journal entry, the
 * journey held in memory), into a journey that already holds {@code events} events, written by a
 * few commands of thousands of events each (as {@code demo} and {@code import} write them), with
 * the events schema at {@code schema}: {@code 2} is the command index without the version (the
 * idempotency check walks the journey), {@code latest} the one with it. {@code rawInsert} is the
 * floor in the same run: the same number of bytes inserted in one transaction into a bare table of
 * the same shape, same pragmas, holding as many rows as the journey. Report {@code append} and
 * {@code command} as ratios to {@code rawInsert}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AppendBenchmark {
  /** The events schema the store is migrated to: {@code 2} or {@code latest}. */
  @Param({"latest"})
  public String schema;

  /** How many events the journey holds before the measured appends. */
  @Param({"1000", "100000"})
  public int events;

  /** How many events one append of the set-up writes. */
  int batchSize = 5_000;

  private static final Instant AT = Instant.parse("2025-03-03T18:30:00Z");
  private final Partner samAsPartner = Partner.named("Sam");
  private final PartnerId sam = samAsPartner.id();
  private JourneyId journey;
  private Path folder;
  private JdbcEventStore store;
  private Journeys journeys;
  private Connection raw;
  private PreparedStatement rawInsert;
  private long version;
  private int rawBytes;
  private long rawVersion;

  /** Opens the store and the bare table, and writes the journey's first events. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    int target =
        switch (schema) {
          case "2" -> 2;
          case "latest" -> Integer.MAX_VALUE;
          default ->
              throw new IllegalArgumentException("schema must be 2 or latest, was " + schema);
        };
    folder = Files.createTempDirectory("recovery-append-bench");
    store =
        JdbcEventStore.sqlite(
            folder.resolve("bench.db"),
            folder.resolve("bench.db.keys"),
            MasterKey.of(MasterKey.randomMaterial()),
            Clock.fixed(AT, ZoneOffset.UTC),
            target,
            1_000);
    journeys = Journeys.using(store, Clock.fixed(AT, ZoneOffset.UTC));
    journey =
        journeys.start(
            samAsPartner, Partner.named("Alex"), ZoneId.of("Europe/London"), Settings.DEFAULTS);
    version = store.version(journey);
    while (version < events) {
      List<JourneyEvent> batch = new ArrayList<>(batchSize);
      for (int i = 0; i < batchSize && version + i < events; i++) {
        batch.add(entry());
      }
      // One command per batch: the same command again would be taken for a retry of the first.
      version = store.append(journey, version, batch, CommandId.random());
    }
    command(); // reads the journey into the journeys' memory
    raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("raw.db"));
    try (Statement s = raw.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = FULL");
      s.execute(
          "CREATE TABLE events (journey_id TEXT NOT NULL, version INTEGER NOT NULL,"
              + " command_id TEXT NOT NULL, recorded_at TEXT NOT NULL, payload BLOB NOT NULL,"
              + " UNIQUE (journey_id, version))");
    }
    raw.setAutoCommit(false);
    rawInsert = raw.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?)");
    rawBytes = 200; // about one sealed journal entry: JSON, nonce, tag and header
    // The floor's table holds as many rows as the journey, so both inserts go into trees as deep.
    while (rawVersion < version) {
      insertRaw();
    }
    raw.commit();
  }

  private JournalEntryWritten entry() {
    return new JournalEntryWritten(LocalDate.of(2025, 3, 3), "A quiet evening.", sam, AT);
  }

  /** One event through the store: idempotency check, version check, encrypt, durable commit. */
  @Benchmark
  public long append() {
    version = store.append(journey, version, List.of(entry()), CommandId.random());
    return version;
  }

  /**
   * One command through {@link Journeys}: the journey's version checked, the entry decided and then
   * appended as {@link #append} does.
   */
  @Benchmark
  public Decision command() {
    Decision decision =
        journeys.execute(
            journey, sam, new WriteJournalEntry(LocalDate.of(2025, 3, 3), "A quiet evening."));
    version += decision.events().size(); // for append() after it, without asking the store
    return decision;
  }

  /** The floor: one row of the same size inserted and committed, nothing checked or sealed. */
  @Benchmark
  public int rawInsert() throws SQLException {
    int rows = insertRaw();
    raw.commit();
    return rows;
  }

  private int insertRaw() throws SQLException {
    rawInsert.setString(1, journey.value().toString());
    rawInsert.setLong(2, ++rawVersion);
    rawInsert.setString(3, UUID.randomUUID().toString());
    rawInsert.setString(4, AT.toString());
    rawInsert.setBytes(5, new byte[rawBytes]);
    return rawInsert.executeUpdate();
  }

  /** The folder of both databases' files. */
  Path folder() {
    return folder;
  }

  /** Closes both databases and deletes their files. */
  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    if (rawInsert != null) {
      rawInsert.close();
      raw.close();
    }
    if (store != null) {
      store.close();
    }
    Folders.delete(folder);
  }
}
