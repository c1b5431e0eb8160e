package org.recovery.persistence;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.jdbc.JdbcEventStore;

/** A {@link JdbcEventStore} as a {@link SealingEventStore}: closed once, keys forgotten then. */
final class SealingStore implements SealingEventStore {
  private final JdbcEventStore store;
  private final AtomicBoolean closed = new AtomicBoolean();

  SealingStore(JdbcEventStore store) {
    this.store = store;
  }

  @Override
  public long append(JourneyId journey, long expectedVersion, List<JourneyEvent> events,
      CommandId command) {
    return store.append(journey, expectedVersion, events, command);
  }

  @Override
  public List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    return store.read(journey, afterVersion);
  }

  @Override
  public List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    return store.readCommand(journey, command);
  }

  @Override
  public List<JourneyId> list() {
    return store.list();
  }

  @Override
  public boolean delete(JourneyId journey) {
    return store.delete(journey);
  }

  @Override
  public Unlocked unlock(JourneyId journey, PartnerId partner, char[] passphrase) {
    return store.partnerKeys().unlock(journey, partner, passphrase);
  }

  @Override
  public void lock(JourneyId journey, PartnerId partner) {
    store.partnerKeys().lock(journey, partner);
  }

  @Override
  public boolean hasKey(JourneyId journey, PartnerId partner) {
    return store.partnerKeys().hasKey(journey, partner);
  }

  @Override
  public void changePassphrase(JourneyId journey, PartnerId partner, char[] current,
      char[] next) {
    store.partnerKeys().changePassphrase(journey, partner, current, next);
  }

  @Override
  public RecoveryCode recover(JourneyId journey, PartnerId partner, RecoveryCode code,
      char[] newPassphrase) {
    return store.partnerKeys().recover(journey, partner, code, newPassphrase);
  }

  @Override
  public boolean forget(JourneyId journey, PartnerId partner, char[] passphrase) {
    return store.partnerKeys().forget(journey, partner, passphrase);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      store.close();
    }
  }

  @Override
  public String toString() {
    return store.toString();
  }
}
