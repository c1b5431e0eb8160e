package org.recovery.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.MasterKey;

/** A SQLite database and key vault in one folder, and what tests do to their snapshot rows. */
final class SnapshotFiles {
  final Path database;
  final Path vault;
  final MasterKey master;

  SnapshotFiles(Path directory) {
    this(directory, MasterKey.of(MasterKey.randomMaterial()));
  }

  SnapshotFiles(Path directory, MasterKey master) {
    this.database = directory.resolve("r.db");
    this.vault = directory.resolve("r.db.keys");
    this.master = master;
  }

  /** A store that makes a snapshot after reads that decrypted {@code every} rows one by one. */
  JdbcEventStore open(int every) {
    return JdbcEventStore.sqlite(
            database, vault, master, Clock.systemUTC(), Migrations.LATEST, 1_000)
        .snapshotEvery(every);
  }

  /** The journey's snapshot row, as stored. */
  Optional<Snapshots.Stored> snapshot(JourneyId journey) throws SQLException {
    try (SqliteDatabase events = SqliteDatabase.open(database)) {
      return events.reading(c -> new Snapshots(Dialect.SQLITE).find(c, journey));
    }
  }

  /** Runs one statement on the database, binding {@code parameters} as they come. */
  int sql(String sql, Object... parameters) throws SQLException {
    try (SqliteDatabase events = SqliteDatabase.open(database)) {
      return events.inTransaction(
          c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
              for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
              }
              return statement.executeUpdate();
            }
          });
    }
  }

  /** Stores {@code snapshot} as the journey's, as a store would. */
  void put(JourneyId journey, Snapshots.Stored snapshot) throws SQLException {
    try (SqliteDatabase events = SqliteDatabase.open(database)) {
      events.inTransaction(
          c -> {
            new Snapshots(Dialect.SQLITE).put(c, journey, snapshot, java.time.Instant.now());
            return null;
          });
    }
  }

  /** The journey's snapshot, opened with its data key. */
  Snapshots.Content content(JourneyId journey) throws Exception {
    return Snapshots.open(dataKey(journey), journey, snapshot(journey).orElseThrow());
  }

  /** The envelopes the journey's snapshot holds, as text. */
  List<String> snapshotEnvelopes(JourneyId journey) throws Exception {
    return content(journey).envelopes().stream()
        .map(e -> new String(e, StandardCharsets.UTF_8))
        .toList();
  }

  /** The envelopes the journey's rows hold, as text. */
  List<String> rowEnvelopes(JourneyId journey) throws SQLException {
    return SealedFiles.decryptedEnvelopes(database, vault, master, journey);
  }

  /** Runs one statement on the key vault, binding {@code parameters} as they come. */
  int vaultSql(String sql, Object... parameters) throws SQLException {
    try (SqliteDatabase keys = SqliteDatabase.open(vault)) {
      return keys.inTransaction(
          c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
              for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
              }
              return statement.executeUpdate();
            }
          });
    }
  }

  /** The journey's data key, as whoever holds the vault and the master key gets it. */
  SecretKey dataKey(JourneyId journey) throws SQLException {
    try (SqliteDatabase keys = SqliteDatabase.open(vault)) {
      return new KeyVault(keys, master, Clock.systemUTC()).find(journey).orElseThrow();
    }
  }

  /**
   * Every snapshot row of the database that opens under its journey's data key, as text: what
   * anyone holding the database, the vault and the master key reads from the snapshots.
   */
  List<String> openedSnapshots() throws SQLException {
    List<String> out = new ArrayList<>();
    List<Object[]> stored;
    try (SqliteDatabase events = SqliteDatabase.open(database)) {
      stored =
          events.reading(
              c -> {
                List<Object[]> rows = new ArrayList<>();
                try (var q =
                        c.prepareStatement("SELECT journey_id, version, sealed FROM snapshots");
                    var r = q.executeQuery()) {
                  while (r.next()) {
                    rows.add(new Object[] {r.getString(1), r.getLong(2), r.getBytes(3)});
                  }
                }
                return rows;
              });
    }
    for (Object[] row : stored) {
      JourneyId journey = new JourneyId(java.util.UUID.fromString((String) row[0]));
      // Opened by hand, as docs/persistence.md describes the form: segments ‖ id ‖ segments ×
      // (length ‖ sealed segment), each bound to the journey, version, id, index and count.
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap((byte[]) row[2]);
      int segments = in.getInt();
      byte[] id = new byte[16];
      in.get(id);
      StringBuilder plain = new StringBuilder();
      try {
        for (int i = 0; i < segments; i++) {
          byte[] segment = new byte[in.getInt()];
          in.get(segment);
          String bound =
              "recovery:snapshot:v2:"
                  + journey
                  + ":"
                  + row[1]
                  + ":"
                  + java.util.HexFormat.of().formatHex(id)
                  + ":"
                  + i
                  + "/"
                  + segments;
          plain.append(
              new String(
                  Aead.open(dataKey(journey), segment, bound.getBytes(StandardCharsets.US_ASCII)),
                  StandardCharsets.ISO_8859_1));
        }
        out.add(
            new String(
                plain.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      } catch (Aead.AuthenticationFailed e) {
        // not openable with this journey's key: nothing to read
      }
    }
    return out;
  }
}
