package org.recovery.persistence;

import org.recovery.persistence.testing.TestKeys;
import org.recovery.persistence.testing.TestPostgres;

/**
 * The contract against a real PostgreSQL server: an embedded one started once per test JVM, or the
 * server in {@code RECOVERY_TEST_PG_URL}. A server that cannot be reached fails the tests.
 */
class PostgresStoreTest extends EventStoreContract {
  @Override
  protected CloseableEventStore newStore() {
    return Stores.postgres(TestPostgres.newDatabaseUrl(), TestKeys.random());
  }
}
