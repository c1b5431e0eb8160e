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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.core.testing.Reachable;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.SealedFiles;

/**
 * Zero-knowledge mode: no master key exists; a journey opens only while one of its partners is
 * unlocked in the store. With every file of a stopped store nothing decrypts; with a running store
 * and no unlocked partner of a journey, no key of that journey is reachable from the store.
 */
class ZeroKnowledgeStoreTest {
  private static final String SHARED = "Ana-SHARED-NAME-91d2";
  private static final String PRIVATE = "ANA-PRIVATE-WORDS-4e7b";

  @TempDir Path directory;

  private final JourneyId journey = JourneyId.random();

  private SealingEventStore open() {
    return ZeroKnowledge.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), SealedEntriesTest.CHEAP);
  }

  private List<JourneyEvent> start(SealingEventStore store) {
    assertThat(store.unlock(journey, ANA, ANAS).recoveryCode()).isPresent();
    List<JourneyEvent> events =
        List.of(
            new JourneyStarted(
                journey,
                ANA,
                SHARED,
                BEN,
                "Ben",
                ZoneId.of("Europe/Berlin"),
                7,
                36,
                "standard",
                3,
                ANA,
                AT),
            new JournalEntryWritten(LocalDate.of(2026, 3, 2), PRIVATE, ANA, AT));
    store.append(journey, 0, events, CommandId.random());
    return events;
  }

  private static List<JourneyEvent> read(SealingEventStore store, JourneyId journey) {
    return store.read(journey).stream().map(RecordedEvent::event).toList();
  }

  @Test
  void theFirstPartnerStartsAndTheSecondIsWrappedInAtTheirFirstUnlock() {
    try (SealingEventStore store = open()) {
      List<JourneyEvent> written = start(store);
      assertThat(read(store, journey)).isEqualTo(written);
      assertThat(store.unlock(journey, BEN, BENS).recoveryCode()).isPresent();
      store.lock(journey, ANA);

      List<JourneyEvent> bens = read(store, journey);
      assertThat(bens.get(0)).isEqualTo(written.get(0));
      assertThat(bens.get(1)).isInstanceOf(SealedEntry.class);
      assertThat(bens.toString()).doesNotContain(PRIVATE);
    }
    try (SealingEventStore store = open()) {
      store.unlock(journey, BEN, BENS);
      assertThat(read(store, journey)).hasSize(2);
    }
  }

  @Test
  void aSecondPartnerWhoUnlocksAloneIsWrappedInAtTheFirstPartnersNextUnlock() {
    try (SealingEventStore store = open()) {
      start(store);
    }
    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, BEN, BENS).recoveryCode()).isPresent();
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
      store.unlock(journey, ANA, ANAS);
      store.lock(journey, ANA);
      assertThat(read(store, journey)).hasSize(2);
    }
  }

  @Test
  void someoneTheJourneyDoesNotNameIsNeverWrappedIn() throws Exception {
    PartnerId stranger = new PartnerId(new UUID(9, 9));
    try (SealingEventStore store = open()) {
      start(store);
      store.unlock(journey, stranger, "stranger-pass-1".toCharArray());
      store.lock(journey, ANA);
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
    }
    assertThat(rows("SELECT partner_id FROM partner_wraps")).hasSize(1);
  }

  @Test
  void withNoPartnerUnlockedReadingAndWritingAreRefusedInWordsThatNameNoContent() {
    try (SealingEventStore store = open()) {
      start(store);
    }
    try (SealingEventStore store = open()) {
      assertThat(store.list()).containsExactly(journey);
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked")
          .hasMessageContaining("unlocks it with their" + " passphrase")
          .hasMessageNotContaining(SHARED)
          .hasMessageNotContaining("Ben");
      assertThatThrownBy(
              () ->
                  store.append(
                      journey,
                      2,
                      List.of(new JournalEntryWritten(LocalDate.of(2026, 3, 3), "more", ANA, AT)),
                      CommandId.random()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
      store.unlock(journey, ANA, ANAS);
      assertThat(read(store, journey)).hasSize(2);
    }
  }

  @Test
  void aPostgresUrlNobodyAnswersIsRefusedInWordsAndNeedsAUrl() {
    assertThatThrownBy(
            () ->
                ZeroKnowledge.postgres(
                    "jdbc:postgresql://127.0.0.1:1/none?user=u&connectTimeout=1"))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("PostgreSQL");
    assertThatThrownBy(() -> ZeroKnowledge.postgres((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("JDBC URL must not be null");
  }

  @Test
  void aJourneyCannotBeStartedBeforeItsFirstPartnerUnlocks() {
    try (SealingEventStore store = open()) {
      assertThatThrownBy(
              () -> store.append(journey, 0, List.of(started(journey)), CommandId.random()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("cannot be started yet");
      assertThat(store.list()).isEmpty();
    }
  }

  @Test
  void everyFileOfAStoppedStoreDecryptsNothing() throws Exception {
    try (SealingEventStore store = open()) {
      start(store);
      store.unlock(journey, BEN, BENS);
    }

    String raw = SealedFiles.rawBytes(directory);
    assertThat(raw).doesNotContain(SHARED).doesNotContain(PRIVATE).doesNotContain("Ben");
    assertThat(rows("SELECT master_key || ':' || length(wrapped_key) FROM data_keys"))
        .containsExactly("zero-knowledge:0");
    assertThat(rows("SELECT partner_id FROM partner_wraps")).hasSize(2);
    byte[] anyMaster = MasterKey.randomMaterial();
    assertThatThrownBy(
            () ->
                Stores.sqlite(
                    directory.resolve("r.db"),
                    directory.resolve("r.db.keys"),
                    () -> new SecretKeySpec(anyMaster, "AES")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("zero-knowledge mode");
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
    }
  }

  @Test
  void aRunningStoreHoldsNoKeyOfAJourneyNoneOfWhosePartnersIsUnlocked() {
    JourneyId other = JourneyId.random();
    PartnerId cleo = new PartnerId(new UUID(3, 3));
    try (SealingEventStore store = open()) {
      start(store);
      store.unlock(journey, BEN, BENS);
      store.unlock(other, cleo, "cleo-passphrase-1".toCharArray());
      store.append(
          other,
          0,
          List.of(
              new JourneyStarted(
                  other,
                  cleo,
                  "Cleo",
                  BEN,
                  "Dan",
                  ZoneId.of("Europe/Berlin"),
                  7,
                  36,
                  "standard",
                  3,
                  cleo,
                  AT)),
          CommandId.random());
      read(store, journey);
      Reachable before = Reachable.from(store);
      assertThat(slotsOf(before, journey)).hasSize(2);
      List<byte[]> journeysKeys = new ArrayList<>();
      before.named("Held").stream()
          .filter(held -> held != heldOf(before, other))
          .forEach(held -> journeysKeys.add((byte[]) Reachable.field(held, "material")));

      store.lock(journey, ANA);
      store.lock(journey, BEN);

      Reachable after = Reachable.from(store);
      assertThat(after.unreadable).isEmpty();
      assertThat(slotsOf(after, journey)).isEmpty();
      assertThat(after.named("Held")).hasSize(1);
      assertThat(after.objects)
          .noneMatch(o -> o instanceof SecretKey)
          .noneMatch(o -> o instanceof MasterKey);
      assertThat(journeysKeys)
          .hasSize(2)
          .allMatch(material -> Arrays.equals(material, new byte[material.length]));
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
      assertThat(read(store, other)).hasSize(1);
    }
  }

  @Test
  void aWrongPassphraseUnlocksNothingAndChangesNothing() throws Exception {
    try (SealingEventStore store = open()) {
      start(store);
    }
    List<String> vault = vaultRows();
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.unlock(journey, ANA, BENS)).isInstanceOf(WrongSecret.class);
      assertThat(slotsOf(Reachable.from(store), journey)).isEmpty();
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
    }
    assertThat(vaultRows()).isEqualTo(vault);
  }

  @Test
  void deletingAJourneyDestroysEveryWrappingOfItsKeyWithNoPartnerUnlocked() throws Exception {
    try (SealingEventStore store = open()) {
      start(store);
      store.unlock(journey, BEN, BENS);
    }
    try (SealingEventStore store = open()) {
      assertThat(store.delete(journey)).isTrue();
      assertThat(store.list()).isEmpty();
    }
    assertThat(vaultRows()).isEmpty();
  }

  @Test
  void aVaultMadeWithAMasterKeyDoesNotOpenInZeroKnowledgeMode() {
    byte[] material = MasterKey.randomMaterial();
    try (SealingEventStore store =
        Stores.sqlite(
            directory.resolve("r.db"),
            directory.resolve("r.db.keys"),
            () -> new SecretKeySpec(material, "AES"))) {
      store.append(journey, 0, List.of(started(journey)), CommandId.random());
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("wrapped by a master key");
  }

  private static List<Object> slotsOf(Reachable reachable, JourneyId journey) {
    return reachable.named("Slot").stream()
        .filter(slot -> journey.equals(Reachable.field(slot, "journey")))
        .toList();
  }

  private static Object heldOf(Reachable reachable, JourneyId journey) {
    Object slot = slotsOf(reachable, journey).get(0);
    return reachable.objects.stream()
        .filter(o -> o instanceof java.util.Map<?, ?>)
        .map(map -> ((java.util.Map<?, ?>) map).get(slot))
        .filter(h -> h != null)
        .findFirst()
        .orElseThrow();
  }

  private List<String> vaultRows() throws Exception {
    List<String> all = new ArrayList<>();
    all.addAll(rows("SELECT journey_id || master_key || hex(wrapped_key) FROM data_keys"));
    all.addAll(
        rows(
            "SELECT partner_id || key_id || hex(by_passphrase) || hex(by_recovery)"
                + " FROM partner_keys"));
    all.addAll(rows("SELECT partner_id || key_id || hex(wrapped_key) FROM partner_wraps"));
    return all;
  }

  private List<String> rows(String sql) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("r.db.keys"));
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      while (row.next()) {
        found.add(row.getString(1));
      }
    }
    return found;
  }
}
