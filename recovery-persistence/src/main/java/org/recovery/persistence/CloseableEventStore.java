package org.recovery.persistence;

import org.recovery.core.spi.EventStore;

/**
 * An {@link EventStore} that holds connections or files until it is closed. Close it when the
 * application stops; using it afterwards fails.
 */
public interface CloseableEventStore extends EventStore, AutoCloseable {

  /** Releases what the store holds. Closing twice does nothing more. */
  @Override
  void close();
}
