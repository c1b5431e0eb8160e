package org.recovery.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.jdbc.JdbcEventStore;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * Opens event stores in zero-knowledge mode: no master key exists, at rest or in memory. Each
 * journey's data key is kept only wrapped by its partners' own keys, so a journey can be read or
 * written only while at least one of its partners has {@linkplain SealingEventStore#unlock
 * unlocked} their key in this store, and nothing in the files — database, key vault, or any
 * configuration — opens it. See {@code docs/persistence.md}, <em>Zero-knowledge mode</em>.
 *
 * <ul>
 *   <li>A journey is started by unlocking its first partner (their key is made then, with a
 *       recovery code) and then appending its first event.
 *   <li>The second partner's key wraps the data key at their first unlock while the first partner
 *       is unlocked in the same store, or at the first partner's next unlock.
 *   <li>Reading or appending a journey none of whose partners is unlocked here fails with a {@link
 *       StorageException} that names the journey and nothing of its content.
 *   <li>Deleting a journey destroys its wrapped keys, as in the master-key mode.
 * </ul>
 *
 * <p>A vault made in one mode does not open in the other.
 */
public final class ZeroKnowledge {
  private ZeroKnowledge() {}

  /**
   * Opens the SQLite store in {@code database}, its key vault beside it in {@code database +
   * ".keys"}, in zero-knowledge mode.
   *
   * @throws StorageException if the files cannot be opened, are newer than this release, or the
   *     vault's keys are wrapped by a master key
   */
  public static SealingEventStore sqlite(Path database) {
    Objects.requireNonNull(database, "database must not be null");
    return sqlite(
        database,
        database.resolveSibling(database.getFileName() + Stores.KEY_VAULT_SUFFIX),
        PassphraseHash.DEFAULT_ITERATIONS);
  }

  /**
   * Opens the SQLite store in {@code database} with its key vault in {@code keyVault}, in
   * zero-knowledge mode, wrapping partner keys made or changed from now on with {@code
   * passphraseIterations} of PBKDF2 (lower it only in tests).
   *
   * @throws IllegalArgumentException if the iterations are outside 1..{@value
   *     PassphraseHash#MAX_ITERATIONS}
   * @throws StorageException as {@link #sqlite(Path)}
   */
  public static SealingEventStore sqlite(Path database, Path keyVault, int passphraseIterations) {
    Objects.requireNonNull(database, "database must not be null");
    Objects.requireNonNull(keyVault, "key vault must not be null");
    iterations(passphraseIterations);
    Stores.createDirectoryOf(database);
    Stores.createDirectoryOf(keyVault);
    return new SealingStore(
        JdbcEventStore.sqlite(
            database, keyVault, null, Clock.systemUTC(), Integer.MAX_VALUE, passphraseIterations));
  }

  /**
   * Opens the PostgreSQL store with events reached through {@code events} and the key vault through
   * {@code keyVault} (may be the same pool), in zero-knowledge mode. The caller owns the pools.
   *
   * @throws StorageException if the database cannot be reached, is newer than this release, or the
   *     vault's keys are wrapped by a master key
   */
  public static SealingEventStore postgres(
      DataSource events, DataSource keyVault, int passphraseIterations) {
    Objects.requireNonNull(events, "events data source must not be null");
    Objects.requireNonNull(keyVault, "key vault data source must not be null");
    iterations(passphraseIterations);
    return new SealingStore(
        JdbcEventStore.postgres(
            events,
            keyVault,
            null,
            Clock.systemUTC(),
            () -> {},
            Integer.MAX_VALUE,
            passphraseIterations));
  }

  /**
   * Opens the PostgreSQL store at {@code jdbcUrl} ({@code
   * jdbc:postgresql://host/db?user=…&password=…}), key vault in the same database, in
   * zero-knowledge mode, through a pool of its own that {@link CloseableEventStore#close()} closes.
   *
   * @throws StorageException as {@link #postgres(DataSource, DataSource, int)}
   */
  public static SealingEventStore postgres(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "JDBC URL must not be null");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("recovery-postgres");
    config.setMaximumPoolSize(10);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException("cannot reach PostgreSQL: " + e.getMessage(), e);
    }
    try {
      return new SealingStore(
          JdbcEventStore.postgres(
              pool,
              pool,
              null,
              Clock.systemUTC(),
              pool::close,
              Integer.MAX_VALUE,
              PassphraseHash.DEFAULT_ITERATIONS));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static void iterations(int count) {
    if (count < 1 || count > PassphraseHash.MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "passphrase iterations must be between 1 and "
              + PassphraseHash.MAX_ITERATIONS
              + ", was "
              + count);
    }
  }
}
