package org.recovery.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.SealingEventStore;

/**
 * A store handed on call by call to the one a session opened, counting how often a journey's events
 * are read ({@code read}), its first event alone ({@code first}) and the list of journeys ({@code
 * list}). Hand {@link #wrap} to {@link Harness#stores}.
 */
final class CountingStore implements SealingEventStore {
  final AtomicInteger reads = new AtomicInteger();
  final AtomicInteger firsts = new AtomicInteger();
  final AtomicInteger lists = new AtomicInteger();
  private SealingEventStore store;

  /** Counts from now on what is asked of {@code opened}. */
  SealingEventStore wrap(SealingEventStore opened) {
    store = opened;
    return this;
  }

  @Override
  public long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    return store.append(journey, expectedVersion, events, command);
  }

  @Override
  public List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    reads.incrementAndGet();
    return store.read(journey, afterVersion);
  }

  @Override
  public Optional<RecordedEvent> first(JourneyId journey) {
    firsts.incrementAndGet();
    return store.first(journey);
  }

  @Override
  public long version(JourneyId journey) {
    return store.version(journey);
  }

  @Override
  public List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    reads.incrementAndGet();
    return store.readCommand(journey, command);
  }

  @Override
  public List<JourneyId> list() {
    lists.incrementAndGet();
    return store.list();
  }

  @Override
  public boolean delete(JourneyId journey) {
    return store.delete(journey);
  }

  @Override
  public void close() {
    store.close();
  }

  @Override
  public Unlocked unlock(JourneyId journey, PartnerId partner, char[] passphrase) {
    return store.unlock(journey, partner, passphrase);
  }

  @Override
  public void lock(JourneyId journey, PartnerId partner) {
    store.lock(journey, partner);
  }

  @Override
  public boolean hasKey(JourneyId journey, PartnerId partner) {
    return store.hasKey(journey, partner);
  }

  @Override
  public void changePassphrase(JourneyId journey, PartnerId partner, char[] current, char[] next) {
    store.changePassphrase(journey, partner, current, next);
  }

  @Override
  public RecoveryCode recover(
      JourneyId journey, PartnerId partner, RecoveryCode code, char[] newPassphrase) {
    return store.recover(journey, partner, code, newPassphrase);
  }

  @Override
  public boolean forget(JourneyId journey, PartnerId partner, char[] passphrase) {
    return store.forget(journey, partner, passphrase);
  }
}
