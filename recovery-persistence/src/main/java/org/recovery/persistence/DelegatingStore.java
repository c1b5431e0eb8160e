package org.recovery.persistence;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;

/**
 * An {@link EventStore} handed on as a {@link CloseableEventStore}: every call goes to the store
 * inside, and closing closes it once (if it can be closed at all).
 */
class DelegatingStore implements CloseableEventStore {
  private final EventStore store;
  private final AtomicBoolean closed = new AtomicBoolean();

  DelegatingStore(EventStore store) {
    this.store = store;
  }

  @Override
  public final long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    return store.append(journey, expectedVersion, events, command);
  }

  @Override
  public final List<RecordedEvent> appendAndRead(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    return store.appendAndRead(journey, expectedVersion, events, command);
  }

  @Override
  public final List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    return store.read(journey, afterVersion);
  }

  @Override
  public final Optional<RecordedEvent> first(JourneyId journey) {
    return store.first(journey);
  }

  @Override
  public final long version(JourneyId journey) {
    return store.version(journey);
  }

  @Override
  public final List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    return store.readCommand(journey, command);
  }

  @Override
  public final List<JourneyId> list() {
    return store.list();
  }

  @Override
  public final boolean delete(JourneyId journey) {
    return store.delete(journey);
  }

  @Override
  public final void close() {
    if (closed.compareAndSet(false, true) && store instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new StorageException("cannot close the store: " + InWords.describe(e), e);
      }
    }
  }

  @Override
  public final String toString() {
    return store.toString();
  }
}
