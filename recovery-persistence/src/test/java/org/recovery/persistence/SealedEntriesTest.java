package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.AnaAndBen.ANA;
import static org.recovery.persistence.AnaAndBen.ANAS;
import static org.recovery.persistence.AnaAndBen.AT;
import static org.recovery.persistence.AnaAndBen.BEN;
import static org.recovery.persistence.AnaAndBen.BENS;
import static org.recovery.persistence.AnaAndBen.journal;
import static org.recovery.persistence.AnaAndBen.started;

import java.nio.file.Path;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CoupleFact;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.SealedFiles;

/**
 * Private entries sealed to their author: the other partner's process, holding the database, the
 * key vault, the master key and its own passphrase, opens none of them; the author can change the
 * passphrase, recover with the code, and destroy the key.
 */
class SealedEntriesTest {
  static final int CHEAP = 1_000;
  private static final String MARKER = "ANA-WROTE-THIS-7f3a";

  @TempDir Path directory;

  private final byte[] material = MasterKey.randomMaterial();
  private final KeyProvider keys = () -> new SecretKeySpec(material, "AES");
  private final JourneyId journey = JourneyId.random();

  private SealingEventStore open() {
    return Stores.sqlite(directory.resolve("r.db"), directory.resolve("r.db.keys"), keys, CHEAP);
  }

  @BeforeEach
  void bothPartnersWrite() {
    try (SealingEventStore store = open()) {
      store.append(journey, 0, List.of(started(journey)), CommandId.random());
      assertThat(store.unlock(journey, ANA, ANAS).recoveryCode()).isPresent();
      assertThat(store.unlock(journey, BEN, BENS).recoveryCode()).isPresent();
      store.append(
          journey,
          1,
          List.of(
              journal(ANA, MARKER),
              new ConsentDeclared(ConsentLevel.AFFECTIONATE_GESTURES, ANA, AT),
              journal(BEN, "ben's own words")),
          CommandId.random());
    }
  }

  private List<JourneyEvent> readAs(PartnerId partner, char[] passphrase) {
    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, partner, passphrase).recoveryCode()).isEmpty();
      return store.read(journey).stream().map(RecordedEvent::event).toList();
    }
  }

  @Test
  void theOtherPartnersProcessOpensNoneOfTheAuthorsEntries() throws Exception {
    List<JourneyEvent> bens = readAs(BEN, BENS);

    assertThat(bens.get(1)).isEqualTo(new SealedEntry(new CoupleFact.Nothing(), ANA, AT));
    assertThat(bens.get(2))
        .isEqualTo(
            new SealedEntry(
                new CoupleFact.ConsentLevelDeclared(ConsentLevel.AFFECTIONATE_GESTURES), ANA, AT));
    assertThat(bens.get(3)).isEqualTo(journal(BEN, "ben's own words"));
    assertThat(bens.toString()).doesNotContain(MARKER);
    assertThat(
            SealedFiles.decryptedEnvelopes(
                directory.resolve("r.db"),
                directory.resolve("r.db.keys"),
                MasterKey.of(material),
                journey))
        .hasSize(4)
        .noneMatch(envelope -> envelope.contains(MARKER))
        .noneMatch(envelope -> envelope.contains("journal"));
    assertThat(SealedFiles.rawBytes(directory)).doesNotContain(MARKER);
  }

  @Test
  void theAuthorsProcessOpensThemAsWritten() {
    assertThat(readAs(ANA, ANAS).get(1)).isEqualTo(journal(ANA, MARKER));
  }

  @Test
  void withoutUnlockingNothingPrivateOpensAndTheAuthorCannotWrite() {
    try (SealingEventStore store = open()) {
      assertThat(store.read(journey))
          .extracting(RecordedEvent::event)
          .filteredOn(e -> e instanceof SealedEntry)
          .hasSize(3);
      assertThatThrownBy(
              () -> store.append(journey, 4, List.of(journal(ANA, "more")), CommandId.random()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("key is locked");
      assertThat(store.read(journey)).hasSize(4);
    }
  }

  @Test
  void aWrongPassphraseUnlocksNothingAndChangesNothing() {
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.unlock(journey, ANA, BENS))
          .isInstanceOf(WrongSecret.class)
          .hasMessage(
              "That passphrase does not unlock this partner's private entries."
                  + " Nothing was changed.");
      assertThat(store.read(journey).get(1).event()).isInstanceOf(SealedEntry.class);
    }
    assertThat(readAs(ANA, ANAS).get(1)).isEqualTo(journal(ANA, MARKER));
  }

  @Test
  void aChangedPassphraseUnlocksAndTheOldOneNoLonger() {
    char[] next = "ana-second-passphrase".toCharArray();
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.changePassphrase(journey, ANA, BENS, next))
          .isInstanceOf(WrongSecret.class);
      store.changePassphrase(journey, ANA, ANAS, next);
    }
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.unlock(journey, ANA, ANAS)).isInstanceOf(WrongSecret.class);
    }
    assertThat(readAs(ANA, next).get(1)).isEqualTo(journal(ANA, MARKER));
  }

  @Test
  void theRecoveryCodeSetsANewPassphraseOnceAndIsReplaced() {
    RecoveryCode code;
    try (SealingEventStore store = open()) {
      store.forget(journey, BEN, BENS); // Ben starts again, to be given a code here
      code = store.unlock(journey, BEN, BENS).recoveryCode().orElseThrow();
    }
    char[] next = "ben-after-forgetting".toCharArray();
    RecoveryCode replaced;
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.recover(journey, ANA, code, next))
          .isInstanceOf(WrongSecret.class)
          .hasMessageContaining("recovery code");
      replaced = store.recover(journey, BEN, RecoveryCode.parse(code.text().toLowerCase()), next);
      assertThat(replaced).isNotEqualTo(code);
      assertThatThrownBy(() -> store.recover(journey, BEN, code, next))
          .isInstanceOf(WrongSecret.class);
    }
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.unlock(journey, BEN, BENS)).isInstanceOf(WrongSecret.class);
      store.unlock(journey, BEN, next);
      store.append(journey, 4, List.of(journal(BEN, "after recovery")), CommandId.random());
    }
    try (SealingEventStore store = open()) {
      store.recover(journey, BEN, replaced, "ben-third-passphrase".toCharArray());
      assertThat(store.read(journey).get(4).event()).isEqualTo(journal(BEN, "after recovery"));
    }
  }

  @Test
  void destroyingHerKeyLeavesHerEntriesUnreadableToEveryoneButTheirCoupleFacts() throws Exception {
    String wrapped = wrappedKeyOf(ANA);
    assertThat(SealedFiles.rawBytes(directory)).contains(wrapped);
    try (SealingEventStore store = open()) {
      assertThatThrownBy(() -> store.forget(journey, ANA, BENS)).isInstanceOf(WrongSecret.class);
      assertThat(store.forget(journey, ANA, ANAS)).isTrue();
      assertThat(store.hasKey(journey, ANA)).isFalse();
    }
    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, ANA, ANAS).recoveryCode())
          .as("a new key, for new entries")
          .isPresent();
      List<JourneyEvent> hers = store.read(journey).stream().map(RecordedEvent::event).toList();
      assertThat(hers.get(1)).isEqualTo(new SealedEntry(new CoupleFact.Nothing(), ANA, AT));
      assertThat(hers.get(2))
          .isEqualTo(
              new SealedEntry(
                  new CoupleFact.ConsentLevelDeclared(ConsentLevel.AFFECTIONATE_GESTURES),
                  ANA,
                  AT));
    }
    assertThat(SealedFiles.rawBytes(directory))
        .as("the destroyed key is overwritten")
        .doesNotContain(wrapped);
  }

  private String wrappedKeyOf(PartnerId partner) throws Exception {
    try (var c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("r.db.keys"));
        var q = c.prepareStatement("SELECT by_passphrase FROM partner_keys WHERE partner_id = ?")) {
      q.setString(1, partner.toString());
      try (var row = q.executeQuery()) {
        row.next();
        return new String(row.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
    }
  }

  @Test
  void aStoreOpenedWithoutAWorkFactorWrapsKeysWithOwaspsSixHundredThousandIterations()
      throws Exception {
    JourneyId other = JourneyId.random();
    try (SealingEventStore store =
        Stores.sqlite(directory.resolve("r.db"), directory.resolve("r.db.keys"), keys)) {
      store.unlock(other, ANA, ANAS);
    }
    try (var c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("r.db.keys"));
        var q = c.prepareStatement("SELECT iterations FROM partner_keys WHERE journey_id = ?")) {
      q.setString(1, other.toString());
      try (var row = q.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getInt(1)).isEqualTo(600_000);
      }
    }
  }

  @Test
  void deletingTheJourneyDestroysThePartnersKeys() {
    try (SealingEventStore store = open()) {
      assertThat(store.delete(journey)).isTrue();
      assertThat(store.hasKey(journey, ANA)).isFalse();
      assertThat(store.hasKey(journey, BEN)).isFalse();
    }
  }
}
