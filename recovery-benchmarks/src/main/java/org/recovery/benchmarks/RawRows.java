package org.recovery.benchmarks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The floor of the read benchmarks: a journey's stored rows read in order, nothing decrypted. */
final class RawRows {
  /** The query {@link #scan} runs, the journey's id its one parameter. */
  static final String QUERY =
      "SELECT version, payload FROM events WHERE journey_id = ? ORDER BY version";

  private RawRows() {}

  /**
   * Runs {@code query} (of {@link #QUERY}) and reads every row. @return their versions and bytes
   */
  static long scan(PreparedStatement query) throws SQLException {
    long bytes = 0;
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        bytes += rows.getLong(1) + rows.getBytes(2).length;
      }
    }
    return bytes;
  }
}
