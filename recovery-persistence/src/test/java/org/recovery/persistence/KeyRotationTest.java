package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.testing.Events.journal;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.testing.TestKeys;

class KeyRotationTest {
  @TempDir
  Path directory;

  @Test
  void afterARotationTheNewKeyReadsEverythingAndTheOldOneNothing() {
    Path database = directory.resolve("recovery.db");
    Path vault = directory.resolve("recovery.db.keys");
    KeyProvider old = TestKeys.random();
    KeyProvider next = TestKeys.random();
    JourneyId one = JourneyId.random();
    JourneyId two = JourneyId.random();
    try (CloseableEventStore store = Stores.sqlite(database, old)) {
      store.append(one, 0, List.of(journal("one")), CommandId.random());
      store.append(two, 0, List.of(journal("two")), CommandId.random());
    }

    assertThat(Stores.rotateMasterKey(vault, old, next)).isEqualTo(2);
    assertThat(Stores.rotateMasterKey(vault, old, next)).as("run again").isZero();

    try (CloseableEventStore store = Stores.sqlite(database, next)) {
      assertThat(store.read(one)).extracting(RecordedEvent::event).containsExactly(journal("one"));
      assertThat(store.read(two)).extracting(RecordedEvent::event).containsExactly(journal("two"));
    }
    assertThatThrownBy(() -> Stores.sqlite(database, old))
        .isInstanceOf(StorageException.class).hasMessageContaining("wrong master key");
    assertThatThrownBy(() -> Stores.rotateMasterKey(vault, TestKeys.random(), TestKeys.random()))
        .isInstanceOf(StorageException.class).hasMessageContaining("neither");
  }
}
