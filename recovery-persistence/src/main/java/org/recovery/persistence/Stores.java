package org.recovery.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;
import org.recovery.persistence.jdbc.KeyRotation;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * Opens the event stores an application keeps its journeys in.
 *
 * <ul>
 *   <li>{@link #sqlite(Path, KeyProvider)}: one file on this machine, the embedded default;
 *   <li>{@link #postgres(DataSource, KeyProvider)}: a PostgreSQL database, for a service that hosts
 *       many couples;
 *   <li>{@link #inMemory()}: nothing survives the process; for tests and demos.
 * </ul>
 *
 * <p>The durable stores encrypt every event under a data key of its journey, wrap the data keys
 * with the master key from the {@link KeyProvider}, and keep the wrapped keys in a key vault apart
 * from the events. Deleting a journey destroys its data key. See {@code docs/persistence.md}.
 *
 * <p>{@link ZeroKnowledge} opens the same stores with no master key at all: each journey's data key
 * is wrapped only by its partners' own keys.
 */
public final class Stores {
  /** The suffix of the key vault file that {@link #sqlite(Path, KeyProvider)} keeps beside it. */
  public static final String KEY_VAULT_SUFFIX = ".keys";

  private Stores() {}

  /**
   * Opens the SQLite store in {@code database}, creating it if needed, with its key vault in the
   * file beside it named {@code database + ".keys"}.
   *
   * @throws StorageException if the files cannot be opened or were written by a newer release, or
   *     the master key is wrong
   */
  public static SealingEventStore sqlite(Path database, KeyProvider keys) {
    Objects.requireNonNull(database, "database must not be null");
    return sqlite(
        database, database.resolveSibling(database.getFileName() + KEY_VAULT_SUFFIX), keys);
  }

  /**
   * Opens the SQLite store in {@code database} with its key vault in {@code keyVault}. Keep the
   * vault where the database's backups do not go: a restored database opened with today's vault
   * shows no journey deleted since the backup.
   *
   * @throws StorageException as {@link #sqlite(Path, KeyProvider)}
   */
  public static SealingEventStore sqlite(Path database, Path keyVault, KeyProvider keys) {
    return sqlite(database, keyVault, keys, PassphraseHash.DEFAULT_ITERATIONS);
  }

  /**
   * Opens the SQLite store as {@link #sqlite(Path, Path, KeyProvider)} does, wrapping partner keys
   * made or changed from now on with {@code passphraseIterations} of PBKDF2 instead of {@value
   * PassphraseHash#DEFAULT_ITERATIONS}. Lower it only in tests; keys keep the count they were
   * wrapped with, so they unlock whatever the store's.
   *
   * @throws IllegalArgumentException if it is outside 1..{@value PassphraseHash#MAX_ITERATIONS}
   */
  public static SealingEventStore sqlite(
      Path database, Path keyVault, KeyProvider keys, int passphraseIterations) {
    Objects.requireNonNull(database, "database must not be null");
    Objects.requireNonNull(keyVault, "key vault must not be null");
    iterations(passphraseIterations);
    MasterKey master = masterKey(keys);
    createDirectoryOf(database);
    createDirectoryOf(keyVault);
    return new SealingStore(
        JdbcEventStore.sqlite(
            database,
            keyVault,
            master,
            Clock.systemUTC(),
            Integer.MAX_VALUE,
            passphraseIterations));
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

  /**
   * Opens the PostgreSQL store reached through {@code dataSource}, migrating its schema; the key
   * vault is the table {@code data_keys} in the same database. The caller owns the pool and closes
   * it after the store.
   *
   * @throws StorageException if the database cannot be reached or is newer than this release, or
   *     the master key is wrong
   */
  public static SealingEventStore postgres(DataSource dataSource, KeyProvider keys) {
    return postgres(dataSource, dataSource, keys);
  }

  /**
   * Opens the PostgreSQL store with events reached through {@code events} and the key vault through
   * {@code keyVault}, ideally another database whose backups are kept briefly. The caller owns both
   * pools.
   *
   * @throws StorageException as {@link #postgres(DataSource, KeyProvider)}
   */
  public static SealingEventStore postgres(
      DataSource events, DataSource keyVault, KeyProvider keys) {
    Objects.requireNonNull(events, "events data source must not be null");
    Objects.requireNonNull(keyVault, "key vault data source must not be null");
    return new SealingStore(
        JdbcEventStore.postgres(events, keyVault, masterKey(keys), Clock.systemUTC(), () -> {}));
  }

  /**
   * Opens the PostgreSQL store at {@code jdbcUrl} ({@code
   * jdbc:postgresql://host/db?user=…&password=…}) through a pool of its own, which {@link
   * CloseableEventStore#close()} closes.
   *
   * @throws StorageException as {@link #postgres(DataSource, KeyProvider)}
   */
  public static SealingEventStore postgres(String jdbcUrl, KeyProvider keys) {
    Objects.requireNonNull(jdbcUrl, "JDBC URL must not be null");
    MasterKey master = masterKey(keys);
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
    return new SealingStore(
        JdbcEventStore.postgres(pool, pool, master, Clock.systemUTC(), pool::close));
  }

  /**
   * Rotates the master key of a SQLite key vault: every data key wrapped by {@code current}'s key
   * is re-wrapped by {@code next}'s, in one transaction; the events are not touched. Close the
   * stores that use the vault first; open them with {@code next} afterwards. Running it again after
   * an interruption is safe.
   *
   * @param keyVault the vault file, {@code database + ".keys"} by default
   * @return how many data keys were re-wrapped
   * @throws StorageException if a data key is wrapped by neither key
   */
  public static int rotateMasterKey(Path keyVault, KeyProvider current, KeyProvider next) {
    Objects.requireNonNull(keyVault, "key vault must not be null");
    return KeyRotation.sqlite(keyVault, masterKey(current), masterKey(next));
  }

  /**
   * Rotates the master key of a PostgreSQL key vault, as {@link #rotateMasterKey(Path, KeyProvider,
   * KeyProvider)} does; stores may stay open, but fail until reopened with {@code next}.
   *
   * @return how many data keys were re-wrapped
   */
  public static int rotateMasterKey(DataSource keyVault, KeyProvider current, KeyProvider next) {
    Objects.requireNonNull(keyVault, "key vault must not be null");
    return KeyRotation.postgres(keyVault, masterKey(current), masterKey(next));
  }

  /** A store in memory: thread-safe, not encrypted, gone when the process ends. */
  public static CloseableEventStore inMemory() {
    return new DelegatingStore(new InMemoryEventStore());
  }

  private static MasterKey masterKey(KeyProvider keys) {
    Objects.requireNonNull(keys, "key provider must not be null");
    SecretKey key = Objects.requireNonNull(keys.masterKey(), "the key provider gave no key");
    byte[] material = key.getEncoded();
    if (material == null || material.length != MasterKey.KEY_BYTES) {
      throw new StorageException(
          "the key provider's master key must be "
              + MasterKey.KEY_BYTES
              + " bytes of raw AES key material");
    }
    return MasterKey.of(material);
  }

  /** Creates the folder {@code file} will be in, if it is missing. */
  static void createDirectoryOf(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageException(
          "cannot create the folder " + directory + ": " + InWords.describe(e), e);
    }
  }
}
