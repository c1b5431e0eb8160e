package org.recovery.persistence.jdbc;

import java.sql.SQLException;

/** A database the stores run transactions on. */
interface Database extends AutoCloseable {

  /** The SQL dialect. */
  Dialect dialect();

  /**
   * Runs {@code work} in one transaction that may write: committed when it returns, rolled back
   * when it throws.
   *
   * @throws SQLException what the work or the commit threw
   */
  <T> T inTransaction(SqlWork<T> work) throws SQLException;

  /**
   * Runs {@code work}, which only reads, in one transaction that sees one consistent state. A
   * database may run it without taking the write lock; by default it is {@link
   * #inTransaction(SqlWork)}.
   *
   * @throws SQLException what the work threw
   */
  default <T> T reading(SqlWork<T> work) throws SQLException {
    return inTransaction(work);
  }

  /**
   * Runs {@code work}, which reads with exactly one statement. A statement sees one consistent
   * state on its own, so a database may run it without a transaction around it (one round trip
   * instead of three); by default it is {@link #reading(SqlWork)}.
   *
   * @throws SQLException what the work threw
   */
  default <T> T lookup(SqlWork<T> work) throws SQLException {
    return reading(work);
  }

  /**
   * Runs {@code work} in one transaction that may write, for a record that is only ever caught up
   * from other data: its commit is atomic like any other, but it may be lost if the machine loses
   * power or the operating system fails soon after (never if only the program stops). The database
   * does not wait for the disk before answering. By default it is {@link #inTransaction(SqlWork)}.
   *
   * @throws SQLException what the work or the commit threw
   */
  default <T> T inRelaxedTransaction(SqlWork<T> work) throws SQLException {
    return inTransaction(work);
  }

  /** Releases the connections, if this database owns them. */
  @Override
  void close();

  /** Closes {@code database}, if there is one, adding any failure to {@code cause}. */
  static void closeQuietly(Database database, Exception cause) {
    if (database != null) {
      try {
        database.close();
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
