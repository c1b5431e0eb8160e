package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.testing.Events;

/** An open SQLite store leaves the file free between its transactions, and survives a busy one. */
class SqliteSharingTest {
  @TempDir Path directory;

  @Test
  void anOpenStoreHoldsNoLockBetweenItsTransactions() throws Exception {
    Path database = directory.resolve("events.db");
    try (JdbcEventStore store =
        JdbcEventStore.sqlite(
            database,
            directory.resolve("events.keys"),
            MasterKey.of(MasterKey.randomMaterial()),
            Clock.systemUTC())) {
      JourneyId journey = JourneyId.random();
      store.append(journey, 0, List.of(Events.journal("one")), CommandId.random());
      store.read(journey);
      for (Path file : List.of(database, directory.resolve("events.keys"))) {
        try (Connection other = SqliteFiles.connect(file);
            Statement statement = other.createStatement()) {
          statement.execute("PRAGMA busy_timeout = 0");
          statement.execute("BEGIN IMMEDIATE");
          statement.execute("COMMIT");
        }
      }
    }
  }

  @Test
  void aTransactionThatFoundTheFileBusyLeavesTheDatabaseWorking() throws Exception {
    Path file = directory.resolve("busy.db");
    try (SqliteDatabase database = SqliteDatabase.open(file, 50, 2)) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER)"));
      try (Connection other = SqliteFiles.connect(file);
          Statement holder = other.createStatement()) {
        holder.execute("BEGIN IMMEDIATE");
        holder.execute("INSERT INTO t VALUES (1)");
        assertThatThrownBy(
                () -> database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (2)")))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("stayed busy: another program kept it locked");
        holder.execute("COMMIT");
      }
      for (int i = 0; i < 3; i++) {
        database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (3)"));
      }
      int rows =
          database.reading(
              c -> {
                try (Statement s = c.createStatement();
                    var result = s.executeQuery("SELECT COUNT(*) FROM t")) {
                  result.next();
                  return result.getInt(1);
                }
              });
      assertThat(rows).isEqualTo(4);
    }
  }

  @Test
  void aFailedTransactionIsRolledBackAndTheNextOneWorks() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("fail.db"))) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER UNIQUE)"));
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      c -> {
                        execute(c, "INSERT INTO t VALUES (1)");
                        return execute(c, "INSERT INTO t VALUES (1)");
                      }))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      c -> {
                        execute(c, "INSERT INTO t VALUES (5)");
                        throw new IllegalStateException("work failed");
                      }))
          .isInstanceOf(IllegalStateException.class);
      database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (1)"));
      int rows =
          database.reading(
              c -> {
                try (Statement s = c.createStatement();
                    var result = s.executeQuery("SELECT COUNT(*) FROM t")) {
                  result.next();
                  return result.getInt(1);
                }
              });
      assertThat(rows).as("only the last transaction's row").isEqualTo(1);
    }
  }

  private static boolean execute(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      return statement.execute(sql);
    }
  }
}
