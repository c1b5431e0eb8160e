package org.recovery.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file, used through one connection that threads take turns on. WAL journal with {@code
 * synchronous=FULL}: a committed transaction is on disk when commit returns. Deleted rows are
 * overwritten ({@code secure_delete}).
 *
 * <p>Nothing is held between transactions, so other processes can use the file too: the connection
 * stays in auto-commit mode and each transaction is an explicit {@code BEGIN IMMEDIATE} (writes:
 * the write lock is taken up front) or {@code BEGIN} (reads: a snapshot, no write lock) ended by
 * {@code COMMIT} or {@code ROLLBACK}; a {@link #lookup} is one statement in auto-commit mode, its
 * own transaction. A busy file is waited for ({@value #BUSY_TIMEOUT_MILLIS} ms per try) and the
 * whole transaction retried, {@value #ATTEMPTS} tries in all. A transaction that fails is rolled
 * back; if even that fails, the connection is closed and a fresh one opened for the next
 * transaction, so one failure never poisons the store.
 */
final class SqliteDatabase implements Database {
  /** How long one try waits for another connection's lock. */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /** How many times a transaction is tried while the file stays busy. */
  static final int ATTEMPTS = 4;

  private final Path file;
  private final int busyTimeoutMillis;
  private final int attempts;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection connection;
  private boolean closed;

  /**
   * Whether {@link #connection} runs at {@code synchronous=NORMAL} since the last relaxed write.
   */
  private boolean relaxedNow;

  private SqliteDatabase(Path file, int busyTimeoutMillis, int attempts) throws SQLException {
    this.file = file;
    this.busyTimeoutMillis = busyTimeoutMillis;
    this.attempts = attempts;
    this.connection = connect();
  }

  static SqliteDatabase open(Path file) throws SQLException {
    return open(file, BUSY_TIMEOUT_MILLIS, ATTEMPTS);
  }

  /** Opens {@code file} waiting {@code busyTimeoutMillis} per try, {@code attempts} tries. */
  static SqliteDatabase open(Path file, int busyTimeoutMillis, int attempts) throws SQLException {
    return new SqliteDatabase(file, busyTimeoutMillis, attempts);
  }

  private Connection connect() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMillis);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA secure_delete = ON");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  Path file() {
    return file;
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    return run(work, Kind.WRITE);
  }

  @Override
  public <T> T reading(SqlWork<T> work) throws SQLException {
    return run(work, Kind.READ);
  }

  @Override
  public <T> T lookup(SqlWork<T> work) throws SQLException {
    return run(work, Kind.LOOKUP);
  }

  /**
   * {@inheritDoc} Here the commit is written to the WAL without waiting for the disk ({@code
   * synchronous=NORMAL} for this transaction only); the next durable commit, or a checkpoint, takes
   * it to the disk with its own.
   */
  @Override
  public <T> T inRelaxedTransaction(SqlWork<T> work) throws SQLException {
    return run(work, Kind.RELAXED_WRITE);
  }

  /** What a transaction does, and so how it begins and at which {@code synchronous} it commits. */
  private enum Kind {
    /** One statement on its own, no transaction around it. */
    LOOKUP(null, null),
    /** Reads: a snapshot, no write lock. */
    READ("BEGIN DEFERRED", null),
    /** Writes that wait for the disk. */
    WRITE("BEGIN IMMEDIATE", "FULL"),
    /** Writes that do not wait for the disk. */
    RELAXED_WRITE("BEGIN IMMEDIATE", "NORMAL");

    final String begin;
    final String synchronous;

    Kind(String begin, String synchronous) {
      this.begin = begin;
      this.synchronous = synchronous;
    }
  }

  private <T> T run(SqlWork<T> work, Kind kind) throws SQLException {
    lock.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return once(work, kind);
        } catch (SQLException e) {
          if (!isBusy(e)) {
            throw e;
          }
          if (attempt >= attempts) {
            throw new SQLException(
                "the database file "
                    + file
                    + " stayed busy: another program"
                    + " kept it locked for "
                    + (attempts * (long) busyTimeoutMillis / 1000.0)
                    + " seconds",
                e.getSQLState(),
                e.getErrorCode(),
                e);
          }
          pause(attempt);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} as {@code kind} says. A write runs at its {@code synchronous}; the setting is
   * changed only when the connection's last write ran at the other one.
   */
  private <T> T once(SqlWork<T> work, Kind kind) throws SQLException {
    Connection c = connection();
    if (kind.begin == null) {
      return work.run(c);
    }
    boolean relaxed = kind == Kind.RELAXED_WRITE;
    if (kind.synchronous != null && relaxed != relaxedNow) {
      execute(c, "PRAGMA synchronous = " + kind.synchronous);
      relaxedNow = relaxed;
    }
    execute(c, kind.begin);
    try {
      T result = work.run(c);
      execute(c, "COMMIT");
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(c, e);
      throw e;
    }
  }

  /** Ends the failed transaction; a connection that cannot is replaced before the next one. */
  private void rollback(Connection c, Exception cause) {
    try {
      execute(c, "ROLLBACK");
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("no transaction is active")) {
        cause.addSuppressed(e);
        discard(c, cause);
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
      discard(c, cause);
    }
  }

  private void discard(Connection c, Exception cause) {
    connection = null;
    try {
      c.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private Connection connection() throws SQLException {
    if (closed) {
      throw new SQLException("the database file " + file + " is closed");
    }
    if (connection == null) {
      connection = connect();
      relaxedNow = false;
    }
    return connection;
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  /** SQLITE_BUSY or SQLITE_LOCKED, extended codes included. */
  static boolean isBusy(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        int primary = sql.getErrorCode() & 0xFF;
        if (primary == 5 || primary == 6) {
          return true;
        }
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Folds the WAL back into the file and empties it, so no old page lingers there. */
  void checkpoint() throws SQLException {
    lock.lock();
    try {
      execute(connection(), "PRAGMA wal_checkpoint(TRUNCATE)");
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      if (connection != null) {
        connection.close();
        connection = null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close SQLite database " + file, e);
    } finally {
      lock.unlock();
    }
  }
}
