package org.recovery.persistence.jdbc;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
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
      return KeyVault.rotate(vault, from, to);
    } catch (SQLException e) {
      throw new StorageException("cannot open key vault " + keyVault + ": "
          + InWords.describe(e), e);
    }
  }

  /**
   * Re-wraps every data key in the PostgreSQL key vault reached through {@code keyVault}.
   *
   * @return how many data keys were re-wrapped
   */
  public static int postgres(DataSource keyVault, MasterKey from, MasterKey to) {
    PooledDatabase vault = new PooledDatabase(keyVault, () -> { });
    new Migrations(vault, "keys", Clock.systemUTC()).migrate(Migrations.LATEST);
    return KeyVault.rotate(vault, from, to);
  }
}
