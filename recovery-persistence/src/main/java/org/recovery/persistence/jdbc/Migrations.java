package org.recovery.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date from numbered SQL files: {@code V001.sql}, {@code
 * V002.sql}, … per dialect and stream ({@code events}, {@code keys}), found on the classpath in
 * order until one is missing. Applied versions are recorded in {@code schema_version}; pending ones
 * run in one transaction, under a lock, so two processes starting together migrate once. A database
 * written by a newer release is refused rather than touched.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  static final int LATEST = Integer.MAX_VALUE;

  private final Database database;
  private final String stream;
  private final Clock clock;

  Migrations(Database database, String stream, Clock clock) {
    this.database = database;
    this.stream = stream;
    this.clock = clock;
  }

  /** The migration files of this dialect and stream, oldest first. */
  List<String> scripts() {
    List<String> scripts = new ArrayList<>();
    for (int version = 1; ; version++) {
      String script = read(resource(version));
      if (script == null) {
        return scripts;
      }
      scripts.add(script);
    }
  }

  /**
   * Applies every pending migration up to {@code target} (inclusive).
   *
   * @return the schema version afterwards
   * @throws StorageException if the database is newer than this release, or a migration fails
   */
  int migrate(int target) {
    List<String> scripts = scripts();
    int last = Math.min(target, scripts.size());
    try {
      return database.inTransaction(
          connection -> {
            database.dialect().lockForMigration(connection);
            createVersionTable(connection);
            int current = current(connection);
            if (current > scripts.size()) {
              throw new StorageException(
                  "the "
                      + stream
                      + " schema is at version "
                      + current
                      + ", newer than this release knows ("
                      + scripts.size()
                      + "); use a newer release");
            }
            for (int version = current + 1; version <= last; version++) {
              apply(connection, version, scripts.get(version - 1));
            }
            return Math.max(current, last);
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot migrate the " + stream + " schema: " + InWords.describe(e), e);
    }
  }

  /** The applied version, 0 for an empty database. */
  int current() {
    try {
      return database.inTransaction(
          connection -> {
            createVersionTable(connection);
            return current(connection);
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot read the " + stream + " schema version: " + InWords.describe(e), e);
    }
  }

  private void apply(Connection connection, int version, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (stream, version, applied_at) VALUES (?, ?, ?)")) {
      insert.setString(1, stream);
      insert.setInt(2, version);
      insert.setString(3, clock.instant().toString());
      insert.executeUpdate();
    }
    LOG.info("applied {} migration {} ({})", stream, version, database.dialect());
  }

  private static void createVersionTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (stream VARCHAR(40) NOT NULL,"
              + " version INTEGER NOT NULL, applied_at VARCHAR(40) NOT NULL,"
              + " PRIMARY KEY (stream, version))");
    }
  }

  private int current(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version WHERE stream = ?")) {
      query.setString(1, stream);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Splits a script into statements at semicolons that end a line; drops comment lines. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private String resource(int version) {
    return database.dialect().migrations(stream) + String.format(Locale.ROOT, "V%03d.sql", version);
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("cannot read migration " + resource, e);
    }
  }
}
