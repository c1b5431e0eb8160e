package org.recovery.core.spi;

import java.util.List;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;

/**
 * The storage port: an append-only list of events per journey with optimistic concurrency.
 *
 * <p>Implementations are thread-safe. When {@link #append} returns, the events are durable (for a
 * durable store) and visible to every later {@link #read}. Exceptions other than {@link
 * ConcurrencyConflict} are {@link StorageException}s.
 */
public interface EventStore {

  /**
   * Appends events to a journey, which must be at {@code expectedVersion} (0 for a journey that
   * does not exist yet). Either all events are stored, at versions {@code expectedVersion + 1} on,
   * or none.
   *
   * <p>Idempotent per command: if an append with the same {@code command} id was already stored for
   * this journey, nothing is appended and the version that append reached is returned.
   *
   * @param journey the journey
   * @param expectedVersion the version the caller's decision was based on
   * @param events the new events, at least one
   * @param command identifies the command across retries
   * @return the journey's version after the append
   * @throws ConcurrencyConflict if the journey is at another version
   * @throws IllegalArgumentException if {@code events} is empty or the version negative
   */
  long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command);

  /**
   * Appends as {@link #append} does, then gives back what the command has stored, as {@link #read}
   * would give it now: the events appended by this call, or — when an append of {@code command} was
   * stored before — those. A caller holding the journey in memory extends it with them instead of
   * reading them back. The default appends and asks {@link #readCommand}; a store that can tell
   * without reading overrides it.
   *
   * @return the events stored by {@code command}, oldest first
   * @throws ConcurrencyConflict if the journey is at another version
   * @throws IllegalArgumentException if {@code events} is empty or the version negative
   */
  default List<RecordedEvent> appendAndRead(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    append(journey, expectedVersion, events, command);
    return readCommand(journey, command);
  }

  /**
   * Reads a journey's events after {@code afterVersion}, oldest first.
   *
   * @return the events; empty if the journey does not exist or has no later events
   */
  List<RecordedEvent> read(JourneyId journey, long afterVersion);

  /**
   * The journey's version as stored now: the version of its last event, 0 if it does not exist.
   * Caches ask this to learn whether what they hold is current without reading any event. The
   * default reads the whole history; stores override it with one lookup.
   */
  default long version(JourneyId journey) {
    List<RecordedEvent> all = read(journey);
    return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
  }

  /**
   * The journey's first event, the one that started it, without reading the rest: enough to learn
   * who the partners are before anything else is read. The default reads the whole history; stores
   * override it with one lookup.
   *
   * @return the event at version 1; empty if the journey does not exist
   */
  default Optional<RecordedEvent> first(JourneyId journey) {
    List<RecordedEvent> all = read(journey);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Reads all events of a journey, oldest first; empty if it does not exist. */
  default List<RecordedEvent> read(JourneyId journey) {
    return read(journey, 0);
  }

  /**
   * The events an earlier append of {@code command} stored in this journey, oldest first. A caller
   * that retries a command after a lost acknowledgement learns from it what was stored.
   *
   * @return the events; empty if no append of {@code command} was stored in this journey
   */
  List<RecordedEvent> readCommand(JourneyId journey, CommandId command);

  /** The ids of all stored journeys, in the order they were created. */
  List<JourneyId> list();

  /**
   * Deletes a journey and everything stored about it. Durable stores destroy the journey's data
   * key, so copies of its rows in old backups can no longer be read with a key vault from after the
   * delete (see docs/persistence.md).
   *
   * @return whether the journey existed
   */
  boolean delete(JourneyId journey);
}
