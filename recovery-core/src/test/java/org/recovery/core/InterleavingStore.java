package org.recovery.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;

/**
 * A store that delegates, and before an append either runs another writer (who then wins the race)
 * or throws a conflict without storing, or stores and then loses the acknowledgement. Counts every
 * append it is asked for. Not thread-safe: for single-threaded tests.
 */
final class InterleavingStore implements EventStore {
  private final EventStore delegate;
  private final Deque<Runnable> beforeAppends = new ArrayDeque<>();
  private Runnable everyAppend = () -> {};
  private int appends;
  private int conflicts;
  private boolean loseAcknowledgement;

  InterleavingStore(EventStore delegate) {
    this.delegate = delegate;
  }

  /** Runs {@code otherWriter} against the delegate just before the next append. */
  InterleavingStore beforeNextAppend(Runnable otherWriter) {
    beforeAppends.add(otherWriter);
    return this;
  }

  /** Makes the next append fail with a conflict of unknown actual version, storing nothing. */
  InterleavingStore conflictOnNextAppend() {
    conflicts++;
    return this;
  }

  /** Stores the next append, then fails as if the answer was lost on the way back. */
  InterleavingStore loseNextAcknowledgement() {
    loseAcknowledgement = true;
    return this;
  }

  /** Runs {@code otherWriter} before every append from now on. */
  InterleavingStore beforeEveryAppend(Runnable otherWriter) {
    everyAppend = otherWriter;
    return this;
  }

  /** How many appends were asked for. */
  int appends() {
    return appends;
  }

  @Override
  public long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    appends++;
    if (conflicts > 0) {
      conflicts--;
      throw new ConcurrencyConflict(journey, expectedVersion, -1);
    }
    Runnable next = beforeAppends.poll();
    if (next != null) {
      next.run();
    }
    everyAppend.run();
    long version = delegate.append(journey, expectedVersion, events, command);
    if (loseAcknowledgement) {
      loseAcknowledgement = false;
      throw new StorageException("journey " + journey + ": connection lost after commit");
    }
    return version;
  }

  @Override
  public List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    return delegate.read(journey, afterVersion);
  }

  @Override
  public List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    return delegate.readCommand(journey, command);
  }

  @Override
  public List<JourneyId> list() {
    return delegate.list();
  }

  @Override
  public boolean delete(JourneyId journey) {
    return delegate.delete(journey);
  }
}
