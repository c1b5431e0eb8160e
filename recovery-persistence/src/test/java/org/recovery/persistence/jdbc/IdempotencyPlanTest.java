package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.testing.TestPostgres;

/**
 * The idempotency check of every append is planned as a seek on {@code events_by_command}, never as
 * a walk over the journey: asserted on each planner's own account of the query, not by timing. The
 * journey is written the way {@code demo} and {@code import} write one — thousands of events under
 * one command — which is what made the old plan read every row.
 */
class IdempotencyPlanTest {
  private static final int EVENTS = 2_000;
  private final JourneyId journey = JourneyId.random();
  private final CommandId bulk = CommandId.random();
  private final CommandId last = CommandId.random();

  @TempDir Path directory;

  @Test
  void sqliteSeeksTheCommandIndexAfterMigratingAJourneyWrittenUnderTheOldIndex() throws Exception {
    try (SqliteDatabase raw = SqliteDatabase.open(directory.resolve("recovery.db"))) {
      Migrations migrations = new Migrations(raw, "events", Clock.systemUTC());
      migrations.migrate(2);
      raw.inTransaction(c -> writeLongJourney(c, raw.dialect()));
      migrations.migrate(Migrations.LATEST);

      List<String> plan = raw.inTransaction(c -> sqlitePlan(c, EventRows.VERSION_OF, 2));
      List<String> rangePlan = raw.inTransaction(c -> sqlitePlan(c, EventRows.VERSIONS_OF, 4));
      raw.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              return s.execute("ANALYZE");
            }
          });
      List<String> analysedPlan = raw.inTransaction(c -> sqlitePlan(c, EventRows.VERSION_OF, 2));

      assertSqliteSeeks(plan);
      assertSqliteSeeks(rangePlan);
      assertSqliteSeeks(analysedPlan);
      assertAnswers(raw);
    }
  }

  @Test
  void postgresqlSeeksTheCommandIndexOnceItHasStatistics() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestPostgres.newDatabaseUrl());
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      PooledDatabase raw = new PooledDatabase(pool, () -> {});
      new Migrations(raw, "events", Clock.systemUTC()).migrate(Migrations.LATEST);
      raw.inTransaction(c -> writeLongJourney(c, raw.dialect()));
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ANALYZE events");
      }

      // A fresh command is every append's first try: it must seek the command index, in the
      // custom plan and in the generic plan a server-prepared statement falls back to.
      CommandId fresh = CommandId.random();
      for (String mode : List.of("auto", "force_generic_plan")) {
        List<String> steps = raw.inTransaction(c -> postgresPlan(c, mode, fresh));
        assertThat(String.join("\n", steps))
            .as("EXPLAIN of the idempotency check for a fresh command (plan_cache_mode %s)", mode)
            .contains("Index Only Scan Backward using events_by_command")
            .doesNotContain("Seq Scan")
            .doesNotContain("events_journey_version");
      }
      // For the command that wrote (by its statistics) the whole journey, the planner may walk
      // the journey backwards instead: its newest row matches at once. Either way, no scan.
      List<String> retried = raw.inTransaction(c -> postgresPlan(c, "auto", bulk));
      assertThat(String.join("\n", retried))
          .as("EXPLAIN for a retried bulk command")
          .startsWith("Limit")
          .contains("Index")
          .doesNotContain("Seq Scan");
      assertAnswers(raw);
    }
  }

  private static void assertSqliteSeeks(List<String> plan) {
    assertThat(plan)
        .as("EXPLAIN QUERY PLAN of the idempotency check")
        .isNotEmpty()
        .noneMatch(step -> step.startsWith("SCAN events"))
        .anyMatch(step -> step.contains("INDEX events_by_command"));
  }

  private void assertAnswers(Database raw) throws SQLException {
    EventRows rows = new EventRows(raw.dialect());
    CommandId unknown = CommandId.random();
    OptionalLong ofBulk = raw.inTransaction(c -> rows.versionOf(c, journey, bulk));
    OptionalLong ofLast = raw.inTransaction(c -> rows.versionOf(c, journey, last));
    OptionalLong ofUnknown = raw.inTransaction(c -> rows.versionOf(c, journey, unknown));
    Optional<long[]> rangeOfBulk = raw.inTransaction(c -> rows.versionsOf(c, journey, bulk));
    Optional<long[]> rangeOfUnknown = raw.inTransaction(c -> rows.versionsOf(c, journey, unknown));
    assertThat(ofBulk).hasValue(EVENTS);
    assertThat(ofLast).hasValue(EVENTS + 1);
    assertThat(ofUnknown).isEmpty();
    assertThat(rangeOfBulk)
        .hasValueSatisfying(range -> assertThat(range).containsExactly(1, EVENTS));
    assertThat(rangeOfUnknown).isEmpty();
  }

  private boolean writeLongJourney(Connection c, Dialect dialect) throws SQLException {
    EventRows rows = new EventRows(dialect);
    Instant now = Instant.parse("2026-12-07T07:00:00Z");
    rows.insertJourney(c, journey, now);
    rows.insertJourney(c, JourneyId.random(), now);
    rows.insertEvents(
        c,
        journey,
        0,
        bulk,
        now,
        new ArrayList<>(Collections.nCopies(EVENTS, new byte[] {1, 2, 3})));
    rows.insertEvents(c, journey, EVENTS, last, now, List.of(new byte[] {4}));
    return true;
  }

  private List<String> sqlitePlan(Connection c, String sql, int parameters) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      bind(q, parameters, Dialect.SQLITE);
      List<String> steps = new ArrayList<>();
      try (ResultSet row = q.executeQuery()) {
        while (row.next()) {
          steps.add(row.getString("detail"));
        }
      }
      return steps;
    }
  }

  private List<String> postgresPlan(Connection c, String planCacheMode, CommandId command)
      throws SQLException {
    try (Statement set = c.createStatement()) {
      set.execute("SET LOCAL plan_cache_mode = " + planCacheMode);
      set.execute(
          "PREPARE version_of (uuid, uuid) AS "
              + EventRows.VERSION_OF.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
      List<String> steps = new ArrayList<>();
      try (ResultSet row =
          set.executeQuery(
              "EXPLAIN EXECUTE version_of ('"
                  + journey.value()
                  + "', '"
                  + command.value()
                  + "')")) {
        while (row.next()) {
          steps.add(row.getString(1));
        }
      }
      set.execute("DEALLOCATE version_of");
      return steps;
    }
  }

  private void bind(PreparedStatement q, int parameters, Dialect dialect) throws SQLException {
    for (int i = 1; i <= parameters; i += 2) {
      dialect.bindUuid(q, i, journey.value());
      dialect.bindUuid(q, i + 1, bulk.value());
    }
  }
}
