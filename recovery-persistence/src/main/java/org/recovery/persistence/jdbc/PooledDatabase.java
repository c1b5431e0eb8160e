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

  @Override
  public void close() {
    onClose.run();
  }
}
