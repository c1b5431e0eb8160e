package org.recovery.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file, used through one connection that threads take turns on. WAL journal with
 * {@code synchronous=FULL}: a committed transaction is on disk when commit returns. Transactions
 * begin IMMEDIATE, taking the write lock up front, and wait up to ten seconds for another process
 * that holds it. Deleted rows are overwritten ({@code secure_delete}).
 */
final class SqliteDatabase implements Database {
  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  static SqliteDatabase open(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA secure_delete = ON");
    }
    connection.setAutoCommit(false);
    return new SqliteDatabase(file, connection);
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
    lock.lock();
    try {
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(e);
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Folds the WAL back into the file and empties it, so no old page lingers there. */
  void checkpoint() throws SQLException {
    lock.lock();
    try {
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } finally {
        connection.setAutoCommit(false);
      }
    } finally {
      lock.unlock();
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close SQLite database " + file, e);
    } finally {
      lock.unlock();
    }
  }
}
