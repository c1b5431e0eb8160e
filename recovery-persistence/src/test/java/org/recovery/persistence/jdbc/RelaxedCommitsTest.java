package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.persistence.testing.TestPostgres;

/**
 * A relaxed transaction (the journey's head, which reads catch up) commits like any other and
 * leaves the next transaction as durable as before, on both databases; a lookup is one statement on
 * its own.
 */
class RelaxedCommitsTest {
  @TempDir Path directory;

  @Test
  void sqliteCommitsARelaxedTransactionAndIsBackToFullSynchronousAfterIt() throws Exception {
    Path file = directory.resolve("relaxed.db");
    try (SqliteDatabase database = SqliteDatabase.open(file)) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER)"));

      int during = database.inRelaxedTransaction(c -> execute(c, "INSERT INTO t VALUES (1)"));
      int after = database.inTransaction(c -> single(c, "PRAGMA synchronous"));

      assertThat(during).isEqualTo(1);
      assertThat(after).as("synchronous after the relaxed transaction (2 is FULL)").isEqualTo(2);
      try (Connection other = SqliteFiles.connect(file)) {
        assertThat(single(other, "SELECT COUNT(*) FROM t")).isEqualTo(1);
      }
    }
  }

  @Test
  void sqliteRunsTheRelaxedTransactionAtNormalSynchronous() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("normal.db"))) {
      int during = database.inRelaxedTransaction(c -> single(c, "PRAGMA synchronous"));
      int after = database.inTransaction(c -> single(c, "PRAGMA synchronous"));

      assertThat(during).as("1 is NORMAL").isEqualTo(1);
      assertThat(after).as("2 is FULL").isEqualTo(2);
    }
  }

  @Test
  void aFailedRelaxedTransactionChangesNothingAndLeavesFullSynchronous() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("failed.db"))) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER UNIQUE)"));
      database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (1)"));

      assertThatThrownBy(
              () ->
                  database.inRelaxedTransaction(
                      c ->
                          execute(c, "INSERT INTO t VALUES (2)")
                              + execute(c, "INSERT INTO t VALUES (1)")))
          .isInstanceOf(SQLException.class);

      int rows = database.reading(c -> single(c, "SELECT COUNT(*) FROM t"));
      int after = database.inTransaction(c -> single(c, "PRAGMA synchronous"));

      assertThat(rows).isEqualTo(1);
      assertThat(after).isEqualTo(2);
    }
  }

  @Test
  void sqliteRunsEveryWriteAfterARunOfRelaxedOnesAndReadsBetweenThemAtFullSynchronous()
      throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("run.db"))) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER)"));
      for (int i = 0; i < 3; i++) {
        assertThat((int) database.inRelaxedTransaction(c -> single(c, "PRAGMA synchronous")))
            .isEqualTo(1);
        database.reading(c -> single(c, "SELECT COUNT(*) FROM t"));
        database.lookup(c -> single(c, "SELECT COUNT(*) FROM t"));
      }
      for (int i = 0; i < 2; i++) {
        assertThat((int) database.inTransaction(c -> single(c, "PRAGMA synchronous"))).isEqualTo(2);
      }
      assertThat((int) database.inRelaxedTransaction(c -> single(c, "PRAGMA synchronous")))
          .isEqualTo(1);
      assertThat((int) database.inTransaction(c -> single(c, "PRAGMA synchronous"))).isEqualTo(2);
    }
  }

  @Test
  void aSqliteLookupRunsAsItsOwnStatementOutsideAnyTransactionAndSeesWhatWasCommitted()
      throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("lookup.db"))) {
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER)"));
      database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (7)"));

      assertThat((int) database.lookup(c -> single(c, "SELECT x FROM t"))).isEqualTo(7);
      // No transaction is open around a lookup, so one can begin inside it; not in a read.
      assertThat((int) database.lookup(c -> execute(c, "BEGIN") + execute(c, "ROLLBACK"))).isZero();
      assertThatThrownBy(() -> database.reading(c -> execute(c, "BEGIN")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("within a transaction");
    }
  }

  @Test
  void aPostgresLookupRunsInAutoCommitMode() throws Exception {
    String url = TestPostgres.newDatabaseUrl();
    try (Connection connection = DriverManager.getConnection(url)) {
      PooledDatabase database = new PooledDatabase(reusing(connection), () -> {});
      database.inTransaction(c -> execute(c, "CREATE TABLE t (x INTEGER)"));
      database.inTransaction(c -> execute(c, "INSERT INTO t VALUES (7)"));

      assertThat((int) database.lookup(c -> single(c, "SELECT x FROM t"))).isEqualTo(7);
      assertThat((boolean) database.lookup(Connection::getAutoCommit)).isTrue();
      assertThat((boolean) database.reading(Connection::getAutoCommit)).isFalse();
    }
  }

  @Test
  void postgresTurnsSynchronousCommitOffForTheRelaxedTransactionOnly() throws Exception {
    String url = TestPostgres.newDatabaseUrl();
    try (Connection connection = DriverManager.getConnection(url)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET synchronous_commit TO on");
        statement.execute("CREATE TABLE t (x INTEGER)");
      }
      PooledDatabase database = new PooledDatabase(reusing(connection), () -> {});

      String during =
          database.inRelaxedTransaction(
              c -> {
                execute(c, "INSERT INTO t VALUES (1)");
                return text(c, "SHOW synchronous_commit");
              });
      String after = database.inTransaction(c -> text(c, "SHOW synchronous_commit"));

      assertThat(during).isEqualTo("off");
      assertThat(after).as("the same connection's next transaction").isEqualTo("on");
      try (Connection other = DriverManager.getConnection(url)) {
        assertThat(single(other, "SELECT COUNT(*) FROM t")).isEqualTo(1);
      }
    }
  }

  /** A pool of one connection, handed out again and again, as a pool reuses its connections. */
  private static DataSource reusing(Connection connection) {
    Connection unclosable =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return unclosable;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static int execute(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  private static int single(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
