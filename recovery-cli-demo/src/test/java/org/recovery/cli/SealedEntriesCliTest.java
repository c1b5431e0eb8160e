package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;

/**
 * Each partner's private entries are sealed to them: the recovery code is shown once, at their
 * first command; Alex's process, with every file, opens none of Sam's; Sam can change the
 * passphrase, recover with the code, and forget their entries for good.
 */
class SealedEntriesCliTest {
  private static final String JOURNAL = "sealed-journal-9b2e";
  private static final Pattern CODE = Pattern.compile("[A-Z2-7]{4}(-[A-Z2-7]{4}){5}");

  @TempDir Path directory;
  Harness cli;
  String samsCode;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).started();
    Harness.Run first = Harness.expectOk(cli.as("Sam", "journal", JOURNAL));
    samsCode = code(first.err());
  }

  private static String code(String err) {
    Matcher m = CODE.matcher(err);
    assertThat(m.find()).as("a recovery code in: %s", err).isTrue();
    return m.group();
  }

  @Test
  void theRecoveryCodeIsShownOnceWithWhatLosingItMeans() {
    Harness.Run first = Harness.expectOk(cli.as("Alex", "status"));
    assertThat(first.err())
        .contains(
            "shown only this once",
            "Without your passphrase or this code, your private entries are gone for good",
            "recover --as Alex");
    assertThat(first.out()).doesNotContainPattern(CODE);
    assertThat(Harness.expectOk(cli.as("Alex", "status")).err()).doesNotContainPattern(CODE);
  }

  @Test
  void alexsProcessWithEveryFileOpensNoneOfSamsPrivateEntries() {
    Harness.expectOk(cli.as("Alex", "status"));
    DataFiles files = DataFiles.of(cli.database);
    try (SealingEventStore store =
        Stores.sqlite(
            files.database(), files.keyVault(), FileKeyProvider.at(files.masterKey()), 1_000)) {
      JourneyId journey = store.list().get(0);
      JourneyStarted start = (JourneyStarted) store.read(journey).get(0).event();
      store.unlock(journey, start.secondPartner(), Harness.PASSPHRASES.get("Alex").toCharArray());
      List<JourneyEvent> events = store.read(journey).stream().map(RecordedEvent::event).toList();
      assertThat(events)
          .filteredOn(e -> e.by().equals(start.firstPartner()) && !(e instanceof JourneyStarted))
          .isNotEmpty()
          .allMatch(e -> e instanceof SealedEntry);
      assertThat(events.toString()).doesNotContain(JOURNAL);
    }
  }

  @Test
  void aNewPassphraseOpensTheEntriesAndTheOldOneNoLonger() {
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "sam-new-secret");
    Harness.expectOk(cli.as("Sam", "passphrase"));
    cli.environment.remove(PassphraseCommand.NEW_VARIABLE);

    assertThat(cli.as("Sam", "timeline").code()).isEqualTo(1);
    cli.changedPassphrases.put("Sam", "sam-new-secret");
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains(JOURNAL);
  }

  @Test
  void theRecoveryCodeSetsANewPassphraseAndIsReplaced() {
    cli.environment.put(RecoverCommand.CODE_VARIABLE, samsCode.toLowerCase());
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "sam-recovered-1");
    Harness.Run recovered = Harness.expectOk(cli.as("Sam", "recover"));
    assertThat(recovered.out()).contains("The passphrase of Sam is changed");
    assertThat(code(recovered.err())).isNotEqualTo(samsCode);

    Harness.Run again = cli.as("Sam", "recover");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("That is not Sam's recovery code. Nothing was changed.");
    cli.environment.put(RecoverCommand.CODE_VARIABLE, "too-short");
    assertThat(cli.as("Sam", "recover").code()).isEqualTo(2);
    cli.environment.remove(RecoverCommand.CODE_VARIABLE);
    cli.environment.remove(PassphraseCommand.NEW_VARIABLE);

    cli.changedPassphrases.put("Sam", "sam-recovered-1");
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains(JOURNAL);
  }

  @Test
  void alexCannotRecoverWithSamsCode() {
    Harness.expectOk(cli.as("Alex", "status"));
    cli.environment.put(RecoverCommand.CODE_VARIABLE, samsCode);
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "alex-takes-over");
    assertThat(cli.as("Alex", "recover").code()).isEqualTo(1);
  }

  @Test
  void forgettingNeedsConfirmationAndThenNobodyOpensTheEntries() {
    cli.terminal = true;
    cli.typed.add("no");
    Harness.Run declined = Harness.expectOk(cli.as("Sam", "forget-my-private-entries"));
    assertThat(declined.out()).contains("It cannot be undone", "Nothing was changed.");
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains(JOURNAL);
    cli.terminal = false;

    Harness.expectOk(cli.as("Sam", "forget-my-private-entries", "--yes"));
    Harness.Run after = Harness.expectOk(cli.as("Sam", "timeline"));
    assertThat(after.out())
        .doesNotContain(JOURNAL)
        .contains("wrote a private entry that can no longer be opened");
    assertThat(after.err()).as("a new key for new entries").containsPattern(CODE);
  }
}
