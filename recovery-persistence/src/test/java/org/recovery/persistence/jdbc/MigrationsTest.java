package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.testing.Events.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;

class MigrationsTest {
  @TempDir Path directory;
  private final MasterKey master = MasterKey.of(MasterKey.randomMaterial());

  private Path database() {
    return directory.resolve("recovery.db");
  }

  private Path vault() {
    return directory.resolve("recovery.db.keys");
  }

  @Test
  void aDatabaseWrittenByTheFirstSchemaIsMigratedAndStillReads() throws Exception {
    JourneyId journey = JourneyId.random();
    CommandId first = CommandId.random();
    try (JdbcEventStore old =
        JdbcEventStore.sqlite(database(), vault(), master, Clock.systemUTC(), 1, 1_000)) {
      old.append(journey, 0, List.of(journal("written by schema 1")), first);
    }
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      assertThat(new Migrations(raw, "events", Clock.systemUTC()).current()).isEqualTo(1);
      assertThat(raw.inTransaction(MigrationsTest::indexes)).doesNotContain("events_by_command");
    }

    try (JdbcEventStore migrated =
        JdbcEventStore.sqlite(database(), vault(), master, Clock.systemUTC())) {
      assertThat(migrated.read(journey))
          .extracting(RecordedEvent::event)
          .containsExactly(journal("written by schema 1"));
      assertThat(migrated.append(journey, 0, List.of(journal("written by schema 1")), first))
          .as("a retry of a command stored under schema 1")
          .isEqualTo(1);
      migrated.append(journey, 1, List.of(journal("written by schema 2")), CommandId.random());
    }
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      Migrations migrations = new Migrations(raw, "events", Clock.systemUTC());
      assertThat(migrations.current()).isEqualTo(migrations.scripts().size()).isEqualTo(4);
      assertThat(raw.inTransaction(MigrationsTest::indexes)).contains("events_by_command");
    }
  }

  @Test
  void aDatabaseOfSchema3ReadsWithoutSnapshotsAndGetsThemOnceMigrated() throws Exception {
    JourneyId journey = JourneyId.random();
    try (JdbcEventStore old =
        JdbcEventStore.sqlite(database(), vault(), master, Clock.systemUTC(), 3, 1_000)
            .snapshotEvery(1)) {
      old.append(journey, 0, List.of(journal("written by schema 3")), CommandId.random());
      assertThat(old.read(journey)).hasSize(1);
      assertThat(old.delete(JourneyId.random())).isFalse();
    }
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      int tables =
          raw.inTransaction(
              c -> count(c, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'snapshots'"));
      assertThat(tables).isZero();
    }

    try (JdbcEventStore migrated =
        JdbcEventStore.sqlite(
                database(), vault(), master, Clock.systemUTC(), Migrations.LATEST, 1_000)
            .snapshotEvery(1)) {
      assertThat(migrated.read(journey))
          .extracting(RecordedEvent::event)
          .containsExactly(journal("written by schema 3"));
    }
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      int snapshots = raw.inTransaction(c -> count(c, "SELECT COUNT(*) FROM snapshots"));
      assertThat(snapshots).isEqualTo(1);
    }
  }

  @Test
  void migratingTwiceChangesNothing() throws Exception {
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      Migrations migrations = new Migrations(raw, "events", Clock.systemUTC());
      assertThat(migrations.migrate(Migrations.LATEST)).isEqualTo(4);
      assertThat(migrations.migrate(Migrations.LATEST)).isEqualTo(4);
      int rows = raw.inTransaction(c -> count(c, "SELECT COUNT(*) FROM schema_version"));
      assertThat(rows).isEqualTo(4);
    }
  }

  @Test
  void aDatabaseFromANewerReleaseIsRefusedAndLeftAlone() throws Exception {
    try (SqliteDatabase raw = SqliteDatabase.open(database())) {
      new Migrations(raw, "events", Clock.systemUTC()).migrate(Migrations.LATEST);
      raw.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              return s.executeUpdate("INSERT INTO schema_version VALUES ('events', 5, 'later')");
            }
          });
    }

    assertThatThrownBy(() -> JdbcEventStore.sqlite(database(), vault(), master, Clock.systemUTC()))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("events schema is at version 5", "newer than this release");
  }

  @Test
  void aScriptSplitsIntoItsStatementsWithoutItsComments() {
    assertThat(
            Migrations.statements(
                "-- a comment; with a semicolon\nCREATE TABLE a (\n"
                    + "  x INTEGER\n);\n\nCREATE INDEX b ON a (x);\n"))
        .containsExactly("CREATE TABLE a (\n  x INTEGER\n)", "CREATE INDEX b ON a (x)");
  }

  private static List<String> indexes(Connection c) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
      List<String> names = new java.util.ArrayList<>();
      while (r.next()) {
        names.add(r.getString(1));
      }
      return names;
    }
  }

  private static int count(Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
