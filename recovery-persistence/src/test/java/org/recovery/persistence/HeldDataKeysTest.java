package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.AnaAndBen.ANA;
import static org.recovery.persistence.AnaAndBen.ANAS;
import static org.recovery.persistence.AnaAndBen.AT;
import static org.recovery.persistence.AnaAndBen.BEN;
import static org.recovery.persistence.AnaAndBen.BENS;
import static org.recovery.persistence.AnaAndBen.started;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.StorageException;
import org.recovery.core.testing.Reachable;
import org.recovery.persistence.testing.TestKeys;

/**
 * A store unwraps a journey's data key once and holds it (as bytes it can wipe) until the journey
 * is deleted, the store closes, or a partner of the journey is locked — so in zero-knowledge mode
 * no key of a journey is held once none of its partners is unlocked.
 */
class HeldDataKeysTest {

  @TempDir Path directory;

  private final JourneyId journey = JourneyId.random();
  private final JourneyId other = JourneyId.random();
  private final KeyProvider keys = TestKeys.random();

  private SealingEventStore withMasterKey() {
    return Stores.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), keys, SealedEntriesTest.CHEAP);
  }

  private SealingEventStore zeroKnowledge() {
    return ZeroKnowledge.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), SealedEntriesTest.CHEAP);
  }

  private static void start(SealingEventStore store, JourneyId journey) {
    List<JourneyEvent> events =
        List.of(
            started(journey),
            new JournalEntryWritten(LocalDate.of(2026, 3, 2), "a shared line", ANA, AT));
    store.append(journey, 0, events, CommandId.random());
  }

  private static List<Object> dataKeys(SealingEventStore store) {
    return Reachable.from(store).named("DataKey");
  }

  private static byte[] material(Object dataKey) {
    return (byte[]) Reachable.field(dataKey, "material");
  }

  private static boolean wiped(byte[] material) {
    return Arrays.equals(material, new byte[material.length]);
  }

  @Test
  void aHeldKeyIsUsedWithoutReadingTheVaultAgain() throws Exception {
    try (SealingEventStore store = withMasterKey()) {
      start(store, journey);
      assertThat(store.read(journey)).hasSize(2);
      damageTheWrappedKeys();

      assertThat(store.read(journey)).hasSize(2);
      store.append(
          journey,
          2,
          List.of(new JournalEntryWritten(LocalDate.of(2026, 3, 3), "later", ANA, AT)),
          CommandId.random());
      assertThat(store.read(journey)).hasSize(3);
    }
    assertThatThrownBy(this::withMasterKey)
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("wrong master key");
  }

  @Test
  void aJourneyDeletedAndStartedAgainByAnotherStoreIsReadWithItsNewKey() {
    try (SealingEventStore mine = withMasterKey();
        SealingEventStore other = withMasterKey()) {
      start(mine, journey);
      assertThat(mine.read(journey)).hasSize(2);
      other.delete(journey);
      start(other, journey);
      other.append(
          journey,
          2,
          List.of(new JournalEntryWritten(LocalDate.of(2026, 3, 4), "again", ANA, AT)),
          CommandId.random());

      assertThat(mine.read(journey)).hasSize(3);
      mine.append(
          journey,
          3,
          List.of(new JournalEntryWritten(LocalDate.of(2026, 3, 5), "mine", ANA, AT)),
          CommandId.random());
      assertThat(other.read(journey)).hasSize(4);
    }
  }

  @Test
  void aDeletedJourneysKeyIsNoLongerHeldAndItsBytesAreWiped() {
    try (SealingEventStore store = withMasterKey()) {
      start(store, journey);
      start(store, other);
      store.read(journey);
      store.read(other);
      List<Object> held = dataKeys(store);
      assertThat(held).hasSize(2);

      assertThat(store.delete(journey)).isTrue();

      List<Object> left = dataKeys(store);
      assertThat(left).hasSize(1);
      assertThat(held)
          .filteredOn(k -> !left.contains(k))
          .singleElement()
          .satisfies(
              k -> {
                assertThat(wiped(material(k))).isTrue();
              });
      assertThat(wiped(material(left.get(0)))).isFalse();
      assertThat(store.read(other)).hasSize(2);
      assertThat(store.read(journey)).isEmpty();
    }
  }

  @Test
  void closingTheStoreWipesEveryHeldKey() {
    List<Object> held;
    try (SealingEventStore store = withMasterKey()) {
      start(store, journey);
      store.read(journey);
      held = dataKeys(store);
      assertThat(held).hasSize(1);
    }
    assertThat(held).allSatisfy(k -> assertThat(wiped(material(k))).isTrue());
  }

  @Test
  void inZeroKnowledgeModeTheKeyGoesWhenAPartnerIsLockedAndStaysAwayWithTheLast() {
    try (SealingEventStore store = zeroKnowledge()) {
      store.unlock(journey, ANA, ANAS);
      start(store, journey);
      store.unlock(journey, BEN, BENS);
      store.read(journey);
      List<Object> held = dataKeys(store);
      assertThat(held).hasSize(1);

      store.lock(journey, ANA);
      assertThat(held).allSatisfy(k -> assertThat(wiped(material(k))).isTrue());
      assertThat(store.read(journey)).hasSize(2);
      List<Object> bens = dataKeys(store);
      assertThat(bens).hasSize(1);

      store.lock(journey, BEN);
      assertThat(dataKeys(store)).isEmpty();
      assertThat(bens).allSatisfy(k -> assertThat(wiped(material(k))).isTrue());
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
    }
  }

  @Test
  void inZeroKnowledgeModeADeletedJourneysKeyIsNoLongerHeld() {
    try (SealingEventStore store = zeroKnowledge()) {
      store.unlock(journey, ANA, ANAS);
      start(store, journey);
      store.read(journey);
      List<Object> held = dataKeys(store);
      assertThat(held).hasSize(1);

      assertThat(store.delete(journey)).isTrue();

      assertThat(dataKeys(store)).isEmpty();
      assertThat(held).allSatisfy(k -> assertThat(wiped(material(k))).isTrue());
    }
  }

  /** Names another master key in the vault's rows: unwrapping again would be refused. */
  private void damageTheWrappedKeys() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("r.db.keys"));
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE data_keys SET master_key = 'another-master-key'");
    }
  }
}
