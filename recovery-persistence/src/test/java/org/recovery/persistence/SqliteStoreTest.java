package org.recovery.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.persistence.testing.TestKeys;

class SqliteStoreTest extends EventStoreContract {
  @TempDir Path directory;

  @Override
  protected CloseableEventStore newStore() {
    return Stores.sqlite(directory.resolve("recovery.db"), TestKeys.random());
  }
}
