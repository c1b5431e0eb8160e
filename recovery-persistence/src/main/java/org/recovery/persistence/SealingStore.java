package org.recovery.persistence;

import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.jdbc.JdbcEventStore;

/** A {@link JdbcEventStore} as a {@link SealingEventStore}: closed once, keys forgotten then. */
final class SealingStore extends DelegatingStore implements SealingEventStore {
  private final JdbcEventStore store;

  SealingStore(JdbcEventStore store) {
    super(store);
    this.store = store;
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
  public void changePassphrase(JourneyId journey, PartnerId partner, char[] current, char[] next) {
    store.partnerKeys().changePassphrase(journey, partner, current, next);
  }

  @Override
  public RecoveryCode recover(
      JourneyId journey, PartnerId partner, RecoveryCode code, char[] newPassphrase) {
    return store.partnerKeys().recover(journey, partner, code, newPassphrase);
  }

  @Override
  public boolean forget(JourneyId journey, PartnerId partner, char[] passphrase) {
    return store.partnerKeys().forget(journey, partner, passphrase);
  }
}
