package org.recovery.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;

/**
 * Where the key vault records each journey's head (see {@link JourneyHeads}): the version and chain
 * last recorded, and the chain expected while a journey's rows are rewritten in place. Kept in the
 * journey's {@code data_keys} row, beside its key, so that a copy of the events cannot be cut short
 * or swapped without the vault noticing. Reading the head is {@link KeyVault#head}, which also
 * confirms the data key held for the journey.
 */
final class HeadRecords {
  private final Database database;

  HeadRecords(Database database) {
    this.database = database;
  }

  /**
   * Records {@code head} as the journey's head, unless a later one is recorded already. The record
   * follows rows already committed, and a read catches a head that fell behind up from them (see
   * {@link JourneyHeads}), so it is written without waiting for the disk: an append pays for one
   * durable commit, the rows', not two.
   */
  void advance(JourneyId journey, JourneyHead head) {
    update(
        true,
        journey,
        "UPDATE data_keys SET head_version = ?, head_chain = ? WHERE journey_id = ?"
            + " AND (head_version IS NULL OR head_version < ?)",
        head.version(),
        head.chain(),
        head.version());
  }

  /** Records the chain the journey's head will have once its rows are rewritten in place. */
  void expect(JourneyId journey, JourneyHead next) {
    update(
        false,
        journey,
        "UPDATE data_keys SET pending_chain = ? WHERE journey_id = ?",
        null,
        next.chain(),
        null);
  }

  /** Makes the expected chain the journey's head at {@code next}, now that its rows match it. */
  void settle(JourneyId journey, JourneyHead next) {
    update(
        false,
        journey,
        "UPDATE data_keys SET head_version = ?, head_chain = ?, pending_chain = NULL"
            + " WHERE journey_id = ?",
        next.version(),
        next.chain(),
        null);
  }

  /** The chain recorded by {@link #expect}, if a rewrite of the journey's rows is under way. */
  Optional<byte[]> expected(JourneyId journey) {
    try {
      return database.lookup(
          connection -> {
            try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT pending_chain FROM data_keys WHERE journey_id = ?"
                        + " AND pending_chain IS NOT NULL")) {
              database.dialect().bindUuid(query, 1, journey.value());
              try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
              }
            }
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot read the key vault for journey " + journey + ": " + InWords.describe(e), e);
    }
  }

  /**
   * Runs one UPDATE of the journey's row whose parameters are, in order: {@code version} if given,
   * {@code chain}, the journey, and {@code since} if given; {@code relaxed} if it may be written
   * without waiting for the disk.
   */
  private void update(
      boolean relaxed, JourneyId journey, String sql, Long version, byte[] chain, Long since) {
    SqlWork<Integer> work =
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(sql)) {
            int at = 1;
            if (version != null) {
              update.setLong(at++, version);
            }
            update.setBytes(at++, chain);
            database.dialect().bindUuid(update, at++, journey.value());
            if (since != null) {
              update.setLong(at, since);
            }
            return update.executeUpdate();
          }
        };
    try {
      if (relaxed) {
        database.inRelaxedTransaction(work);
      } else {
        database.inTransaction(work);
      }
    } catch (SQLException e) {
      throw new StorageException(
          "cannot record the head of journey " + journey + ": " + InWords.describe(e), e);
    }
  }
}
