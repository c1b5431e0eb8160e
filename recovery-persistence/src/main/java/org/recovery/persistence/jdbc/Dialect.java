package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Where SQLite and PostgreSQL differ: column types, binding, constraint errors, locking. */
enum Dialect {
  /** SQLite: ids and instants as ISO text, a file per database, one writer at a time. */
  SQLITE("sqlite") {
    @Override
    void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
      statement.setString(index, value.toString());
    }

    @Override
    UUID uuid(ResultSet row, int column) throws SQLException {
      return UUID.fromString(row.getString(column));
    }

    @Override
    void bindInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
      statement.setString(index, value.toString());
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      return e instanceof SQLiteException sqlite
          && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
              || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    @Override
    void lockForMigration(Connection connection) {
      // Transactions begin IMMEDIATE: the migration already holds the only write lock.
    }
  },

  /** PostgreSQL: native uuid and timestamptz columns, many writers, advisory lock to migrate. */
  POSTGRESQL("postgresql") {
    @Override
    void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
      statement.setObject(index, value);
    }

    @Override
    UUID uuid(ResultSet row, int column) throws SQLException {
      return row.getObject(column, UUID.class);
    }

    @Override
    void bindInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
      statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      return "23505".equals(e.getSQLState());
    }

    @Override
    void lockForMigration(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        // One lock key for every recovery-persistence migration in this database.
        statement.execute("SELECT pg_advisory_xact_lock(7306011429)");
      }
    }
  };

  private final String directory;

  Dialect(String directory) {
    this.directory = directory;
  }

  /** What ends a {@code SELECT} that is to lock the rows it reads until the transaction ends. */
  String forUpdate() {
    return this == POSTGRESQL ? " FOR UPDATE" : "";
  }

  /** The classpath folder of this dialect's migrations for {@code stream}. */
  String migrations(String stream) {
    return "/org/recovery/persistence/jdbc/" + directory + "/" + stream + "/";
  }

  abstract void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException;

  abstract UUID uuid(ResultSet row, int column) throws SQLException;

  abstract void bindInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException;

  /** Whether {@code e}, or an exception chained to it, is a unique-constraint violation. */
  boolean violatesUniqueness(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (isUniqueViolation(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  abstract boolean isUniqueViolation(SQLException e);

  abstract void lockForMigration(Connection connection) throws SQLException;
}
