package org.recovery.persistence;

class InMemoryStoreTest extends EventStoreContract {
  @Override
  protected CloseableEventStore newStore() {
    return Stores.inMemory();
  }
}
