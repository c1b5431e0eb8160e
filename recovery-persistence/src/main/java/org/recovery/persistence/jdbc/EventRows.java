package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;

/** The SQL of the journeys and events tables, with parameters bound by their real types. */
final class EventRows {
  private final Dialect dialect;

  EventRows(Dialect dialect) {
    this.dialect = dialect;
  }

  /** One stored row: its version and its sealed payload. */
  record Row(long version, byte[] sealed) {}

  long version(Connection c, JourneyId journey) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM events WHERE journey_id = ?")) {
      dialect.bindUuid(q, 1, journey.value());
      try (ResultSet row = q.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * The idempotency check: the last version one command stored. One seek on {@code
   * events_by_command (journey_id, command_id, version)}, flat in the journey's length; {@code
   * IdempotencyPlanTest} holds both dialects' planners to it.
   */
  static final String VERSION_OF =
      "SELECT version FROM events"
          + " WHERE journey_id = ? AND command_id = ? ORDER BY version DESC LIMIT 1";

  /** The first and last versions one command stored: two seeks on the same index. */
  static final String VERSIONS_OF =
      "SELECT"
          + " (SELECT version FROM events WHERE journey_id = ? AND command_id = ?"
          + " ORDER BY version LIMIT 1),"
          + " (SELECT version FROM events WHERE journey_id = ? AND command_id = ?"
          + " ORDER BY version DESC LIMIT 1)";

  /** The version the append of {@code command} reached, if it was stored. */
  OptionalLong versionOf(Connection c, JourneyId journey, CommandId command) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(VERSION_OF)) {
      dialect.bindUuid(q, 1, journey.value());
      dialect.bindUuid(q, 2, command.value());
      try (ResultSet row = q.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** The first and last versions the append of {@code command} stored, if it was stored. */
  Optional<long[]> versionsOf(Connection c, JourneyId journey, CommandId command)
      throws SQLException {
    try (PreparedStatement q = c.prepareStatement(VERSIONS_OF)) {
      for (int pair = 0; pair < 2; pair++) {
        dialect.bindUuid(q, 1 + 2 * pair, journey.value());
        dialect.bindUuid(q, 2 + 2 * pair, command.value());
      }
      try (ResultSet row = q.executeQuery()) {
        row.next();
        long first = row.getLong(1);
        return row.wasNull() ? Optional.empty() : Optional.of(new long[] {first, row.getLong(2)});
      }
    }
  }

  void insertJourney(Connection c, JourneyId journey, Instant now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO journeys (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
      dialect.bindUuid(insert, 1, journey.value());
      dialect.bindInstant(insert, 2, now);
      insert.executeUpdate();
    }
  }

  void insertEvents(
      Connection c,
      JourneyId journey,
      long after,
      CommandId command,
      Instant now,
      List<byte[]> sealed)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO events"
                + " (journey_id, version, command_id, recorded_at, payload) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < sealed.size(); i++) {
        dialect.bindUuid(insert, 1, journey.value());
        insert.setLong(2, after + 1 + i);
        dialect.bindUuid(insert, 3, command.value());
        dialect.bindInstant(insert, 4, now);
        insert.setBytes(5, sealed.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Replaces the stored payload of one event, as sealing an entry in place does. */
  void replace(Connection c, JourneyId journey, long version, byte[] sealed) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE events SET payload = ? WHERE journey_id = ? AND version = ?")) {
      update.setBytes(1, sealed);
      dialect.bindUuid(update, 2, journey.value());
      update.setLong(3, version);
      update.executeUpdate();
    }
  }

  /** The event stored at {@code version}, if there is one. */
  Optional<Row> at(Connection c, JourneyId journey, long version) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT version, payload FROM events WHERE journey_id = ? AND version = ?")) {
      dialect.bindUuid(q, 1, journey.value());
      q.setLong(2, version);
      try (ResultSet row = q.executeQuery()) {
        return row.next()
            ? Optional.of(new Row(row.getLong(1), row.getBytes(2)))
            : Optional.empty();
      }
    }
  }

  /** How many events of the journey are stored at versions 1..{@code version}: one index range. */
  long countUpTo(Connection c, JourneyId journey, long version) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT COUNT(*) FROM events WHERE journey_id = ? AND version <= ?")) {
      dialect.bindUuid(q, 1, journey.value());
      q.setLong(2, version);
      try (ResultSet row = q.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  List<Row> after(Connection c, JourneyId journey, long afterVersion) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT version, payload FROM events"
                + " WHERE journey_id = ? AND version > ? ORDER BY version")) {
      dialect.bindUuid(q, 1, journey.value());
      q.setLong(2, afterVersion);
      List<Row> rows = new ArrayList<>();
      try (ResultSet row = q.executeQuery()) {
        while (row.next()) {
          rows.add(new Row(row.getLong(1), row.getBytes(2)));
        }
      }
      return rows;
    }
  }

  List<JourneyId> journeys(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT id FROM journeys ORDER BY seq");
        ResultSet row = q.executeQuery()) {
      List<JourneyId> ids = new ArrayList<>();
      while (row.next()) {
        ids.add(new JourneyId(dialect.uuid(row, 1)));
      }
      return ids;
    }
  }

  /** Deletes the journey's events and row. @return whether there was anything to delete */
  boolean delete(Connection c, JourneyId journey) throws SQLException {
    int deleted = 0;
    for (String sql :
        List.of("DELETE FROM events WHERE journey_id = ?", "DELETE FROM journeys WHERE id = ?")) {
      try (PreparedStatement delete = c.prepareStatement(sql)) {
        dialect.bindUuid(delete, 1, journey.value());
        deleted += delete.executeUpdate();
      }
    }
    return deleted > 0;
  }
}
