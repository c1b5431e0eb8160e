package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;
import org.recovery.persistence.WrongSecret;
import org.recovery.persistence.ZeroKnowledge;

/**
 * A database made with {@code start --zero-knowledge} keeps no master key, remembers its mode, and
 * opens only with a partner's passphrase: each partner's recovery code is shown at their own first
 * command, and with every file copied nothing decrypts without a passphrase.
 */
class ZeroKnowledgeCliTest {
  static final String JOURNAL = "zk-journal-words-4f1c";
  static final String NOTE = "zk-shared-note-77ad";
  private static final Pattern CODE = Pattern.compile("[A-Z2-7]{4}(-[A-Z2-7]{4}){5}");

  @TempDir Path directory;
  Harness cli;
  DataFiles files;

  @BeforeEach
  void startInZeroKnowledgeMode() {
    cli = new Harness(directory).started("--zero-knowledge");
    files = DataFiles.of(cli.database);
  }

  static String code(String err) {
    Matcher m = CODE.matcher(err);
    assertThat(m.find()).as("a recovery code in: %s", err).isTrue();
    return m.group();
  }

  @Test
  void noMasterKeyFileIsMadeAndLaterCommandsNeedNoFlag() {
    assertThat(files.masterKey()).doesNotExist();
    assertThat(files.keyVault()).exists();
    Harness.expectOk(cli.as("Sam", "journal", JOURNAL));
    Harness.expectOk(cli.as("Alex", "status"));
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains(JOURNAL);
    assertThat(files.masterKey()).doesNotExist();
  }

  @Test
  void eachPartnersRecoveryCodeIsShownAtTheirOwnFirstCommandOnly() throws IOException {
    String credentials = Files.readString(files.credentials());
    assertThat(credentials).contains("pendingCode").doesNotContainPattern(CODE);

    Harness.Run samsFirst = Harness.expectOk(cli.as("Sam", "status"));
    String samsCode = code(samsFirst.err());
    assertThat(samsFirst.err()).contains("shown only this once", "recover --as Sam");
    assertThat(samsFirst.out()).doesNotContainPattern(CODE);
    assertThat(Harness.expectOk(cli.as("Sam", "status")).err()).doesNotContainPattern(CODE);

    String alexsCode = code(Harness.expectOk(cli.as("Alex", "status")).err());
    assertThat(alexsCode).isNotEqualTo(samsCode);
    assertThat(Files.readString(files.credentials())).doesNotContain("pendingCode");
  }

  @Test
  void aWrongPassphraseOrANameThatIsNotThePassphrasesOwnerOpensNothing() {
    cli.changedPassphrases.put("Sam", "not-sams-passphrase");
    Harness.Run wrong = cli.as("Sam", "status");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("That is not Sam's passphrase.");

    cli.changedPassphrases.put("Sam", Harness.PASSPHRASES.get("Alex"));
    Harness.Run alexsAsSam = cli.as("Sam", "status");
    assertThat(alexsAsSam.code()).isEqualTo(1);
    assertThat(alexsAsSam.err()).contains("That is not Sam's passphrase.");
  }

  @Test
  void withoutTheCredentialsFileTheStorageProblemIsNamedAndNothingChanges() throws IOException {
    Files.delete(files.credentials());
    var before = cli.files();
    Harness.Run run = cli.as("Sam", "status");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("is missing or does not know this journey");
    assertThat(cli.files()).containsOnlyKeys(before.keySet());
  }

  @Test
  void askingForZeroKnowledgeOfADatabaseMadeWithAMasterKeyIsRefused() {
    Harness other = new Harness(directory.resolve("other"));
    other.started();
    DataFiles made = DataFiles.of(other.database);
    var before = other.files();
    other.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.Run run =
        other.as("Sam", "start", "--partner", "Alex", "--another", "--zero-knowledge");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("was made with a master key", "chosen only when a database is first made");
    assertThat(made.masterKey()).exists();
    assertThat(other.files()).containsOnlyKeys(before.keySet());
  }

  @Test
  void withEveryFileCopiedNothingDecryptsWithoutAPartnersPassphrase() throws IOException {
    Harness.expectOk(cli.as("Sam", "journal", JOURNAL));
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "5",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--note",
            NOTE,
            "--share-note"));
    Path copy = Files.createDirectories(directory.resolve("copy"));
    try (var all = Files.list(directory)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    try (var all = Files.list(copy)) {
      for (Path file : all.toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(file.toString()).doesNotContain(JOURNAL, NOTE, "Sam", "Alex");
      }
    }
    DataFiles copied = DataFiles.of(copy.resolve("recovery.db"));
    try (SealingEventStore store =
        ZeroKnowledge.sqlite(copied.database(), copied.keyVault(), 1_000)) {
      JourneyId journey = store.list().get(0);
      assertThatThrownBy(() -> store.read(journey))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked")
          .hasMessageNotContaining(JOURNAL);
      store.unlock(journey, aStranger(), "a-guessed-phrase".toCharArray());
      assertThatThrownBy(() -> store.read(journey))
          .as("a stranger's own new key opens nothing")
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked");
    }
    assertThatThrownBy(
            () ->
                Stores.sqlite(
                        copied.database(),
                        copied.keyVault(),
                        FileKeyProvider.at(copy.resolve("made-up.master-key")),
                        1_000)
                    .close())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("zero-knowledge");
  }

  @Test
  void alexsPassphraseOnTheCopiesOpensTheSharedPartButNoneOfSamsPrivateWords() throws IOException {
    Harness.expectOk(cli.as("Sam", "journal", JOURNAL));
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "5",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--note",
            NOTE,
            "--share-note"));
    DataFiles copied =
        DataFiles.of(Files.createDirectories(directory.resolve("copy")).resolve("recovery.db"));
    Files.copy(files.database(), copied.database());
    Files.copy(files.keyVault(), copied.keyVault());
    try (SealingEventStore store =
        ZeroKnowledge.sqlite(copied.database(), copied.keyVault(), 1_000)) {
      JourneyId journey = store.list().get(0);
      PartnerId alex = partnerWithPassphrase(files, store, journey, "Alex");
      String decrypted =
          store.read(journey).stream().map(e -> e.event().toString()).toList().toString();
      assertThat(decrypted).contains(NOTE, "Sam", "Alex").doesNotContain(JOURNAL);
      store.lock(journey, alex);
      assertThatThrownBy(() -> store.read(journey)).isInstanceOf(StorageException.class);
    }
  }

  /**
   * Unlocks, in {@code store}, the key that {@code name}'s passphrase opens, found as the CLI does.
   */
  static PartnerId partnerWithPassphrase(
      DataFiles files, SealingEventStore store, JourneyId journey, String name) {
    for (PartnerId candidate : Credentials.load(files.credentials()).partnersOf(journey)) {
      try {
        store.unlock(journey, candidate, Harness.PASSPHRASES.get(name).toCharArray());
        return candidate;
      } catch (WrongSecret e) {
        // the other partner's key
      }
    }
    throw new AssertionError(name + "'s passphrase unlocks no key");
  }

  private static PartnerId aStranger() {
    return PartnerId.random();
  }
}
