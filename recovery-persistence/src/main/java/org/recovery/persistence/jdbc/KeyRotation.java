package org.recovery.persistence.jdbc;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.MasterKey;

/** Re-wraps the data keys of a key vault under a new master key. */
public final class KeyRotation {
  private KeyRotation() {}

  /**
   * Re-wraps every data key in the SQLite key vault {@code keyVault} from master key {@code from}
   * to {@code to}. No store may have the vault open meanwhile.
   *
   * @return how many data keys were re-wrapped
   */
  public static int sqlite(Path keyVault, MasterKey from, MasterKey to) {
    try (SqliteDatabase vault = SqliteDatabase.open(keyVault)) {
      new Migrations(vault, "keys", Clock.systemUTC()).migrate(Migrations.LATEST);
      return rotate(vault, from, to);
    } catch (SQLException e) {
      throw new StorageException(
          "cannot open key vault " + keyVault + ": " + InWords.describe(e), e);
    }
  }

  /**
   * Re-wraps every data key in the PostgreSQL key vault reached through {@code keyVault}.
   *
   * @return how many data keys were re-wrapped
   */
  public static int postgres(DataSource keyVault, MasterKey from, MasterKey to) {
    PooledDatabase vault = new PooledDatabase(keyVault, () -> {});
    new Migrations(vault, "keys", Clock.systemUTC()).migrate(Migrations.LATEST);
    return rotate(vault, from, to);
  }

  /**
   * Re-wraps every data key from master key {@code from} to {@code to}, in one transaction. Keys
   * already under {@code to} are left alone, so an interrupted rotation can simply be run again.
   *
   * @return how many keys were re-wrapped
   * @throws StorageException if a key is under a third master key, or does not open
   */
  static int rotate(Database database, MasterKey from, MasterKey to) {
    try {
      int rotated =
          database.inTransaction(
              connection -> {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement q =
                        connection.prepareStatement(
                            "SELECT journey_id, master_key, wrapped_key FROM data_keys");
                    ResultSet row = q.executeQuery()) {
                  while (row.next()) {
                    rows.add(
                        new Object[] {
                          database.dialect().uuid(row, 1), row.getString(2), row.getBytes(3)
                        });
                  }
                }
                int count = 0;
                for (Object[] row : rows) {
                  JourneyId journey = new JourneyId((java.util.UUID) row[0]);
                  if (to.fingerprint().equals(row[1])) {
                    continue;
                  }
                  if (!from.fingerprint().equals(row[1])) {
                    throw new StorageException(
                        "the data key of journey "
                            + journey
                            + " is wrapped by"
                            + " master key "
                            + row[1]
                            + ", neither "
                            + from.fingerprint()
                            + " nor "
                            + to.fingerprint());
                  }
                  SecretKey key;
                  try {
                    key = from.unwrap((byte[]) row[2], journey);
                  } catch (Aead.AuthenticationFailed e) {
                    throw new StorageException(
                        "the data key of journey "
                            + journey
                            + " does not authenticate under master key "
                            + from.fingerprint());
                  }
                  try (PreparedStatement update =
                      connection.prepareStatement(
                          "UPDATE data_keys SET master_key = ?, wrapped_key = ? WHERE journey_id = ?")) {
                    update.setString(1, to.fingerprint());
                    update.setBytes(2, to.wrap(key, journey));
                    database.dialect().bindUuid(update, 3, journey.value());
                    update.executeUpdate();
                  }
                  count++;
                }
                return count;
              });
      if (database instanceof SqliteDatabase sqlite) {
        sqlite.checkpoint();
      }
      return rotated;
    } catch (SQLException e) {
      throw new StorageException("cannot rotate the master key: " + InWords.describe(e), e);
    }
  }
}
