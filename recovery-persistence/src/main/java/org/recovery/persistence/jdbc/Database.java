package org.recovery.persistence.jdbc;

import java.sql.SQLException;

/** A database the stores run transactions on. */
interface Database extends AutoCloseable {

  /** The SQL dialect. */
  Dialect dialect();

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   *
   * @throws SQLException what the work or the commit threw
   */
  <T> T inTransaction(SqlWork<T> work) throws SQLException;

  /** Releases the connections, if this database owns them. */
  @Override
  void close();
}
