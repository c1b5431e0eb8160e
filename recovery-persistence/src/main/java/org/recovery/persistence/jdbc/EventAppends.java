package org.recovery.persistence.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.crypto.EventSeal;

/**
 * The write path of a {@link JdbcEventStore}: events sealed, checked against the command's earlier
 * append and the journey's version, inserted in one durable transaction, and the journey's head
 * advanced in the key vault after it.
 */
final class EventAppends {
  private final Database database;
  private final EventRows rows;
  private final JourneyHeads heads;
  private final KeyVault vault;
  private final Payloads payloads;
  private final Clock clock;

  EventAppends(
      Database database,
      EventRows rows,
      JourneyHeads heads,
      KeyVault vault,
      Payloads payloads,
      Clock clock) {
    this.database = database;
    this.rows = rows;
    this.heads = heads;
    this.vault = vault;
    this.payloads = payloads;
    this.clock = clock;
  }

  /**
   * What one {@link #write} did: the journey's version after it, and the envelopes it appended —
   * none when an earlier append of the same command was found.
   */
  record Written(long version, List<byte[]> envelopes) {}

  /**
   * Appends {@code events} as {@link JdbcEventStore#append} describes: sealed under the journey's
   * data key, in one durable transaction that checks the command and the version, the head recorded
   * in the vault after it.
   */
  Written write(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(command, "command must not be null");
    Objects.requireNonNull(events, "events must not be null");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected version must not be negative, was " + expectedVersion);
    }
    // Read first: it also drops a held data key that is no longer the vault's.
    Optional<JourneyHead> recorded = heads.recorded(journey);
    SecretKey key =
        expectedVersion == 0
            ? vault.findOrCreate(journey)
            : vault.find(journey).orElseGet(() -> absentKey(journey, expectedVersion));
    List<byte[]> envelopes = new ArrayList<>(events.size());
    List<byte[]> sealed = new ArrayList<>(events.size());
    for (JourneyEvent event : events) {
      Objects.requireNonNull(event, "events must not contain null");
      long version = expectedVersion + 1 + sealed.size();
      byte[] envelope = payloads.encode(journey, version, event);
      envelopes.add(envelope);
      sealed.add(EventSeal.seal(key, journey, version, envelope));
    }
    Instant now = clock.instant();
    JourneyHead[] next = new JourneyHead[1];
    try {
      long version =
          database.inTransaction(
              c -> {
                next[0] = null;
                OptionalLong done = rows.versionOf(c, journey, command);
                if (done.isPresent()) {
                  return done.getAsLong();
                }
                long actual = rows.version(c, journey);
                if (actual != expectedVersion) {
                  // The same command may have been committed by another sender since the first
                  // look.
                  OptionalLong late = rows.versionOf(c, journey, command);
                  if (late.isPresent()) {
                    return late.getAsLong();
                  }
                  throw new ConcurrencyConflict(journey, expectedVersion, actual);
                }
                next[0] = heads.at(c, journey, key, actual, recorded).then(key, journey, sealed);
                if (expectedVersion == 0) {
                  rows.insertJourney(c, journey, now);
                }
                rows.insertEvents(c, journey, expectedVersion, command, now, sealed);
                return expectedVersion + sealed.size();
              });
      if (next[0] == null) {
        return new Written(version, List.of());
      }
      heads.advance(journey, next[0]);
      return new Written(version, envelopes);
    } catch (SQLException e) {
      if (database.dialect().violatesUniqueness(e)) {
        return new Written(afterLostRace(journey, expectedVersion, command), List.of());
      }
      throw new StorageException(
          "cannot append to journey " + journey + ": " + InWords.describe(e), e);
    }
  }

  /** Another writer stored the same versions first; it may have been this very command. */
  private long afterLostRace(JourneyId journey, long expectedVersion, CommandId command) {
    try {
      return database.inTransaction(
          c -> {
            OptionalLong done = rows.versionOf(c, journey, command);
            if (done.isPresent()) {
              return done.getAsLong();
            }
            throw new ConcurrencyConflict(journey, expectedVersion, rows.version(c, journey));
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot append to journey " + journey + ": " + InWords.describe(e), e);
    }
  }

  private SecretKey absentKey(JourneyId journey, long expectedVersion) {
    long actual = StoreWork.lookup(database, journey, c -> rows.version(c, journey));
    if (actual == 0) {
      throw new ConcurrencyConflict(journey, expectedVersion, 0);
    }
    throw HistoryReads.keyDestroyed(journey);
  }
}
