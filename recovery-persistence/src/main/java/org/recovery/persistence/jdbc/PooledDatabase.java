package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A PostgreSQL database reached through a connection pool; each transaction borrows one. */
final class PooledDatabase implements Database {
  private final DataSource pool;
  private final Runnable onClose;

  PooledDatabase(DataSource pool, Runnable onClose) {
    this.pool = pool;
    this.onClose = onClose;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    }
  }

  /** {@inheritDoc} Here the statement runs in auto-commit mode. */
  @Override
  public <T> T lookup(SqlWork<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    }
  }

  /**
   * {@inheritDoc} Here the transaction commits with {@code synchronous_commit = off}: PostgreSQL
   * answers before its WAL record is flushed, and loses at most the last fraction of a second of
   * such commits in a crash, never half of one.
   */
  @Override
  public <T> T inRelaxedTransaction(SqlWork<T> work) throws SQLException {
    return inTransaction(
        connection -> {
          try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit TO OFF");
          }
          return work.run(connection);
        });
  }

  @Override
  public void close() {
    onClose.run();
  }
}
