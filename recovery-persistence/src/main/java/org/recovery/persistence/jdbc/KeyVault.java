package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.MasterKey;

/**
 * The journeys' data keys, each wrapped by the master key and kept apart from the events: in its
 * own SQLite file, or its own table (ideally its own database) in PostgreSQL. Destroying a row is
 * crypto-shredding: every copy of the journey's events, backups included, becomes unreadable once
 * no copy of the row is left.
 */
final class KeyVault {
  private final Database database;
  private final MasterKey master;
  private final Clock clock;
  private ZeroKnowledgeKeys zeroKnowledge;
  private Keyring keyring = new Keyring();
  private final HeadRecords heads;

  /** A vault whose data keys {@code master} wraps, or, if it is null, its partners' keys. */
  KeyVault(Database database, MasterKey master, Clock clock) {
    this.database = database;
    this.master = master;
    this.clock = clock;
    this.heads = new HeadRecords(database);
  }

  /**
   * The store's keyring: the data keys unwrapped here are held in it; in zero-knowledge mode, the
   * partner keys that wrap them are those held there too.
   */
  void unlockWith(Keyring keyring, Function<JourneyId, Set<PartnerId>> partners) {
    this.keyring = keyring;
    if (master == null) {
      zeroKnowledge = new ZeroKnowledgeKeys(database, keyring, clock, partners);
    }
  }

  /**
   * In zero-knowledge mode, wraps the journey's data key for each partner unlocked here who has no
   * wrapping yet, if an unlocked partner opens it. Does nothing with a master key.
   */
  void share(JourneyId journey) {
    if (zeroKnowledge != null) {
      zeroKnowledge.share(journey);
    }
  }

  /** The journey's data key if it has one and this store can open it now; never refuses. */
  Optional<SecretKey> reachable(JourneyId journey) {
    if (zeroKnowledge == null) {
      return find(journey);
    }
    Optional<SecretKey> cached = keyring.dataKey(journey);
    if (cached.isPresent()) {
      return cached;
    }
    long forgotten = keyring.forgotten();
    Optional<Wrapped> row = row(journey);
    Optional<SecretKey> key = row.isPresent() ? zeroKnowledge.open(journey) : Optional.empty();
    key.ifPresent(k -> keyring.holdDataKey(journey, k, row.get().stamp(), forgotten));
    return key;
  }

  private Optional<Wrapped> row(JourneyId journey) {
    return query(
            "SELECT master_key, wrapped_key, created_at FROM data_keys WHERE journey_id = ?",
            journey,
            row -> new Wrapped(row.getString(1), row.getBytes(2), stamp(row, 2, 3)))
        .stream()
        .findFirst();
  }

  /**
   * What tells one data key row of a journey from a later one of the same id: its creation time and
   * its wrapped key (fresh random bytes, under a master key).
   */
  private static String stamp(ResultSet row, int wrapped, int created) throws SQLException {
    byte[] bytes = row.getBytes(wrapped);
    return row.getString(created)
        + "/"
        + HexFormat.of().formatHex(bytes == null ? new byte[0] : bytes);
  }

  /**
   * Applies pending migrations and checks that the master key is the one that wrapped the keys. One
   * row is checked, whatever the number of journeys: every row of a vault is under the same master
   * key (or none), since rotation re-wraps them all in one transaction and a store refuses a vault
   * of the other mode. A row under another key, should one be there, is refused when its journey is
   * read.
   */
  void open(int targetSchema) {
    new Migrations(database, "keys", clock).migrate(targetSchema);
    Optional<String> fingerprint =
        query("SELECT master_key FROM data_keys LIMIT 1", null, row -> row.getString(1)).stream()
            .findFirst();
    if (fingerprint.isEmpty()) {
      return;
    }
    boolean zeroKnowledgeRow = fingerprint.get().equals(ZeroKnowledgeKeys.LABEL);
    if (master == null) {
      if (!zeroKnowledgeRow) {
        throw new StorageException(
            "this key vault's data keys are wrapped by a master key, so it"
                + " cannot be opened in zero-knowledge mode; open it with its master key");
      }
      return;
    }
    if (zeroKnowledgeRow) {
      throw new StorageException(
          "this key vault is in zero-knowledge mode: no master key opens"
              + " it; open it in zero-knowledge mode");
    }
    if (!fingerprint.get().equals(master.fingerprint())) {
      throw new StorageException(
          "wrong master key: the key vault's data keys were wrapped by "
              + "master key "
              + fingerprint.get()
              + ", but the key provider gave "
              + master.fingerprint());
    }
  }

  /**
   * The journey's data key, if it has one: held in the keyring once unwrapped, so the vault is read
   * only the first time.
   *
   * @throws StorageException in zero-knowledge mode, if it has one but no partner of it is unlocked
   *     here
   */
  Optional<SecretKey> find(JourneyId journey) {
    Optional<SecretKey> cached = keyring.dataKey(journey);
    if (cached.isPresent()) {
      return cached;
    }
    long forgotten = keyring.forgotten();
    Optional<Wrapped> row = row(journey);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    SecretKey key =
        zeroKnowledge != null ? zeroKnowledge.require(journey) : unwrap(journey, row.get());
    keyring.holdDataKey(journey, key, row.get().stamp(), forgotten);
    return Optional.of(key);
  }

  /**
   * The journey's data key, made and stored first if it has none. The vault is always read: the
   * journey may have been deleted (and its key destroyed) by another store since it was held here.
   */
  SecretKey findOrCreate(JourneyId journey) {
    keyring.forgetDataKey(journey);
    Optional<SecretKey> existing = find(journey);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (zeroKnowledge != null) {
      zeroKnowledge.create(journey);
      return find(journey)
          .orElseThrow(
              () ->
                  new StorageException(
                      "the data key of journey " + journey + " vanished as it was created"));
    }
    SecretKey fresh = MasterKey.newDataKey();
    try {
      database.inTransaction(
          connection -> {
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO data_keys (journey_id, master_key, wrapped_key, created_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (journey_id) DO NOTHING")) {
              database.dialect().bindUuid(insert, 1, journey.value());
              insert.setString(2, master.fingerprint());
              insert.setBytes(3, master.wrap(fresh, journey));
              database.dialect().bindInstant(insert, 4, clock.instant());
              return insert.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot store a data key for journey " + journey + ": " + InWords.describe(e), e);
    }
    // Another writer may have stored its key first: everyone uses the stored one.
    return find(journey)
        .orElseThrow(
            () ->
                new StorageException(
                    "the data key of journey " + journey + " vanished as it was created"));
  }

  /**
   * The journey's head as last recorded, if one was. The same lookup confirms the data key held for
   * the journey, if any, is still the one in the vault (see {@link Keyring#confirmDataKey}).
   */
  Optional<JourneyHead> head(JourneyId journey) {
    List<Object[]> rows =
        query(
            "SELECT head_version, head_chain, wrapped_key, created_at FROM data_keys"
                + " WHERE journey_id = ?",
            journey,
            row -> {
              long version = row.getLong(1);
              JourneyHead head = row.wasNull() ? null : new JourneyHead(version, row.getBytes(2));
              return new Object[] {head, stamp(row, 3, 4)};
            });
    keyring.confirmDataKey(journey, rows.stream().findFirst().map(r -> (String) r[1]));
    return rows.stream().findFirst().map(r -> (JourneyHead) r[0]);
  }

  /**
   * Destroys the journey's data key.
   *
   * @return whether it had one
   */
  boolean destroy(JourneyId journey) {
    try {
      int deleted =
          database.inTransaction(
              connection -> {
                try (PreparedStatement wraps =
                        connection.prepareStatement(
                            "DELETE FROM partner_wraps WHERE journey_id = ?");
                    PreparedStatement partners =
                        connection.prepareStatement(
                            "DELETE FROM partner_keys WHERE journey_id = ?");
                    PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM data_keys WHERE journey_id = ?")) {
                  database.dialect().bindUuid(wraps, 1, journey.value());
                  wraps.executeUpdate();
                  database.dialect().bindUuid(partners, 1, journey.value());
                  partners.executeUpdate();
                  database.dialect().bindUuid(delete, 1, journey.value());
                  return delete.executeUpdate();
                }
              });
      if (database instanceof SqliteDatabase sqlite) {
        sqlite.checkpoint();
      }
      return deleted > 0;
    } catch (SQLException e) {
      throw new StorageException(
          "cannot destroy the data key of journey " + journey + ": " + InWords.describe(e), e);
    }
  }

  private SecretKey unwrap(JourneyId journey, Wrapped wrapped) {
    if (!wrapped.masterKey().equals(master.fingerprint())) {
      throw new StorageException(
          "wrong master key for journey "
              + journey
              + ": its data key was "
              + "wrapped by master key "
              + wrapped.masterKey()
              + ", but the key provider gave "
              + master.fingerprint());
    }
    try {
      return master.unwrap(wrapped.key(), journey);
    } catch (Aead.AuthenticationFailed e) {
      throw new StorageException(
          "the data key of journey "
              + journey
              + " does not authenticate: the key row was altered or moved from another journey");
    }
  }

  private <T> List<T> query(String sql, JourneyId journey, Row<T> mapper) {
    try {
      return database.lookup(connection -> select(connection, sql, journey, mapper));
    } catch (SQLException e) {
      throw new StorageException(
          "cannot read the key vault"
              + (journey == null ? "" : " for journey " + journey)
              + ": "
              + InWords.describe(e),
          e);
    }
  }

  private <T> List<T> select(Connection connection, String sql, JourneyId journey, Row<T> mapper)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (journey != null) {
        database.dialect().bindUuid(query, 1, journey.value());
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows.add(mapper.map(row));
        }
      }
      return rows;
    }
  }

  void close() {
    database.close();
  }

  /** Where the journeys' heads are recorded, beside their keys. */
  HeadRecords heads() {
    return heads;
  }

  /** The vault's database, for the partner keys kept beside the data keys. */
  Database database() {
    return database;
  }

  private record Wrapped(String masterKey, byte[] key, String stamp) {}

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }
}
